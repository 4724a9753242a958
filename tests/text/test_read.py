"""Tests for geomap.text.read: files (plain text, Markdown, HTML; any encoding) to text."""
from __future__ import annotations

import pytest

from geomap.exc import InputFileError
from geomap.text.read import html_to_text, markdown_to_text, read_document


def test_html_and_markdown_to_text():
    assert html_to_text("<p>Strikes near <b>Al Bukamal</b> &amp; Qaim</p>") == "Strikes near Al Bukamal & Qaim"
    assert html_to_text("<html><head><title>T</title></head><body><p>a</p></body></html>") == "T\n\na"
    assert markdown_to_text("## Strikes\n\nPlanes hit **Deir Ezzor** ([AP](http://x)).") == \
        "Strikes\n\nPlanes hit Deir Ezzor (AP)."


def test_read_document_plain_keeps_text(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(b"Clashes in Aleppo.\r\nMore in Idlib.\r\n")
    assert read_document(f) == "Clashes in Aleppo.\nMore in Idlib.\n"


def test_read_document_non_utf8_is_detected(tmp_path):
    f = tmp_path / "latin.txt"
    text = "Des frappes près de Alep, selon l'Observatoire syrien; à Zürich, réunion des ministres. " * 5
    f.write_bytes(text.encode("cp1252"))
    got = read_document(f)
    assert "Zürich" in got and "près" in got


@pytest.mark.parametrize("content, match", [
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    (b"<html><body><script>x()</script></body></html>", "no readable text"),
])
def test_read_document_bad_files(tmp_path, content, match):
    f = tmp_path / "bad.html"
    f.write_bytes(content)
    with pytest.raises(InputFileError, match=match) as ei:
        read_document(f)
    assert str(f) in str(ei.value)


def test_read_document_over_size(tmp_path):
    f = tmp_path / "huge.txt"
    with open(f, "wb") as fh:  # a sparse 50 MB file: refused before reading
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(InputFileError, match="too large") as ei:
        read_document(f)
    assert "huge.txt" in str(ei.value)


def test_read_document_missing_and_folder(tmp_path):
    with pytest.raises(InputFileError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputFileError, match="folder"):
        read_document(tmp_path)


def test_read_document_utf16_and_bom(tmp_path):
    f = tmp_path / "u16.txt"
    f.write_bytes("Clashes in Deir ez-Zor.".encode("utf-16"))
    assert read_document(f) == "Clashes in Deir ez-Zor."
    g = tmp_path / "bom.md"
    g.write_bytes(b"\xef\xbb\xbf# Qaim\n\nStrikes on **Qaim**.")
    assert read_document(g) == "Qaim\n\nStrikes on Qaim."


def test_read_document_refuses_control_characters(tmp_path):
    f = tmp_path / "ctl.txt"
    f.write_bytes(b"Qaim \x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11 strikes")
    with pytest.raises(InputFileError, match="control characters"):
        read_document(f)
