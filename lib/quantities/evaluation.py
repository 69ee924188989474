"""Score extract_indicators against hand-labelled sentences: value recall, subject, qualifier.

The labelled set is a TSV with one row per expected figure (sentence, raw, value, unit,
subject, qualifier, form); a sentence that states no figure has one row with raw and value
empty. A subject cell may list acceptable phrasings separated by "|". Run it as
`python -m lib.quantities.evaluation tests/data/indicator_sentences.tsv` to print the scores.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pandas as pd

from lib.quantities.indicators import extract_indicators

LABEL_COLUMNS = ["sentence", "raw", "value", "unit", "subject", "qualifier", "form"]


def read_labels(path: str | Path) -> pd.DataFrame:
    """Return the labelled figures of a TSV file, refusing one that lacks a column."""
    labels = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)
    missing = [c for c in LABEL_COLUMNS if c not in labels.columns]
    if missing:
        raise ValueError(f"{path}: columns {missing} are missing; expected {LABEL_COLUMNS}")
    return labels


def _same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def compare(labels: pd.DataFrame) -> pd.DataFrame:
    """Return one row per expected figure and per unexpected one, with what the reader gave."""
    rows = []
    for sentence, expected in labels.groupby("sentence", sort=False):
        found = extract_indicators(sentence).to_dict("records")
        used: set[int] = set()
        if (expected["raw"] == "").all() and not found:  # a sentence without figures, read so
            rows.append({"sentence": sentence, "form": expected["form"].iloc[0], "expected": "",
                         "found": False, "extra": False})  # fmt: skip
        for want in expected[expected["raw"] != ""].to_dict("records"):
            value = float(want["value"])
            candidates = [i for i, f in enumerate(found) if i not in used
                          and _same_value(f["value"], value)]  # fmt: skip
            by_raw = [i for i in candidates if found[i]["raw"] == want["raw"]]
            pick = (by_raw or candidates or [None])[0]
            got = found[pick] if pick is not None else {}
            if pick is not None:
                used.add(pick)
            rows.append({
                "sentence": sentence, "form": want["form"], "expected": want["raw"],
                "found": pick is not None, "unit_ok": got.get("unit") == want["unit"],
                "subject_ok": got.get("subject") in want["subject"].split("|"),
                "qualifier_ok": got.get("qualifier") == want["qualifier"],
                "subject": got.get("subject", ""), "qualifier": got.get("qualifier", ""),
                "extra": False,
            })  # fmt: skip
        for i, extra in enumerate(found):
            if i not in used:
                rows.append({"sentence": sentence, "form": expected["form"].iloc[0],
                             "expected": "", "found": True, "extra": True,
                             "subject": extra["subject"], "qualifier": extra["raw"]})  # fmt: skip
    return pd.DataFrame(rows)


def scores(comparison: pd.DataFrame) -> dict[str, float]:
    """Return value recall, unit, subject and qualifier accuracy (of the figures found), extras."""
    expected = comparison[~comparison["extra"] & (comparison["expected"] != "")]
    found = expected[expected["found"]]
    extras = comparison[comparison["extra"]]
    return {
        "sentences": int(comparison["sentence"].nunique()),
        "expected_figures": len(expected),
        "value_recall": float(expected["found"].mean()),
        "unit_accuracy": float(found["unit_ok"].mean()),
        "subject_accuracy": float(found["subject_ok"].mean()),
        "qualifier_accuracy": float(found["qualifier_ok"].mean()),
        "extra_figures": len(extras),
        "extra_in_no_figure_sentences": int((extras["form"] == "not").sum()),
    }


def main(path: str) -> None:
    """Print the scores of the labelled set at `path`, then the figures read wrong."""
    comparison = compare(read_labels(path))
    for name, value in scores(comparison).items():
        print(f"{name:<30} {value:.3f}" if isinstance(value, float) else f"{name:<30} {value}")
    wrong = comparison[
        comparison["extra"]
        | (~comparison["found"] & (comparison["expected"] != ""))
        | ~comparison["subject_ok"].fillna(True).astype(bool)
        | ~comparison["qualifier_ok"].fillna(True).astype(bool)
    ]
    print(wrong[["expected", "found", "extra", "subject", "qualifier", "sentence"]].to_string())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/data/indicator_sentences.tsv")
