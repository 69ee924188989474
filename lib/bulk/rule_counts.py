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

from lib.words.segment import HAN_RE, NON_HAN_TOKEN_RE, jieba_engine, raw_cutter, rjieba_cutter

# Token kinds, one letter each, so that runs can be found by a regex over a string of kinds:
# h = holds a Chinese character (kept as the engine cut it); s = no Chinese character, and the
# Latin/digit rule leaves it whole when it stands alone; n = no Chinese character, re-cut.
_RUN_TO_RECUT = re.compile(r"[sn]{2,}|n")


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


def canonical_counts(token_lists: Iterable[list[str]]) -> Counter:
    """Return the counts of the canonical tokens (lib.words.segment's rule) of engine cuts.

    Equal to Counter of `canonical_tokens(tokens)` over the lists, but counts the raw tokens
    at C speed and re-cuts only the runs of tokens without Chinese characters that the rule
    can change (two or more in a row, or one that the rule splits).
    """
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
