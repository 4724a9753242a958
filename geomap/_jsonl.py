"""Strict JSON, one value or one line at a time; JSON-lines batches (``geomap extract --jsonl``).

:func:`loads_strict` is the one strict JSON parser of the readers: ``geomap
extract --jsonl`` (documents a line), the JSON and JSON-lines incident tables of
``geomap map``/``near`` (:mod:`geomap.tables.read`) use it, so a hostile value is
refused the same way everywhere, with its reason: JSON nested too deeply, a
number too long or too large, ``NaN``/``Infinity`` (not JSON) and lone
surrogates (half of a UTF-16 pair, which no UTF-8 writer can write back).

In a batch each line is decoded and parsed on its own: an undecodable byte, a
line longer than :data:`MAX_LINE_BYTES` or any of the above makes that line an
error naming ``FILE:LINE``; the lines after it are still read. A UTF-8 BOM on
the first line is allowed.
"""
from __future__ import annotations

import json
import re
import sys
from typing import IO, Any, Iterator

from geomap._files import MAX_TEXT_BYTES, check_file
from geomap.exc import InputError, InputFileError

__all__ = ["MAX_LINE_BYTES", "loads_strict", "loads_line", "jsonl_documents"]

#: The longest JSON line read (one document with its text, or one record of ``geomap extract``
#: output): the size of the largest document ``geomap extract`` reads.
MAX_LINE_BYTES = MAX_TEXT_BYTES

_SHAPE = '{"id", "text", "published"?}'
#: an escape that may leave half of a surrogate pair (only escapes can: decoded UTF-8 has none)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def _float(text: str) -> float:
    v = float(text)
    if v in (float("inf"), float("-inf")):
        raise ValueError(f"the number {text[:20]} is too large")
    return v


def loads_strict(text: str) -> Any:
    """Parse JSON text strictly; refuse what :func:`json.loads` lets through or crashes on.

    Parameters
    ----------
    text : str

    Returns
    -------
    object
        The JSON value.

    Raises
    ------
    geomap.exc.InputError
        The reason, without a file name (the caller names the file or line): not
        valid JSON (with its column), nested too deeply, ``NaN``/``Infinity``, a
        number too large or of thousands of digits, a lone surrogate.

    Examples
    --------
    >>> loads_strict('{"a": [1, 2.5, "x"]}')
    {'a': [1, 2.5, 'x']}
    >>> loads_strict('[NaN]')
    Traceback (most recent call last):
    ...
    geomap.exc.InputError: NaN is not JSON
    """
    try:
        obj = json.loads(text, parse_constant=_constant, parse_float=_float)
    except json.JSONDecodeError as e:
        where = f"line {e.lineno}, column {e.colno}" if e.lineno > 1 else f"column {e.colno}"
        raise InputError(f"not valid JSON ({e.msg} at {where})") from None
    except RecursionError:
        raise InputError("JSON nested too deeply to read") from None
    except ValueError as e:  # NaN, Infinity, 1e999, a number of thousands of digits
        raise InputError(str(e).split("; use sys.set_int_max_str_digits")[0]) from None
    if _SURROGATE_ESCAPE.search(text):
        try:
            json.dumps(obj, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise InputError("a string holds a lone surrogate (half of a UTF-16 pair); fix the text's "
                             "escapes") from None
    return obj


def loads_line(raw: bytes) -> Any:
    """Decode one line as UTF-8 and parse it with :func:`loads_strict`.

    Raises
    ------
    geomap.exc.InputError
        Longer than :data:`MAX_LINE_BYTES`, not UTF-8 (with the byte and column), or refused by
        :func:`loads_strict`.

    Examples
    --------
    >>> loads_line(b'{"id": 1}')
    {'id': 1}
    >>> loads_line(b'"caf\\xe9"')
    Traceback (most recent call last):
    ...
    geomap.exc.InputError: not UTF-8 (byte 0xe9 at column 5); re-save the file as UTF-8
    """
    if len(raw) > MAX_LINE_BYTES:
        raise InputError(_too_long(len(raw)))
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8 (byte 0x{raw[e.start]:02x} at column {e.start + 1}); "
                         "re-save the file as UTF-8") from None
    return loads_strict(line)


def _too_long(size: int) -> str:
    return (f"the line is {size / 1e6:.1f} MB, longer than the {MAX_LINE_BYTES / 1e6:.0f} MB accepted for one "
            "JSON line; split it")


def _parse(raw: bytes) -> dict | str:
    """The document object on one line, or the reason it cannot be used."""
    try:
        obj = loads_line(raw)
    except InputError as e:
        why = str(e)
        if why.startswith("not valid JSON"):
            return f"{why}; each line must be {_SHAPE}"
        if why.startswith("JSON nested too deeply"):
            return f"{why}; each line must be a flat object {_SHAPE}"
        return why
    if not isinstance(obj, dict):
        return f"expected a JSON object {_SHAPE}, got {type(obj).__name__}"
    if not isinstance(obj.get("text"), str):
        return f'no "text" string; each line must be {_SHAPE}'
    return obj


def _lines(stream: IO[bytes]) -> Iterator[tuple[bytes, int]]:
    """``(line, its length)`` with bounded memory: a line over the limit comes back empty, with its length."""
    while True:
        raw = stream.readline(MAX_LINE_BYTES + 2)
        if not raw:
            return
        if len(raw) <= MAX_LINE_BYTES + 1 or raw.endswith(b"\n"):
            yield raw, len(raw.rstrip(b"\r\n"))
            continue
        size = len(raw)
        while raw and not raw.endswith(b"\n"):  # skip the rest of the long line
            raw = stream.readline(1 << 20)
            size += len(raw)
        yield b"", size - (1 if raw.endswith(b"\n") else 0)


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
        for n, (raw, size) in enumerate(_lines(stream), 1):
            if size > MAX_LINE_BYTES:
                yield n, f"{path}:{n}: {_too_long(size)}"
                continue
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            item = _parse(raw.rstrip(b"\r\n"))
            yield n, (f"{path}:{n}: {item}" if isinstance(item, str) else item)
    finally:
        if path != "-":
            stream.close()
