"""The one file reader and text decoder (used by articles and tables alike)."""
from __future__ import annotations

import os

import pytest

from geomap._files import decode_bytes, read_bytes, read_text
from geomap.exc import InputFileError


@pytest.mark.parametrize("raw, text, encoding", [
    ("Abū Kamāl".encode("utf-8"), "Abū Kamāl", "utf-8"),
    (b"\xef\xbb\xbfQaim", "Qaim", "utf-8"),
    ("Deir ez-Zor".encode("utf-16"), "Deir ez-Zor", "utf-16"),
    ("Abu Kamâl, café, région".encode("latin-1"), "Abu Kamâl, café, région", "cp1252"),
    ("Abu Kamâl ‘quoted’ 5 €".encode("cp1252"), "Abu Kamâl ‘quoted’ 5 €", "cp1252"),
    (b"Hom\xe7\n", "Homç\n", "cp1252"),
    (("البوكمال دير الزور مدينة قصف " * 5).encode("cp1256"), "البوكمال دير الزور مدينة قصف " * 5, "cp1256"),
])
def test_decoding(raw, text, encoding):
    assert decode_bytes(raw, "x.txt") == (text, encoding)


@pytest.mark.parametrize("raw, needle", [(b"", "empty"), (b"  \n", "empty"), (b"PK\x03\x04\x00\x00", "binary"),
                                         (b"\xef\xbb\xbf\xff\xfe\xfa", "UTF-8 mark")])
def test_refused_bytes(raw, needle):
    with pytest.raises(InputFileError, match=needle):
        decode_bytes(raw, "x.csv")


def test_refused_files(tmp_path):
    with pytest.raises(InputFileError, match="no such file"):
        read_bytes(tmp_path / "missing.txt")
    with pytest.raises(InputFileError, match="folder"):
        read_bytes(tmp_path)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(InputFileError, match="not a regular file"):
        read_bytes(fifo)  # refused up front: reading it would hang
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2000)
    with pytest.raises(InputFileError, match="larger than"):
        read_bytes(big, max_bytes=1000)
    assert read_text(big) == ("x" * 2000, "utf-8")
