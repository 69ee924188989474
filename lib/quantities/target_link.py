"""Targets against results: whether each was met, how often, and in what form targets were set.

Status rules (tested in tests/test_target_link.py):
- An indicator where more is better (growth, jobs, grain) meets a point or range target when
  the result is at least its low end; one where less is better (prices, unemployment: LOWER_IS_
  BETTER) when the result is at most its high end. A floor is met at or above it, a ceiling at
  or below it, whatever the indicator. No tolerance is given to 左右: the gap says by how much.
- gap = result - low end (more is better, floors) or result - high end (less is better,
  ceilings), in the target's unit.
- Only annual targets of canonical indicators are linked; where a year has several targets for
  one indicator (5%左右, then 力争6%), the first without 力争 is the one compared.
"""

from __future__ import annotations

import pandas as pd

from lib.quantities.target_text import INDICATORS

CANONICAL = [name for name, _, _ in INDICATORS]
LOWER_IS_BETTER = {"cpi", "retail_price", "surveyed_unemployment", "registered_unemployment"}
LINK_COLUMNS = ["indicator", "year", "low", "high", "unit", "qualifier", "bound", "outcome"]
STATUSES = ["met", "missed", "no target", "no outcome reported"]
# How base units are shown: jobs in 万人, grain in 亿斤 or 万吨, as reports write them.
DISPLAY_UNITS = {
    "人": (1e4, "万人"),
    "斤": (1e8, "亿斤"),
    "公斤": (1e8, "亿公斤"),
    "吨": (1e4, "万吨"),
}


def main_targets(targets: pd.DataFrame, by: list[str] | tuple = ()) -> pd.DataFrame:
    """Return one annual target per (by..., indicator, year): the first not marked 力争."""
    keys = [*by, "indicator", "year"]
    annual = targets[(targets["kind"] == "annual") & targets["indicator"].isin(CANONICAL)]
    stretch = annual["qualifier"].str.startswith("力争")
    ordered = annual.assign(_stretch=stretch).sort_values([*keys, "_stretch"], kind="stable")
    return ordered.drop_duplicates(keys).drop(columns="_stretch")


def _status(row: pd.Series) -> tuple[str, float | None]:
    if pd.isna(row["low"]):
        return "no target", None
    if pd.isna(row["outcome"]):
        return "no outcome reported", None
    lower_better = row["indicator"] in LOWER_IS_BETTER
    if row["bound"] == "ceiling" or (row["bound"] != "floor" and lower_better):
        gap = row["outcome"] - row["high"]
        return ("met" if gap <= 1e-9 else "missed"), gap
    gap = row["outcome"] - row["low"]
    return ("met" if gap >= -1e-9 else "missed"), gap


def link(targets: pd.DataFrame, outcomes: pd.DataFrame, by: list[str] | tuple = ()) -> pd.DataFrame:
    """Return targets and results side by side with status and gap (see the module notes).

    `by` names columns both tables carry (a province, a city) that must match as well.
    """
    keys = [*by, "indicator", "year"]
    chosen = main_targets(targets, by)[[*by, *LINK_COLUMNS[:-1]]]
    results = outcomes[outcomes["indicator"].isin(CANONICAL)]
    results = results.drop_duplicates(keys)[[*keys, "value", "unit"]]
    results = results.rename(columns={"value": "outcome", "unit": "outcome_unit"})
    linked = chosen.merge(results, on=keys, how="outer")
    linked["unit"] = linked["unit"].fillna(linked.pop("outcome_unit"))
    statuses = [_status(row) for _, row in linked.iterrows()]
    linked["status"] = [s for s, _ in statuses]
    linked["gap"] = [g for _, g in statuses]
    linked["gap"] = linked["gap"].astype(float).round(6)
    linked["year"] = linked["year"].astype("Int64")
    return linked.sort_values(keys, kind="stable").reset_index(drop=True)


def met_rates(linked: pd.DataFrame) -> pd.DataFrame:
    """Return per indicator: targets compared with a result, how many met, and the share met."""
    compared = linked[linked["status"].isin(["met", "missed"])]
    columns = ["indicator", "compared", "met", "missed", "share_met", "first", "last"]
    if compared.empty:
        return pd.DataFrame(columns=columns)
    table = (
        compared.groupby("indicator")["status"]
        .agg(compared="size", met=lambda s: int((s == "met").sum()))
        .reset_index()
    )
    table["missed"] = table["compared"] - table["met"]
    table["share_met"] = (table["met"] / table["compared"]).round(3)
    first_last = compared.groupby("indicator")["year"].agg(first="min", last="max").reset_index()
    table = table.merge(first_last, on="indicator")
    return table.sort_values(["compared", "indicator"], ascending=[False, True]).reset_index(
        drop=True
    )


def target_forms(
    targets: pd.DataFrame, report_years: list[int], indicator: str = "gdp_growth"
) -> pd.DataFrame:
    """Return per report year the form of its `indicator` target: point, floor, range, none."""
    chosen = main_targets(targets)
    chosen = chosen[chosen["indicator"] == indicator].set_index("year")
    rows = []
    for year in sorted(set(report_years)):
        if year in chosen.index:
            row = chosen.loc[year]
            rows.append((year, row["bound"], row["low"], row["high"], row["qualifier"]))
        else:
            rows.append((year, "none", None, None, ""))
    return pd.DataFrame(rows, columns=["year", "form", "low", "high", "qualifier"])


def format_target(row: pd.Series) -> str:
    """Return a target as a report writes it, e.g. 5%左右, 6%-6.5%, 1100万人以上."""
    scale, unit = DISPLAY_UNITS.get(row["unit"], (1.0, row["unit"]))
    low, high = row["low"] / scale, row["high"] / scale
    number = f"{low:g}" if low == high else f"{low:g}-{high:g}"
    words = [w for w in str(row["qualifier"]).split("+") if w and w != "按…安排"]
    after = ("左右", "以上", "以内", "以下", "上下", "或者更多一些", "或更多", "争取更好结果")
    prefix = "".join(w for w in words if w not in after)
    suffix = "".join(w if w != "争取更好结果" else "，争取更好结果" for w in words if w in after)
    return f"{prefix}{number}{unit}{suffix}"


def side_by_side(
    targets: pd.DataFrame, by: str, indicators: list[str] | None = None
) -> pd.DataFrame:
    """Return the targets as written, one row per `by` value (report), one column per indicator."""
    chosen = main_targets(targets, [by])
    if indicators is not None:
        chosen = chosen[chosen["indicator"].isin(indicators)]
    chosen = chosen.assign(target=chosen.apply(format_target, axis=1))
    table = chosen.pivot_table(
        index=by, columns="indicator", values="target", aggfunc="first", fill_value=""
    )
    order = {name: i for i, name in enumerate(CANONICAL)}
    table = table[sorted(table.columns, key=lambda name: (order.get(name, 99), name))]
    table.columns.name = None
    return table


def readable(linked: pd.DataFrame, indicators: list[str] | None = None) -> pd.DataFrame:
    """Return the linked table for reading: target as written, result and gap (DISPLAY_UNITS)."""
    rows = linked if indicators is None else linked[linked["indicator"].isin(indicators)]
    scale = rows["unit"].map(lambda unit: DISPLAY_UNITS.get(unit, (1.0, unit))[0])
    has_target = rows["low"].notna()
    target = rows[has_target].apply(format_target, axis=1)
    metadata = [c for c in rows.columns if c not in [*LINK_COLUMNS, "status", "gap"]]
    return pd.DataFrame(
        {
            **{column: rows[column] for column in metadata},
            "year": rows["year"],
            "indicator": rows["indicator"],
            "target": target.reindex(rows.index).fillna(""),
            "bound": rows["bound"].fillna(""),
            "outcome": (rows["outcome"] / scale).round(2),
            "unit": rows["unit"].map(lambda unit: DISPLAY_UNITS.get(unit, (1.0, unit))[1]),
            "status": rows["status"],
            "gap": (rows["gap"] / scale).round(2),
        }
    ).reset_index(drop=True)
