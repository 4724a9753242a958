"""Reading files at the edge: bytes with limits, and the one text decoder.

Every stage that reads a file the user names (articles in :mod:`geomap.text`,
incident tables in :mod:`geomap.tables`) goes through :func:`read_text`, so
the same file gives the same text, the same encoding and the same message
everywhere. Messages name the file and the fix.
"""
from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import Iterator, TextIO

from geomap.exc import InputFileError

__all__ = ["MAX_TEXT_BYTES", "check_file", "read_bytes", "decode_bytes", "read_text", "write_output"]

#: The largest text read as one unit: an article (``geomap extract``, ``map``, ``near``), one JSON line.
#: A news article is a few kB; extraction runs at about 4.5 s per MB, so 10 MB is about 45 s.
MAX_TEXT_BYTES = 10 * 1024 * 1024

#: charset-normalizer's names of Latin-script single-byte code pages. A file detected as one of
#: them is read as Windows-1252, the likeliest writer of English news and spreadsheets saved on
#: Windows (Latin-1 text is cp1252 text: cp1252 only adds printable characters where Latin-1 has
#: C1 controls). Bytes of other scripts (cp1256 Arabic, cp1251 Cyrillic) keep their detection.
_LATIN_GUESSES = ("cp1252", "windows_1252", "latin_1", "iso8859_1", "iso8859_15", "cp1250", "cp1257",
                  "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13",
                  "iso8859_14", "iso8859_16", "mac_latin2", "mac_roman", "mac_iceland", "mac_turkish",
                  "cp775", "cp850", "cp852", "cp858", "cp437", "cp1254")
#: Text whose letters are mostly ASCII, with the odd accented byte, is Latin script (English,
#: French, Spanish, transliterated Arabic): single-byte Arabic or Cyrillic text is mostly high bytes.
_LATIN_SHARE = 0.3
_ASCII = bytes(range(128))
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))


def check_file(path: str | os.PathLike[str], *, what: str = "input", max_bytes: int | None = None) -> int:
    """The size of a regular file the user named, refused with a one-line reason otherwise.

    Parameters
    ----------
    path : str or Path
    what : str
        What the file should be, for messages ("an article", "an incident table").
    max_bytes : int, optional
        Larger files are refused (they are named with their size and the limit).

    Raises
    ------
    geomap.exc.InputFileError
        Missing, a folder, a FIFO or device, unreadable, or over the limit.
    """
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputFileError(f"{p}: no such file; check the path") from None
    except OSError as e:
        raise InputFileError(f"{p}: cannot be read ({e.strerror or e}); check the path and permissions") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputFileError(f"{p}: is a folder; give {what} file inside it")
    if not stat.S_ISREG(st.st_mode):
        raise InputFileError(f"{p}: is not a regular file (a pipe, socket or device); save {what} to a file first")
    if max_bytes is not None and st.st_size > max_bytes:
        raise InputFileError(f"{p}: {st.st_size / 1e6:.1f} MB is larger than the {max_bytes / 1e6:.0f} MB "
                             f"accepted for {what}; split it into smaller files")
    return st.st_size


def read_bytes(path: str | os.PathLike[str], *, what: str = "input", max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file, refused with a one-line reason otherwise (see :func:`check_file`).

    Raises
    ------
    geomap.exc.InputFileError
        Missing, a folder, a FIFO or device, unreadable, or over the limit.
    """
    p = Path(path)
    check_file(p, what=what, max_bytes=max_bytes)
    try:
        return p.read_bytes()
    except OSError as e:
        raise InputFileError(f"{p}: cannot be read ({e.strerror or e}); check the path and permissions") from None


def decode_bytes(raw: bytes, label: str, what: str = "text") -> tuple[str, str]:
    """Decode a file's bytes; return ``(text, encoding)``.

    A BOM decides (UTF-8, UTF-16); then UTF-8; then charset-normalizer, whose
    Latin-script single-byte guesses (cp1250, ISO 8859-2 ...) are read as Windows-1252.
    Empty files, binary files (NUL bytes) and files in no detectable encoding are
    refused.

    Examples
    --------
    >>> decode_bytes("Abū Kamāl".encode("utf-8"), "x.txt")
    ('Abū Kamāl', 'utf-8')
    >>> decode_bytes("Abu Kamâl, café".encode("cp1252"), "x.csv")[1]
    'cp1252'
    """
    if not raw.strip():
        raise InputFileError(f"{label}: the file is empty; give a file with {what}")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputFileError(f"{label}: starts with a UTF-16 mark but is not UTF-16 text; "
                                 "re-save it as UTF-8") from None
    if b"\x00" in raw[:8192]:
        raise InputFileError(f"{label}: looks like a binary file (it has NUL bytes), not {what}")
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            raise InputFileError(f"{label}: starts with a UTF-8 mark but is not UTF-8 text; "
                                 "re-save it as UTF-8") from None
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    sample = raw[:1_000_000]
    high = len(sample.translate(None, _ASCII))
    letters = high + len(sample) - len(sample.translate(None, _ASCII_LETTERS))
    best = None if high <= _LATIN_SHARE * letters else from_bytes(sample).best()
    guess = (best.encoding or "") if best is not None else ""
    if best is None and high <= _LATIN_SHARE * letters or guess.startswith(_LATIN_GUESSES):
        # a Latin-script single-byte file: Windows-1252 is by far the likeliest writer
        try:
            return raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:  # one of the five bytes cp1252 leaves undefined
            return raw.decode("latin_1"), "latin_1"
    if best is None or not guess or best.chaos >= 0.2:
        raise InputFileError(f"{label}: is not UTF-8 and its encoding cannot be detected with confidence; "
                             "convert it to UTF-8 (e.g. iconv -f WINDOWS-1256 -t UTF-8) and try again")
    try:
        return raw.decode(guess), guess
    except (UnicodeDecodeError, LookupError):
        raise InputFileError(f"{label}: looks like {guess} but does not decode as it; "
                             "convert it to UTF-8 and try again") from None


def utf8_with_bad_lines(raw: bytes) -> tuple[str, frozenset[int]] | None:
    r"""A UTF-8 file with a few undecodable lines: ``(text, bad line numbers)``, else None.

    A table written as UTF-8 with one corrupt byte must not be read as
    Windows-1252 throughout (every "ā" becoming mojibake): when more lines hold
    valid non-ASCII UTF-8 than lines that fail, the file is UTF-8, the bad bytes
    become U+FFFD and their (1-based) lines are returned for the reader to report.

    Examples
    --------
    >>> utf8_with_bad_lines("a\nAbū Kamāl\n".encode("utf-8") + b"b\xe9d\n")
    ('a\nAbū Kamāl\nb\ufffdd\n', frozenset({3}))
    >>> utf8_with_bad_lines("café".encode("cp1252")) is None
    True
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")) or b"\x00" in raw[:8192]:
        return None
    try:
        raw.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    good = 0
    bad: list[int] = []
    for n, line in enumerate(raw.split(b"\n"), 1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            good += 1
        except UnicodeDecodeError:
            bad.append(n)
    if not good or len(bad) > good:
        return None
    return raw.decode("utf-8", errors="replace"), frozenset(bad)


def read_text(path: str | os.PathLike[str], *, what: str = "text", max_bytes: int | None = None) -> tuple[str, str]:
    """Read and decode a file: ``(text, encoding)``, line ends as written.

    See :func:`read_bytes` and :func:`decode_bytes` for what is refused.
    """
    return decode_bytes(read_bytes(path, what=what, max_bytes=max_bytes), str(path), what)


_STDOUT_NAMES = ("-", "/dev/stdout")


def write_output(path: str | os.PathLike[str], data: str, *, what: str = "output") -> Path:
    """Write ``data`` (UTF-8 text) to the file the user named.

    ``-`` and ``/dev/stdout`` stream to standard output. A symlink is written
    through (its target is replaced, the link kept). A regular file is written
    atomically (a temporary file in the same folder, then a rename). A FIFO,
    socket or device is refused, as is a missing folder (folders are not created).

    Parameters
    ----------
    path : str or Path
    data : str
    what : str
        What is written, for messages ("the map", "the route").

    Returns
    -------
    pathlib.Path
        The path as named.

    Raises
    ------
    geomap.exc.InputFileError
        The destination is not a regular file, its folder is missing or read-only, the disk is full.
    """
    with open_output(path, what=what) as f:
        f.write(data)
    return Path(path)


@contextlib.contextmanager
def open_output(path: str | os.PathLike[str], *, what: str = "output") -> Iterator[TextIO]:
    """A text file to write ``path`` piece by piece, with the guarantees of :func:`write_output`.

    The file appears under its name only when the ``with`` block ends without an error
    (a temporary file in the same folder, then a rename); ``-`` and ``/dev/stdout`` are
    standard output, ``/dev/null`` discards.

    Raises
    ------
    geomap.exc.InputFileError
        As :func:`write_output`.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "out.csv"
    >>> with open_output(p, what="the table") as f:
    ...     _ = f.write("a,b\\n")
    ...     _ = f.write("1,2\\n")
    >>> p.read_text()
    'a,b\\n1,2\\n'
    """
    import sys
    import tempfile

    p = Path(path)
    if str(path) in _STDOUT_NAMES:
        try:
            yield sys.stdout
            sys.stdout.flush()
        except InputFileError:  # raised by the writer's own source (an OSError too): not about the output
            raise
        except OSError as e:
            raise InputFileError(f"cannot write {what} to standard output: {e.strerror or e}") from None
        return
    target = Path(os.path.realpath(p))
    try:
        st = target.stat()
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise InputFileError(f"{p}: cannot be written ({e.strerror or e}); choose another output path") from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise InputFileError(f"{p}: is a folder; give a file name for {what} (e.g. {p}/out)")
    if st is not None and not stat.S_ISREG(st.st_mode):
        if target == Path("/dev/null"):
            with open(os.devnull, "w", encoding="utf-8") as null:
                yield null
            return
        raise InputFileError(f"{p}: is not a regular file (a pipe, socket or device); give a file path "
                             f"for {what}, or '-' for standard output")
    if not target.parent.is_dir():
        raise InputFileError(f"{p}: the folder {p.parent} does not exist (or is a file); create it first or choose "
                             "another output path")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".geomap-", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        if st is not None:
            os.chmod(tmp, stat.S_IMODE(st.st_mode))
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
        tmp = None
    except InputFileError:  # raised by the writer's own source (an OSError too): not about the output
        raise
    except OSError as e:
        raise InputFileError(f"{p}: cannot write {what} ({e.strerror or e}); choose a folder you can "
                             "write to, with free space") from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


@contextlib.contextmanager
def stdin_as_file(max_bytes: int | None = None) -> Iterator[Path]:
    """Standard input copied, a block at a time, into a temporary file named for what it holds
    (``stdin.geojson`` when it starts with ``{`` or ``[``, else ``stdin.csv``), removed afterwards:
    a table piped in is read by the same readers as a file.

    Raises
    ------
    geomap.exc.InputFileError
        Standard input is empty, or larger than ``max_bytes``.

    Examples
    --------
    >>> import io, sys
    >>> sys.stdin = io.TextIOWrapper(io.BytesIO(b"event_date,latitude,longitude\\n2020-01-10,34.4,40.9\\n"))
    >>> with stdin_as_file() as p:
    ...     (p.name, p.read_text().splitlines()[1])
    ('stdin.csv', '2020-01-10,34.4,40.9')
    >>> sys.stdin = sys.__stdin__
    """
    import shutil
    import sys
    import tempfile

    with tempfile.TemporaryDirectory(prefix="geomap-stdin-") as folder:
        part = Path(folder) / "stdin"
        with open(part, "wb") as out:
            shutil.copyfileobj(sys.stdin.buffer, out, 1 << 20)
        size = part.stat().st_size
        if not size:
            raise InputFileError("standard input is empty; pipe a table (CSV or GeoJSON) into 'geomap convert -'")
        if max_bytes is not None and size > max_bytes:
            raise InputFileError(f"standard input is larger than {max_bytes:,} bytes; write it to a file first")
        with open(part, "rb") as f:
            head = f.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
        p = part.rename(part.with_name("stdin.geojson" if head[:1] in (b"{", b"[") else "stdin.csv"))
        yield p

