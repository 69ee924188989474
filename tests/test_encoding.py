"""Files in any of the encodings Chinese text comes in load; empty, binary and garbage do not."""

import pytest

from lib.errors import CorpusError
from lib.load.encoding import decode_bytes

TEXT = "12345政务服务热线全年受理量超400万件。\n海洋生产总值同比增长3.9%。\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("utf-16"), "utf-16-le"),
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_each_encoding_is_detected_and_decoded_exactly(data, encoding):
    text, detected = decode_bytes(data, "page.txt")
    assert (text, detected) == (TEXT, encoding)


def test_a_bom_never_reaches_the_text():
    text, _ = decode_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "page.txt")
    assert not text.startswith("\ufeff")


@pytest.mark.parametrize("data", [b"", b"   \n\t\n"])
def test_an_empty_file_is_refused_with_its_name(data):
    with pytest.raises(CorpusError, match=r"empty\.txt: the file is empty"):
        decode_bytes(data, "empty.txt")


def test_a_binary_file_is_refused_with_its_name():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(CorpusError, match=r"photo\.png: the file looks binary"):
        decode_bytes(png, "photo.png")


def test_undecodable_bytes_are_refused_with_the_fix():
    garbage = bytes([0x81, 0x20, 0xFF, 0xFE, 0x80, 0x30]) * 50
    with pytest.raises(CorpusError, match=r"bad\.txt: .*re-save it as UTF-8"):
        decode_bytes(garbage, "bad.txt")
