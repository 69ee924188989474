"""The fast counting path: the same tokens as segment(), in this process or in a pool."""

import random
from collections import Counter

import pytest

from lib.bulk.counting import count_tokens, differing_counts, word_counts
from lib.bulk.rule_counts import _HAN_RUNS, canonical_counts, stretch_counts
from lib.bulk.stream import iter_texts
from lib.load.corpus import load_corpus
from lib.load.normalize import normalize_characters, normalized_text
from lib.words.segment import canonical_tokens, jieba_engine, raw_cutter, segment, word_tokens

# Pieces the generated texts are made of: words of the domain, digits, Latin, symbols,
# full-width forms and whitespace, so that every branch of the Latin/digit rule is met.
PIECES = [
    "市外办",
    "空中走廊",
    "营商环境",
    "同比增长",
    "全年",
    "受理",
    "万件",
    "两个",
    "的",
    "了",
    "12345政务服务热线",
    "浒苔",
    "国际客厅",
    "科考船",
    "包机",
    "NORC2020-581",
    "PM2.5",
    "3.9%",
    "2011-2020",
    "10:00",
    "A",
    "bc",
    "x86_64",
    "v1.2.3",
    "１２３",
    "３．９",
    "４５％",
    "ＡＢＣ",
    "\u200b",
    "\ufeff",
    "，",
    "。",
    "、",
    "“",
    "”",
    "……",
    "——",
    "（",
    "）",
    "-",
    "_",
    ".",
    "/",
    ":",
    "%",
    "#",
    "&",
    "+",
    "@",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\u3000",
    "!!",
    "??",
]


def generated_texts(seed: int, n: int = 300) -> list[str]:
    """Seeded random texts mixing Chinese, digits, Latin, symbols and whitespace."""
    rng = random.Random(seed)
    digits = "0123456789"
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 40)):
            roll = rng.random()
            if roll < 0.15:
                parts.append("".join(rng.choices(digits + ".-%:/", k=rng.randint(1, 8))))
            elif roll < 0.2:
                parts.append("".join(rng.choices("abcXYZ0123_-.", k=rng.randint(1, 6))))
            else:
                parts.append(rng.choice(PIECES))
        texts.append("".join(parts))
    return texts


def reference_counts(texts, engine):
    """Counts as segment() cuts: normalise, cut, apply the Latin/digit rule, count."""
    cut = raw_cutter(engine)
    return Counter(
        token for text in texts for token in canonical_tokens(cut(normalize_characters(text)[0]))
    )


@pytest.mark.parametrize("engine", ["jieba", "rjieba"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fast_counts_equal_the_segment_rule_on_generated_text(engine, seed):
    texts = generated_texts(seed)
    assert count_tokens(texts, engine) == reference_counts(texts, engine)


@pytest.mark.parametrize("seed", [4, 5])
def test_jieba_and_rjieba_give_identical_counts_on_generated_text(seed):
    texts = generated_texts(seed)
    assert count_tokens(texts, "jieba") == count_tokens(texts, "rjieba")


@pytest.mark.parametrize("engine", ["jieba", "rjieba"])
def test_a_rare_character_jieba_cannot_segment_is_a_token_of_its_own_in_both_engines(engine):
    # 䴙䴘 (CJK extension A): jieba 0.42 cuts 䴙 + 䴘, rjieba kept 䴙䴘 as one word; likewise
    # U+9FD6-U+9FFF (鿏), compatibility ideographs (豈) and extension B (𠮷).
    text = "湖面上有䴙䴘游过，鿏元素和豈字，𠮷野家"
    assert raw_cutter(engine)(text) == jieba_engine().tokenizer.lcut(text)
    counts = count_tokens([text], engine)
    assert counts["䴙"] == counts["䴘"] == 1 and "䴙䴘" not in counts


def test_differing_counts_name_each_token_whose_counts_differ_largest_gap_first():
    # What the bench prints when the engines disagree: 䴙䴘 as rjieba cut it before the fix.
    jieba_counts = Counter({"䴙": 2, "䴘": 2, "湖面": 2, "，": 5})
    rjieba_counts = Counter({"䴙䴘": 2, "湖面": 2, "，": 4})
    assert differing_counts(jieba_counts, rjieba_counts) == [
        ("䴘", 2, 0),  # ties in code point order: U+4D18 before U+4D19
        ("䴙", 2, 0),
        ("䴙䴘", 0, 2),
        ("，", 5, 4),
    ]
    assert differing_counts(jieba_counts, jieba_counts) == []


def test_the_raw_engines_do_differ_on_generated_text_so_the_rule_matters():
    texts = generated_texts(6)
    raw = [Counter(t for text in texts for t in raw_cutter(e)(text)) for e in ("jieba", "rjieba")]
    assert raw[0] != raw[1]


@pytest.mark.parametrize("mixed", [True, False])
def test_the_rule_by_stretches_of_text_equals_canonical_tokens_with_and_without_mixed_tokens(
    mixed,
):
    # A token mixing Chinese and other characters (12345政务服务热线) sends its text run by run.
    cut = raw_cutter("rjieba")
    texts = [t for t in generated_texts(11) if ("12345政务服务热线" in t) == mixed]
    cuts = [cut(text) for text in texts]
    expected = Counter(token for tokens in cuts for token in canonical_tokens(tokens))
    assert len(texts) > 20
    assert canonical_counts(cuts) == canonical_counts(cuts, texts) == expected


def split_stretch_counts(texts):
    """What stretch_counts stands for: the pieces of a split at runs of Chinese characters."""
    return Counter(piece for text in texts for piece in _HAN_RUNS.split(text) if piece)


@pytest.mark.parametrize(
    "texts",
    [
        [],
        [""],
        ["中", "，", "，中", "中，", "abc", "，，中。", "中国，我们。"],
        ["𠀀𠀁", "中𠀀中", "\ud800", "中\ud800，", "\ufeff中"],  # beyond the BMP; lone surrogate
        ["。", "。"],  # a stretch does not run from one text into the next
        ["\u33ff\u3400\u4dbf\u4dc0\u4dff\u4e00\u9fff\ua000\uf8ff\uf900\ufaff\ufb00"],  # edges
    ],
)
def test_stretches_between_chinese_runs_are_those_of_the_split(texts):
    assert stretch_counts(texts) == split_stretch_counts(texts)


@pytest.mark.parametrize("seed", [4, 5])
def test_stretches_between_chinese_runs_are_those_of_the_split_on_generated_text(seed):
    texts = generated_texts(seed)
    assert stretch_counts(texts) == split_stretch_counts(texts)
    assert sum(len(piece) > 1 for piece in stretch_counts(texts)) > 10  # longer ones met too


@pytest.mark.parametrize("seed", [7, 8])
def test_the_fast_normalisation_equals_normalize_characters(seed):
    for text in generated_texts(seed):
        assert normalized_text(text) == normalize_characters(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "增长１．５倍",
        "增长1．5倍",
        "第１．节",
        "．５",
        "５．",
        "1\u200b．5",
        "3．\u200b5",
        "１０％",
        "％左右",
        "10\u200b％",
        "ＡＢＣ．ｄｅ",
        "\ufeff１２３\u2060４",
        "１．２．３％",
        "全年",
    ],
)
def test_the_fast_normalisation_equals_normalize_characters_at_the_number_marks(text):
    # A mark counts as part of a number only next to digits, full-width ones included, and an
    # invisible character between them, dropped last, keeps it apart.
    assert normalized_text(text) == normalize_characters(text)[0]


def test_the_fast_normalisation_equals_normalize_characters_on_the_national_reports(
    national_corpus_path,
):
    texts = list(iter_texts(national_corpus_path))
    changed = [text for text in texts if normalized_text(text) != text]
    assert len(changed) > 10  # the older reports write their figures in full-width digits
    assert [normalized_text(text) for text in texts] == [
        normalize_characters(text)[0] for text in texts
    ]


def test_counts_equal_the_tokens_table_of_the_seed_page():
    paragraphs = load_corpus()
    kinds = ["title", "subtitle", "byline", "heading", "paragraph", "caption"]
    tokens = segment(paragraphs, engine="jieba", kinds=kinds)
    from_table = Counter(tokens["token"])
    assert count_tokens(paragraphs["text"], "rjieba") == from_table
    assert count_tokens(paragraphs["text"], "jieba") == from_table


def test_both_engines_count_a_national_work_report_identically(national_corpus_path):
    texts = list(iter_texts(national_corpus_path))[:6]
    by_rjieba = count_tokens(texts, "rjieba")
    assert count_tokens(texts, "jieba") == by_rjieba
    assert by_rjieba == reference_counts(texts, "rjieba")


def test_the_plain_jieba_script_after_the_rule_gives_the_pipeline_counts(seed_text):
    # The baseline of benchmarks/bench.py: jieba.lcut (HMM on) with the domain dictionary.
    tokenizer = jieba_engine().tokenizer
    text = normalize_characters(seed_text)[0]
    assert canonical_counts([tokenizer.lcut(text)]) == count_tokens([seed_text])


def test_a_process_pool_gives_the_same_counts_as_this_process():
    texts = generated_texts(9) * 3
    assert count_tokens(texts, workers=2, chunk_chars=2_000) == count_tokens(texts)


def test_counts_are_ordered_by_count_then_token_whatever_the_input_order():
    texts = generated_texts(10)
    forward, backward = count_tokens(texts), count_tokens(texts[::-1])
    assert list(forward.items()) == list(backward.items())
    pairs = list(forward.items())
    assert pairs == sorted(pairs, key=lambda pair: (-pair[1], pair[0]))


def test_word_counts_drop_what_segment_sets_aside_except_measures_after_numbers(seed_text):
    paragraphs = load_corpus()
    words, _ = word_tokens(segment(paragraphs))
    from_table = Counter(words["token"])
    counted = word_counts(count_tokens(paragraphs.loc[paragraphs["kind"] != "byline", "text"]))
    assert "，" not in counted and "的" not in counted and "3.9%" not in counted
    assert counted["市外办"] == from_table["市外办"] > 0
    extra = counted - from_table
    assert not (from_table - counted)
    tokens = segment(paragraphs)
    measures = set(tokens.loc[tokens["is_number"], "token"])
    assert set(extra) <= measures


def test_no_progress_bar_when_stderr_is_not_a_terminal_but_one_on_request(capfd):
    count_tokens(["市外办搭建空中走廊"])
    assert capfd.readouterr().err == ""
    count_tokens(["市外办搭建空中走廊"], progress=True)
    assert "char" in capfd.readouterr().err


def test_bad_arguments_are_refused_with_what_to_do():
    with pytest.raises(ValueError, match="unknown segmentation engine 'pkuseg'"):
        count_tokens(["浒苔"], "pkuseg")
    with pytest.raises(ValueError, match="workers must be 1"):
        count_tokens(["浒苔"], workers=0)
    with pytest.raises(ValueError, match="chunk_chars must be a positive"):
        count_tokens(["浒苔"], chunk_chars=0)
