"""Word clouds people can read: horizontal words, dark colours, no single characters, panels as
large as the clouds; and labels cut with an ellipsis."""

import re

import pandas as pd
import pytest

from lib.publish.clouds import word_cloud, word_cloud_panel
from lib.publish.plots import section_bars, shorten
from lib.words.frequency import cloud_words

# Hand-written counts in the style of a report card: words, then qualifiers and fragments.
COUNTS = {
    "营商环境": 9, "政务服务": 8, "口岸": 7, "出入境": 6, "国际客厅": 6, "海洋经济": 5,
    "市民": 5, "企业": 4, "投资": 4, "热线": 3, "近": 3, "超": 2, "号": 4, "前": 2, "总": 2,
}  # fmt: skip


def drawn_words(cloud) -> list[str]:
    """Return the words a laid-out WordCloud actually draws, in drawing order."""
    return [word for (word, _), *_ in cloud.layout_]


@pytest.fixture(scope="module")
def counts() -> pd.DataFrame:
    return pd.DataFrame({"word": list(COUNTS), "count": list(COUNTS.values())})


def test_single_characters_are_set_aside_for_the_cloud_like_numbers(counts):
    kept, set_aside = cloud_words(counts)
    assert sorted(set_aside["word"]) == sorted(["近", "超", "号", "前", "总"])
    assert set(kept["word"]) == {w for w in COUNTS if len(w) > 1}
    assert not {"近", "超", "号", "前", "总"} & set(drawn_words(word_cloud(kept)))


def test_every_word_of_a_cloud_is_drawn_horizontally(counts):
    layout = word_cloud(counts, seed=3).layout_
    assert layout, "the cloud drew nothing"
    assert [orientation for *_, orientation, _ in layout] == [None] * len(layout)


def contrast_with_white(colour: str) -> float:
    """Return the WCAG 2 contrast ratio of an "rgb(r, g, b)" colour against white."""
    channels = [int(c) / 255 for c in re.findall(r"\d+", colour)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return 1.05 / (luminance + 0.05)


def test_every_word_of_a_cloud_is_drawn_in_a_colour_readable_on_white(counts):
    for *_, colour in word_cloud(counts).layout_:
        # 3:1 is WCAG's minimum for large text; cloud words are large.
        assert contrast_with_white(colour) >= 3, f"{colour} is too pale to read on white"


def test_the_contrast_check_rejects_the_old_pale_yellow_green():
    assert contrast_with_white("rgb(180, 222, 44)") < 3


def test_each_cloud_of_a_panel_is_shown_as_large_as_the_cloud_itself(counts):
    clouds = {name: word_cloud(counts, width=900, height=500) for name in ("甲", "乙", "丙")}
    width, height = word_cloud_panel(clouds).get_size_inches()
    assert width >= 9 and height >= 3 * 5


def test_a_cut_label_ends_with_an_ellipsis_and_a_short_one_is_left_alone():
    assert shorten("青岛市12345政务服务便民热线", 8) == "青岛市1234…"
    assert len(shorten("青岛市12345政务服务便民热线", 8)) == 8
    assert shorten("市外办", 8) == "市外办"


def test_section_bars_cut_long_titles_with_an_ellipsis():
    inventory = pd.DataFrame(
        {
            "article_id": ["a1"],
            "section": ["导语"],
            "title": ["市政府办公厅市外办市海洋发展局晒出年度成绩单"],
            "characters": [100],
        }
    )
    labels = [t.get_text() for t in section_bars(inventory).axes[0].get_yticklabels()]
    assert labels == ["市政府办公厅市外办市海洋发… · 导语"]
