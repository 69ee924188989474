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


def test_valid_utf8_with_emoji_is_accepted_as_it_is():
    text = "全年受理量超400万件👍🎉，满意度99%😀。\n"
    assert decode_bytes(text.encode("utf-8"), "page.txt") == (text, "utf-8")


def test_big5_is_detected_and_decoded_like_gb18030():
    traditional = "我們第一屆全國人民代表大會通過了憲法，經濟發展取得重大成就。\n" * 3
    assert decode_bytes(traditional.encode("big5"), "old.txt") == (traditional, "big5hkscs")
    # GB18030 text keeps being read as GB18030, not as Big5.
    assert decode_bytes(TEXT.encode("gb18030"), "page.txt")[1] == "gb18030"


@pytest.mark.parametrize(
    "page",
    [
        "Une élite de Montréal a visité Québec.\n",  # not valid GB18030 at all
        "Une élève de Montréal\n",  # valid GB18030: "Une 閘鑦e de Montr閍l", implausible
    ],
)
def test_a_latin1_page_that_decodes_as_unlikely_chinese_is_refused_naming_the_encodings(page):
    latin1 = page.encode("latin-1")
    with pytest.raises(CorpusError, match=r"fr\.txt: .*tried \(utf-8, gb18030, big5hkscs\)"):
        decode_bytes(latin1, "fr.txt")


def test_the_head_of_a_file_cut_inside_a_character_is_still_utf8():
    data = ("海洋生产总值" * 10).encode("utf-8")[:-1]  # the last character is cut in half
    text, encoding = decode_bytes(data, "big.jsonl", partial=True)
    assert encoding == "utf-8" and text == "海洋生产总值" * 9 + "海洋生产总"
