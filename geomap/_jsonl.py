"""Reading a JSON-lines batch (``geomap extract --jsonl``): one bad line never stops the rest.

Each line is decoded and parsed on its own, strictly: an undecodable byte, JSON
nested too deeply, a number too long or too large, ``NaN``/``Infinity`` (not
JSON) and lone surrogates make that line an error naming ``FILE:LINE``; the
lines after it are still read. A UTF-8 BOM on the first line is allowed.
"""
from __future__ import annotations

import json
import sys
from typing import IO, Iterator

from geomap._files import check_file
from geomap.exc import InputFileError

__all__ = ["jsonl_documents"]

_SHAPE = '{"id", "text", "published"?}'


def _constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def _float(text: str) -> float:
    v = float(text)
    if v in (float("inf"), float("-inf")):
        raise ValueError(f"the number {text[:20]} is too large")
    return v


def _parse(raw: bytes) -> dict | str:
    """The object on one line, or the reason it cannot be used."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return (f"not UTF-8 (byte 0x{raw[e.start]:02x} at column {e.start + 1}); "
                "re-save the file as UTF-8")
    try:
        obj = json.loads(line, parse_constant=_constant, parse_float=_float)
    except json.JSONDecodeError as e:
        return f"not valid JSON ({e.msg} at column {e.colno}); each line must be {_SHAPE}"
    except RecursionError:
        return "JSON nested too deeply to read; each line must be a flat object " + _SHAPE
    except ValueError as e:  # NaN, Infinity, 1e999, a number of thousands of digits
        return f"{e}".split("; use sys.set_int_max_str_digits")[0]
    if not isinstance(obj, dict):
        return f"expected a JSON object {_SHAPE}, got {type(obj).__name__}"
    try:
        json.dumps(obj, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return "a string holds a lone surrogate (half of a UTF-16 pair); fix the text's escapes"
    if not isinstance(obj.get("text"), str):
        return f'no "text" string; each line must be {_SHAPE}'
    return obj


def jsonl_documents(path: str) -> Iterator[tuple[int, dict | str]]:
    """``(line number, object)`` for each non-blank line, or ``(line number, "FILE:N: reason")``.

    Parameters
    ----------
    path : str
        A JSON-lines file, or ``-`` for standard input. FIFOs and devices are refused up front.

    Raises
    ------
    geomap.exc.InputFileError
        The file is missing, a folder, not a regular file, or unreadable.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = str(pathlib.Path(tempfile.mkdtemp()) / "b.jsonl")
    >>> _ = pathlib.Path(p).write_bytes(b'{"id": 1, "text": "Homs"}\\n{"n": NaN}\\n')
    >>> [(n, x if isinstance(x, dict) else x.split(": ", 1)[1]) for n, x in jsonl_documents(p)]
    [(1, {'id': 1, 'text': 'Homs'}), (2, 'NaN is not JSON')]
    """
    if path == "-":
        stream: IO[bytes] = sys.stdin.buffer
    else:
        check_file(path, what="a JSON-lines batch")
        try:
            stream = open(path, "rb")
        except OSError as e:
            raise InputFileError(f"{path}: cannot open ({e.strerror or e}); give a JSON-lines file") from None
    try:
        for n, raw in enumerate(stream, 1):
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            item = _parse(raw.rstrip(b"\r\n"))
            yield n, (f"{path}:{n}: {item}" if isinstance(item, str) else item)
    finally:
        if path != "-":
            stream.close()
