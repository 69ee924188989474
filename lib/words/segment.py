"""Segmentation (分词): paragraphs table -> tokens table, with POS tags and set-aside flags.

Two engines give the same tokens: "jieba" (jieba 0.42.1) and "rjieba" (jieba-rs bindings,
much faster). Both cut with the same algorithm (prefix-dictionary DAG plus HMM for unknown
words) over the same dictionary: jieba's default one plus lib/words/data/userdict.txt, added to a
private instance so the global jieba is never changed. On the national work reports the two
cuts differ only on runs of Latin letters, digits and symbols ("NORC2020-581", "3.9%"), so
those runs are re-tokenised by one project rule (`NON_HAN_TOKEN_RE`): an alphanumeric run
joined by - _ . : / stays one token (NORC2020-581, PM2.5, 10:00, 2011-2020, 3.9%); every
other symbol is its own token (a run of one repeated symbol, like ……, is one token).

POS tags (词性) are jieba.posseg's tags looked up for each token (dictionary tag, or the
posseg HMM tag of an unknown word), computed the same way for both engines. Note this is
jieba.cut's segmentation tagged afterwards, not posseg.cut's own segmentation.

Every token stays in the table; flags say which ones are not words. Numbers and measure
phrases (400万件, 3.9%, 12345, 两个, 15条) get is_number (rules in `_number_flags`): they
belong to the indicators analysis. `word_tokens` returns the words plus a table of how
many tokens were set aside and why.
"""

from __future__ import annotations

import contextlib
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from typing import Any, NamedTuple

import pandas as pd

from lib.load.layout import RECORD_KINDS
from lib.tables import empty_table, require_columns
from lib.words.dictionary import load_user_dictionary, stopword_set

ENGINES = ("jieba", "rjieba")
# The record kinds segmented unless asked otherwise: the text of the articles, not their
# bylines, datelines or licence notices (all of lib.load.layout.RECORD_KINDS can be asked for).
DEFAULT_KINDS = ("title", "subtitle", "heading", "paragraph", "caption")
PARAGRAPH_COLUMNS = ("page_id", "article_id", "section", "para_id", "kind", "text")
TOKEN_SCHEMA = {
    "page_id": "str",
    "article_id": "str",
    "section": "str",
    "para_id": "int64",
    "position": "int64",
    "token": "str",
    "pos": "str",
    "is_stopword": "bool",
    "is_number": "bool",
    "is_punct": "bool",
}
# Why a token is not a word, checked in this order; the first that applies is reported.
SET_ASIDE_REASONS = ("whitespace", "punctuation", "number", "single Latin letter", "stopword")

HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
NON_HAN_TOKEN_RE = re.compile(r"\s+|[^\W_]+(?:[-_.:/：．][^\W_]+)*[%％‰]?|(.)\1*", re.DOTALL)
ARABIC_NUMBER_RE = re.compile(r"[\d.,:/%％‰：．\-]*\d[\d.,:/%％‰：．\-]*")
LATIN_LETTER_RE = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
# Chinese numerals and quantity words that open a numeral token (两个, 万件, 第二批, 多亿元).
NUMERAL_START = set(
    "零〇一二三四五六七八九十百千万亿两半几多余数第壹贰叁肆伍陆柒捌玖拾佰仟萬億兩幾數餘"
)
# After a number, a token opening with these continues the measure phrase (万人, 余人, 日起).
_MEASURE_START = set("万亿余多萬億餘年月日号时時分秒")
# Single-character classifiers (量词) and units that complete a number (15条, 7架, 3折).
_MEASURE_CHARS = set(
    "个件项条笔家架艘台辆张份次人名位户所座栋套块只头批种类元角分吨米亩斤克天年月日号时秒周倍成折点度级届期轮篇部本支股层间处道趟场個條項筆張兩種類噸時週屆輪"
)
NUMERAL_TAGS = frozenset({"m", "mq"})
_MEASURE_TAGS = frozenset({"q", "mq"})  # not "m": jieba tags 全年 and 众多 "m"


@contextlib.contextmanager
def _quiet_jieba() -> Iterator[None]:
    """Silence jieba's "Building prefix dict" messages without changing its level for good."""
    import jieba

    previous = jieba.default_logger.level
    jieba.default_logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        jieba.default_logger.setLevel(previous)


class JiebaEngine(NamedTuple):
    """A private jieba loaded with the domain dictionary, and the entries as it resolved them."""

    tokenizer: Any  # jieba.Tokenizer
    pos_tokenizer: Any  # jieba.posseg.POSTokenizer
    # (word, frequency, tag or None) of each dictionary entry, frequencies resolved by jieba,
    # so that rjieba, given the same numbers, makes the same cuts.
    entries: tuple[tuple[str, int, str | None], ...]


def check_engine(engine: str) -> None:
    """Raise ValueError unless `engine` names a segmentation engine of ENGINES."""
    if engine not in ENGINES:
        raise ValueError(f"unknown segmentation engine {engine!r}; choose one of {ENGINES}")


@lru_cache(maxsize=1)
def jieba_engine() -> JiebaEngine:
    """Return the private jieba tokenizers with the domain dictionary added, and its entries."""
    import jieba
    import jieba.posseg

    with _quiet_jieba():
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        entries = []
        for word, freq, tag in load_user_dictionary()[["word", "freq", "tag"]].itertuples(
            index=False
        ):
            # Omitted frequencies are resolved one at a time, as jieba.add_word does, and
            # recorded so that rjieba gets the very same numbers and so the very same cuts.
            freq = int(freq) or tokenizer.suggest_freq(word, False)
            tokenizer.add_word(word, freq, tag or None)
            entries.append((word, freq, tag or None))
        pos_tokenizer = jieba.posseg.POSTokenizer(tokenizer)
        pos_tokenizer.makesure_userdict_loaded()
    return JiebaEngine(tokenizer, pos_tokenizer, tuple(entries))


def rjieba_cutter(entries: Iterable[tuple[str, int, str | None]]) -> Callable[[str], list[str]]:
    """Return the cut function (DAG + HMM) of a private rjieba.Jieba given dictionary `entries`.

    Pass `jieba_engine().entries`; a worker that has them builds rjieba without loading jieba.
    """
    import rjieba

    tokenizer = rjieba.Jieba()
    for word, freq, tag in entries:
        tokenizer.add_word(word, freq, tag)
    return lambda text: tokenizer.cut(text, hmm=True)


@lru_cache(maxsize=1)
def _rjieba_cut() -> Callable[[str], list[str]]:
    return rjieba_cutter(jieba_engine().entries)


def raw_cutter(engine: str) -> Callable[[str], list[str]]:
    """Return the engine's cut function (DAG + HMM), loaded with the domain dictionary."""
    check_engine(engine)
    if engine == "rjieba":
        return _rjieba_cut()
    tokenizer = jieba_engine().tokenizer
    return lambda text: tokenizer.lcut(text, HMM=True)


def canonical_tokens(raw_tokens: Iterable[str]) -> list[str]:
    """Re-tokenise each run of tokens without Chinese characters by the project rule."""
    tokens: list[str] = []
    run: list[str] = []
    for token in raw_tokens:
        if HAN_RE.search(token):
            if run:
                tokens.extend(m.group() for m in NON_HAN_TOKEN_RE.finditer("".join(run)))
                run = []
            tokens.append(token)
        else:
            run.append(token)
    if run:
        tokens.extend(m.group() for m in NON_HAN_TOKEN_RE.finditer("".join(run)))
    return tokens


@cache
def pos_of(token: str) -> str:
    """Return the POS tag: the dictionary's, else posseg's HMM guess (last part = head)."""
    if not HAN_RE.search(token):
        if token.isspace() or is_punct(token):
            return "x"
        return "m" if ARABIC_NUMBER_RE.fullmatch(token) else "eng"
    pos_tokenizer = jieba_engine().pos_tokenizer
    tag = pos_tokenizer.word_tag_tab.get(token)
    if tag:
        return tag
    with _quiet_jieba():
        pieces = pos_tokenizer.lcut(token, HMM=True)
    return pieces[-1].flag if pieces else "x"


def is_punct(token: str) -> bool:
    return all(unicodedata.category(ch)[0] in "PS" for ch in token)


def _number_flags(tokens: list[str], tags: list[str], in_context: bool = True) -> list[bool]:
    """Flag numbers and measure phrases (400万件, 3.9%, 12345, 两个, 7架): indicators, not words."""
    flags: list[bool] = []
    previous_is_number = False
    for token, tag in zip(tokens, tags, strict=True):
        if token.isspace():
            flags.append(False)
            continue
        is_number = bool(ARABIC_NUMBER_RE.fullmatch(token)) and not LATIN_LETTER_RE.search(token)
        if not is_number and tag in NUMERAL_TAGS and token[0] in NUMERAL_START:
            is_number = True
        if not is_number and previous_is_number and HAN_RE.search(token):
            is_number = (
                tag in _MEASURE_TAGS or token in _MEASURE_CHARS or token[0] in _MEASURE_START
            )
        flags.append(is_number)
        previous_is_number = is_number and in_context
    return flags


def token_flags(
    tokens: list[str], tags: list[str], in_context: bool = True
) -> dict[str, list[bool]]:
    """Return the flags is_stopword, is_number and is_punct of a record's tokens, in order.

    `in_context=False` judges each token alone (a list of distinct tokens, not a text).
    """
    stopwords = stopword_set()
    return {
        "is_stopword": [token in stopwords for token in tokens],
        "is_number": _number_flags(tokens, tags, in_context),
        "is_punct": [is_punct(token) for token in tokens],
    }


def segment(
    paragraphs: pd.DataFrame,
    engine: str = "jieba",
    kinds: Iterable[str] = DEFAULT_KINDS,
) -> pd.DataFrame:
    """Return the tokens table of the records whose kind is in `kinds` (one row per token)."""
    require_columns(
        paragraphs, PARAGRAPH_COLUMNS, "the paragraphs table", "lib.load.corpus.load_corpus"
    )
    kinds = tuple(kinds)
    unknown = sorted(set(kinds) - set(RECORD_KINDS))
    if unknown:
        raise ValueError(f"unknown record kind(s) {unknown}; choose from {RECORD_KINDS}")
    cut = raw_cutter(engine)
    records = paragraphs.loc[paragraphs["kind"].isin(kinds)]
    columns: dict[str, list] = {name: [] for name in TOKEN_SCHEMA}
    for page_id, article_id, section, para_id, text in zip(
        records["page_id"],
        records["article_id"],
        records["section"],
        records["para_id"],
        records["text"],
        strict=True,
    ):
        # A missing text (NaN) is an empty record: it has no tokens.
        tokens = canonical_tokens(cut(text)) if isinstance(text, str) and text else []
        tags = [pos_of(token) for token in tokens]
        columns["page_id"] += [page_id] * len(tokens)
        columns["article_id"] += [article_id] * len(tokens)
        columns["section"] += [section] * len(tokens)
        columns["para_id"] += [para_id] * len(tokens)
        columns["position"] += range(len(tokens))
        columns["token"] += tokens
        columns["pos"] += tags
        for flag, values in token_flags(tokens, tags).items():
            columns[flag] += values
    if not columns["token"]:
        return empty_table(TOKEN_SCHEMA)
    return pd.DataFrame(columns).astype(TOKEN_SCHEMA)


def set_aside_reasons(tokens: pd.DataFrame, keep_single_letters: bool = False) -> pd.Series:
    """Return, per token, why it is not a word (see SET_ASIDE_REASONS), or "" for a word.

    This is the project's one rule of what a word is. `keep_single_letters=True` keeps a
    lone Latin letter ("A" of A股, "G" of 5G written apart) as a word.
    """
    require_columns(
        tokens,
        ("token", "is_stopword", "is_number", "is_punct"),
        "the tokens table",
        "lib.words.segment.segment",
    )
    token = tokens["token"].astype("str")
    checks = [
        token.str.isspace(),
        tokens["is_punct"].astype(bool),
        tokens["is_number"].astype(bool),
        token.str.fullmatch(LATIN_LETTER_RE.pattern) & (not keep_single_letters),
        tokens["is_stopword"].astype(bool),
    ]
    reasons = pd.Series("", index=tokens.index, dtype="str")
    for reason, applies in zip(reversed(SET_ASIDE_REASONS), reversed(checks), strict=True):
        reasons = reasons.mask(applies.fillna(False).astype(bool), reason)
    return reasons


def is_word(tokens: pd.DataFrame, keep_single_letters: bool = False) -> pd.Series:
    """Return a boolean mask of the tokens that enter word tables (see `set_aside_reasons`)."""
    return set_aside_reasons(tokens, keep_single_letters).eq("")


def are_words_alone(tokens: list[str]) -> list[bool]:
    """Return, per token taken out of its text, whether `is_word` calls it a word.

    For token counts, where the context is gone: a measure word is a number only after a
    number (the 万件 of 400万件), so alone it is judged by itself and kept.
    """
    # Out of context only a numeral candidate (两个, 三成) needs its tag to be judged.
    tags = [pos_of(t) if t[:1] in NUMERAL_START else "" for t in tokens]
    flags = token_flags(tokens, tags, in_context=False)
    table = pd.DataFrame({"token": pd.Series(tokens, dtype="str"), **flags})
    return is_word(table).tolist()


def word_tokens(tokens: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (word tokens, table of tokens set aside: reason, tokens, share, examples)."""
    reasons = set_aside_reasons(tokens)
    words = tokens.loc[reasons.eq("")].reset_index(drop=True)
    rows = []
    for reason in SET_ASIDE_REASONS:
        chosen = tokens.loc[reasons.eq(reason), "token"]
        counts = chosen.value_counts()
        counts = counts.rename_axis("token").reset_index(name="n")
        counts = counts.sort_values(["n", "token"], ascending=[False, True]).head(5)
        examples = " ".join(repr(t) if t.isspace() else t for t in counts["token"])
        share = len(chosen) / len(tokens) if len(tokens) else 0.0
        rows.append((reason, len(chosen), round(share, 4), examples))
    set_aside = pd.DataFrame(rows, columns=["reason", "tokens", "share", "examples"])
    return words, set_aside.astype(
        {"reason": "str", "tokens": "int64", "share": "float64", "examples": "str"}
    )
