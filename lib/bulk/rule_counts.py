"""Fast equivalents of lib.words.segment's token rules for counting: same tokens, less work.

`canonical_counts` gives the counts of `lib.words.segment.canonical_tokens` (the Latin/digit
rule) without a Python step per token; `engine_cutter`
loads an engine once per process, rjieba without jieba when given the resolved dictionary.
Tests hold each equal to the lib.words.segment / lib.load.normalize function it stands for.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import chain

from lib.words.segment import HAN_RE, NON_HAN_TOKEN_RE, jieba_engine, raw_cutter, rjieba_cutter

# Token kinds, one letter each, so that runs can be found by a regex over a string of kinds:
# h = holds a Chinese character (kept as the engine cut it); s = no Chinese character, and the
# Latin/digit rule leaves it whole when it stands alone; n = no Chinese character, re-cut.
_RUN_TO_RECUT = re.compile(r"[sn]{2,}|n")
# A maximal run of Chinese characters: what is left between two runs is a run of the rule
# when no token of the text mixes Chinese and other characters.
_HAN_RUNS = re.compile(f"{HAN_RE.pattern}+")


class _TokenKinds(dict):
    """token -> kind letter, computed once per distinct token.

    A dict with __missing__ lets `map(kinds.__getitem__, tokens)` run at C speed for the
    (overwhelmingly many) tokens already seen; the vocabulary, not the corpus, sets its size.
    """

    def __missing__(self, token: str) -> str:
        if HAN_RE.search(token):
            kind = "h"
        else:
            alone = [m.group() for m in NON_HAN_TOKEN_RE.finditer(token)]
            kind = "s" if alone == [token] else "n"
        self[token] = kind
        return kind


class _Mixed(dict):
    """token -> whether it holds both Chinese and other characters (3D打印, 12345政务服务热线)."""

    def __missing__(self, token: str) -> bool:
        mixed = bool(HAN_RE.search(token)) and bool(_HAN_RUNS.sub("", token))
        self[token] = mixed
        return mixed


class _WithoutHan(dict):
    """token -> whether it holds no Chinese character."""

    def __missing__(self, token: str) -> bool:
        without = not HAN_RE.search(token)
        self[token] = without
        return without


_KINDS = _TokenKinds()
_MIXED = _Mixed()
_WITHOUT_HAN = _WithoutHan()


def canonical_counts(token_lists: Iterable[list[str]], texts: list[str] | None = None) -> Counter:
    """Return the counts of the canonical tokens (lib.words.segment's rule) of engine cuts.

    Equal to Counter of `canonical_tokens(tokens)` over the lists; `texts`, if given, are the
    texts that were cut (each the concatenation of its tokens). The tokens are counted at
    C speed; when no token of a text mixes Chinese and other characters (nearly all texts),
    the runs of the rule are the text's stretches between runs of Chinese characters, found
    by one regex split of the text and re-cut once per distinct stretch. Texts with a mixed
    token are done run by run (`_counts_by_runs`).
    """
    lists = token_lists if isinstance(token_lists, list) else list(token_lists)
    return apply_rule(Counter(chain.from_iterable(lists)), lists, texts)


def apply_rule(counts: Counter, lists: list[list[str]], texts: list[str] | None = None) -> Counter:
    """Return `counts`, the raw counts of the tokens of `lists`, changed to canonical counts.

    canonical_counts without its first step (counting the raw tokens), so that the bench can
    time the rule apart from the counting; `counts` is changed in place.
    """
    texts = texts if texts is not None else ["".join(tokens) for tokens in lists]
    # filter() over a dict's __getitem__ runs at C speed once the distinct tokens are known.
    mixed = set(filter(_MIXED.__getitem__, counts))
    if mixed:
        plain = [mixed.isdisjoint(tokens) for tokens in lists]
        by_runs = [tokens for tokens, ok in zip(lists, plain, strict=True) if not ok]
        lists = [tokens for tokens, ok in zip(lists, plain, strict=True) if ok]
        texts = [text for text, ok in zip(texts, plain, strict=True) if ok]
        counts = Counter(chain.from_iterable(lists))
    for token in list(filter(_WITHOUT_HAN.__getitem__, counts)):  # few: symbols, numbers, Latin
        del counts[token]
    stretches = Counter(chain.from_iterable(map(_HAN_RUNS.split, texts)))
    stretches.pop("", None)
    for stretch, n in stretches.items():
        for token in _recut(stretch):
            counts[token] += n
    if mixed:
        counts.update(_counts_by_runs(by_runs))
    return counts


def _counts_by_runs(token_lists: Iterable[list[str]]) -> Counter:
    """Return canonical_counts of the lists, re-cutting the runs of non-Chinese tokens."""
    counts: Counter = Counter()
    removed: list[str] = []
    added: list[str] = []
    for tokens in token_lists:
        counts.update(tokens)
        kinds = "".join(map(_KINDS.__getitem__, tokens))
        for run in _RUN_TO_RECUT.finditer(kinds):
            pieces = tokens[run.start() : run.end()]
            removed += pieces
            added += _recut("".join(pieces))
    counts.subtract(Counter(removed))
    counts.update(added)
    return +counts


@lru_cache(maxsize=1 << 16)
def _recut(run: str) -> list[str]:
    """Return the tokens the Latin/digit rule makes of a run (runs such as 。” recur endlessly)."""
    return [m.group() for m in NON_HAN_TOKEN_RE.finditer(run)]


_CUTTERS: dict[str, Callable[[str], list[str]]] = {}


def engine_cutter(engine: str, entries: tuple | None = None) -> Callable[[str], list[str]]:
    """Return the engine's raw cut function, loaded once per process.

    With the resolved dictionary `entries` (from `dictionary_entries`), rjieba is built
    without loading jieba, which would add about 180 MB to every worker.
    """
    if engine not in _CUTTERS:
        if engine == "rjieba" and entries is not None:
            _CUTTERS[engine] = rjieba_cutter(entries)
        else:
            _CUTTERS[engine] = raw_cutter(engine)
    return _CUTTERS[engine]


def dictionary_entries(engine: str) -> tuple | None:
    """Return the domain dictionary as resolved for rjieba (word, freq, tag), else None."""
    return jieba_engine().entries if engine == "rjieba" else None
