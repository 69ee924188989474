"""How topics are fitted when the user names no settings: for the project's page, or any corpus.

The project's page is tiny (a few dozen paragraphs), so its topics are fitted on sentences, with
k from 2 to 8, five refits per k and hand labels. A corpus of hundreds or thousands of
paragraphs needs other settings: paragraphs as documents (sentences would give tens of thousands
of near-empty documents), fewer refits, mini-batch fitting, larger k, and automatic labels (hand
labels of one corpus mean nothing on another). Every value the user sets is kept.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pandas as pd

from lib.load.comparison import is_project_corpus

# The NMF topics of the project's page (k = 8), labelled by reading their terms.
PROJECT_TOPIC_LABELS = {
    0: "消费券 coupons",
    1: "中德合作 Sino-German ties",
    2: "市民与热线 citizens and the hotline",
    3: "企业开办 business services",
    4: "科考计划 research programme",
    5: "发展与口岸 development and ports",
    6: "海底采样 seabed sampling",
    7: "投资增长 investment growth",
}
# Below this many paragraph records a corpus is page-sized: sentences make enough documents.
PARAGRAPHS_FOR_PARA_UNITS = 200
# From this many paragraph records on, fits are mini-batch and refits fewer.
PARAGRAPHS_FOR_MINIBATCH = 2000


class TopicSettings(NamedTuple):
    """The settings a topic notebook uses, and one line saying which were chosen ("" if none)."""

    unit: str
    ks: list[int]
    seeds: list[int]
    minibatch: bool
    labels: dict | None
    note: str


def topic_settings(
    paragraphs: pd.DataFrame,
    corpus: str | Path | None,
    unit: str | None = None,
    ks=None,
    seeds=None,
    minibatch: bool | None = None,
    labels: dict | None = None,
) -> TopicSettings:
    """Return the user's settings where given, else the ones that fit the corpus (see above)."""
    project = is_project_corpus(corpus)
    size = int((paragraphs["kind"] == "paragraph").sum())
    large = not project and size >= PARAGRAPHS_FOR_MINIBATCH
    chosen = {
        "unit": "para" if not project and size >= PARAGRAPHS_FOR_PARA_UNITS else "sentence",
        "ks": [4, 6, 8, 10, 12] if large else list(range(2, 9)),
        "seeds": [0, 1, 2] if large else [0, 1, 2, 3, 4],
        "minibatch": large,
    }
    given = {"unit": unit, "ks": ks, "seeds": seeds, "minibatch": minibatch}
    values = {name: chosen[name] if given[name] is None else given[name] for name in chosen}
    values["ks"], values["seeds"] = list(values["ks"]), list(values["seeds"])
    if labels is None and project:
        labels = PROJECT_TOPIC_LABELS
    picked = [name for name in chosen if given[name] is None]
    note = ""
    if picked and not project:
        shown = ", ".join(f"{name.upper()}={values[name]!r}" for name in picked)
        note = f"{size:,} paragraphs: {shown} (set them to choose)"
    return TopicSettings(**values, labels=labels, note=note)
