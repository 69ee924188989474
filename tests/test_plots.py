"""Word plots: titled and labelled, drawn in the CJK font, and every drawn glyph exists."""

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

from lib.publish.fonts import missing_glyphs
from lib.publish.plots import bar_top_words, show_word_cloud, word_cloud, zipf_plot
from lib.words.frequency import rank_frequency, word_frequencies
from lib.words.segment import segment


@pytest.fixture(scope="module")
def seed_tokens(seed_text):
    blocks = [block.strip() for block in seed_text.split("\n\n") if block.strip()]
    paragraphs = pd.DataFrame(
        {
            "page_id": "p1",
            "article_id": "p1-a1",
            "section": "全文",
            "para_id": range(len(blocks)),
            "kind": "paragraph",
            "text": blocks,
        }
    )
    return segment(paragraphs)


@pytest.fixture(scope="module")
def seed_frequencies(seed_tokens):
    return word_frequencies(seed_tokens)


def drawn_words(cloud) -> list[str]:
    """The words a laid-out WordCloud draws, in drawing order."""
    return [word for (word, _), *_ in cloud.layout_]


def test_every_character_the_word_cloud_draws_has_a_glyph(seed_frequencies):
    cloud = word_cloud(seed_frequencies, seed=0)
    words = drawn_words(cloud)
    assert len(words) >= 100
    assert missing_glyphs("".join(words)) == []


def test_a_word_with_a_character_the_font_lacks_is_reported():
    cloud = word_cloud({"营商环境": 5, "𠀀𠀁": 3}, seed=0)
    assert "𠀀𠀁" in drawn_words(cloud)
    assert missing_glyphs("".join(drawn_words(cloud))) == ["𠀀", "𠀁"]


def test_the_same_seed_gives_the_same_word_cloud(seed_frequencies):
    first = word_cloud(seed_frequencies, seed=0).to_array()
    again = word_cloud(seed_frequencies.sample(frac=1.0, random_state=1), seed=0).to_array()
    assert np.array_equal(first, again)


def test_an_empty_frequency_table_is_refused():
    with pytest.raises(ValueError, match="no words"):
        word_cloud({})


def test_bar_chart_shows_the_top_words_in_order_with_title_and_labels(seed_frequencies):
    figure = bar_top_words(seed_frequencies, "Top words, seed page", top_n=5)
    axes = figure.axes[0]
    labels = [label.get_text() for label in axes.get_yticklabels()]
    assert labels == seed_frequencies["word"].head(5).tolist()
    assert axes.get_title() == "Top words, seed page"
    assert axes.get_xlabel() == "Count" and axes.get_ylabel() == "Word"


def test_bar_chart_refuses_a_table_without_counts():
    with pytest.raises(ValueError, match=r"lacks column\(s\) \['count'\]"):
        bar_top_words(pd.DataFrame({"word": ["德国"]}), "t")


def test_zipf_plot_is_log_log_with_labels(seed_tokens):
    figure = zipf_plot(rank_frequency(seed_tokens))
    axes = figure.axes[0]
    assert isinstance(figure, Figure)
    assert axes.get_xscale() == "log" and axes.get_yscale() == "log"
    assert "Rank" in axes.get_xlabel() and "Count" in axes.get_ylabel() and axes.get_title()


def test_a_word_cloud_figure_has_a_title(seed_frequencies):
    figure = show_word_cloud(word_cloud(seed_frequencies.head(20)), "Seed page")
    assert figure.axes[0].get_title() == "Seed page"


def test_corpus_keyness_and_topic_figures_draw_their_labels_in_the_cjk_font():
    import pandas as pd

    from lib.publish.fonts import missing_glyphs
    from lib.publish.plots import keyness_bars, section_bars, show, topic_heatmap

    inventory = pd.DataFrame(
        {
            "article_id": ["a1", "a1", "a2"],
            "title": ["成绩单", "成绩单", "消费券"],
            "section": ["市外办", "市海洋发展局", "全文"],
            "characters": [510, 512, 422],
        }
    )
    keyness = pd.DataFrame({"word": ["实现", "坚持", "海底"], "z": [1.2, 0.8, -2.1]})
    shares = pd.DataFrame({"section": ["市外办", "市外办"], "topic": [0, 1], "share": [0.9, 0.1]})
    figures = [
        section_bars(inventory),
        keyness_bars(keyness, "对比"),
        topic_heatmap(shares, ["section"], {0: "中德合作", 1: "海洋"}, "主题"),
    ]
    for figure in figures:
        texts = [
            t.get_text() for ax in figure.axes for t in ax.get_yticklabels() + ax.get_xticklabels()
        ]
        texts += [ax.get_title() for ax in figure.axes]
        assert any(any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in texts)
        assert missing_glyphs("".join(texts)) == []
        assert show(figure).data.startswith(b"\x89PNG")


def test_a_figure_given_the_wrong_table_names_the_columns_it_needs():
    import pandas as pd

    from lib.publish.plots import keyness_bars

    with pytest.raises(
        ValueError, match=r"given to keyness_bars lacks column\(s\) \['z'\] \(it needs word, z\)"
    ):
        keyness_bars(pd.DataFrame({"word": ["实现"]}), "t")


def test_a_long_table_is_cut_to_its_first_rows_and_the_title_says_so():
    import pandas as pd

    from lib.publish.plots import section_bars

    inventory = pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(50)],
            "title": ["报告"] * 50,
            "section": ["全文"] * 50,
            "characters": range(50),
        }
    )
    figure = section_bars(inventory, max_rows=10)
    assert len(figure.axes[0].patches) == 10
    assert figure.axes[0].get_title().endswith("(first 10 of 50)")


def test_a_figure_can_draw_every_row_and_names_the_rows_it_leaves_out():
    import pandas as pd

    from lib.publish.plots import rows_left_out, section_bars

    inventory = pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(50)],
            "title": [f"报告{i}" for i in range(50)],
            "section": ["全文"] * 50,
            "characters": range(50),
        }
    )
    cut = section_bars(inventory, max_rows=10)
    assert "Left out: rows 11-50 (报告10 · 全文" in cut.axes[0].get_xlabel()
    assert len(section_bars(inventory, max_rows=None).axes[0].patches) == 50
    assert rows_left_out(inventory, 10)["title"].tolist() == [f"报告{i}" for i in range(10, 50)]
    named = section_bars(inventory.head(2), labels={"a0": "北京市", "a1": "天津市"})
    ticks = [t.get_text() for t in named.axes[0].get_yticklabels()]
    assert ticks == ["北京市 · 全文", "天津市 · 全文"]
