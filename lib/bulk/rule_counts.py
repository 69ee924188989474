"""Fast equivalents of lib.words.segment's token rules for counting: same tokens, less work.

`canonical_counts` gives the counts of `lib.words.segment.canonical_tokens` (the Latin/digit
rule) without a Python step per token; `engine_cutter`
loads an engine once per process, rjieba without jieba when given the resolved dictionary.
Tests hold each equal to the lib.words.segment / lib.load.normalize function it stands for.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import chain, filterfalse

import numpy as np

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


_KINDS = _TokenKinds()
# Every distinct token met so far in this process, and among them those that hold both Chinese
# and other characters (3D打印, 12345政务服务热线) and those without a Chinese character: the
# vocabulary, not the corpus, sets their size, and set operations on them run at C speed.
_SEEN: set[str] = set()
_MIXED_TOKENS: set[str] = set()
_NON_HAN_TOKENS: set[str] = set()


def _learn(tokens: Iterable[str]) -> None:
    """Sort the tokens not met before into _MIXED_TOKENS and _NON_HAN_TOKENS."""
    new = list(filterfalse(_SEEN.__contains__, tokens))  # one pass; _SEEN is not iterated
    for token in new:
        if not HAN_RE.search(token):
            _NON_HAN_TOKENS.add(token)
        elif _HAN_RUNS.sub("", token):
            _MIXED_TOKENS.add(token)
    _SEEN.update(new)


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
    time the rule apart from the counting; `counts` may be changed in place.
    """
    texts = texts if texts is not None else ["".join(tokens) for tokens in lists]
    _learn(counts)
    mixed = counts.keys() & _MIXED_TOKENS
    if mixed:
        plain = [mixed.isdisjoint(tokens) for tokens in lists]
        by_runs = [tokens for tokens, ok in zip(lists, plain, strict=True) if not ok]
        lists = [tokens for tokens, ok in zip(lists, plain, strict=True) if ok]
        texts = [text for text, ok in zip(texts, plain, strict=True) if ok]
        counts = Counter(chain.from_iterable(lists))
    for token in counts.keys() & _NON_HAN_TOKENS:  # few: symbols, numbers, Latin
        counts.pop(token)  # dict.pop, at C speed (Counter's own __delitem__ is Python)
    redone: defaultdict[str, int] = defaultdict(int)
    for stretch, n in stretch_counts(texts).items():
        for token in _recut(stretch):
            redone[token] += n
    # No token of a stretch holds a Chinese character and no other is left in counts: the two
    # share no key, so a plain dict update adds them, at C speed.
    dict.update(counts, redone)
    if mixed:
        counts.update(_counts_by_runs(by_runs))
    return counts


def stretch_counts(texts: list[str]) -> Counter:
    """Return the counts of the stretches of `texts` between runs of Chinese characters.

    The same as a Counter of `_HAN_RUNS.split` over the texts, empty pieces left out, but at
    array speed: the texts of a chunk joined by a Chinese character (so that no stretch runs
    from one text into the next), their code points marked Chinese or not by a table, the
    stretches found where the marks change. The one-character stretches, most of them (the
    ，of 中国，我们), are counted as code points; only the longer ones are cut out as strings.
    """
    joined = "中".join(texts)
    # surrogatepass: a lone surrogate (a bad \\ud800 escape in a .jsonl) is one code point too.
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    han = np.ones(len(codes) + 2, dtype=bool)  # Chinese before the first and after the last
    han[1:-1] = _han_table()[codes]
    # The marks change in pairs: into a stretch (even changes), then out of it (odd ones).
    change = np.flatnonzero(han[1:] != han[:-1])
    starts, ends = change[0::2], change[1::2]
    single = (ends - starts) == 1
    longer = zip(starts[~single].tolist(), ends[~single].tolist(), strict=True)
    counts = Counter([joined[start:end] for start, end in longer])
    points, n = np.unique(codes[starts[single]], return_counts=True)
    for point, count in zip(points.tolist(), n.tolist(), strict=True):
        counts[chr(point)] += count
    return counts


@lru_cache(maxsize=1)
def _han_table() -> np.ndarray:
    """Return, for every code point, whether HAN_RE matches it (built from HAN_RE itself)."""
    table = np.zeros(0x110000, dtype=bool)
    # HAN_RE's ranges are all in the Basic Multilingual Plane; a test checks characters beyond.
    characters = "".join(map(chr, range(0x10000)))
    table[[m.start() for m in HAN_RE.finditer(characters)]] = True
    return table


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
