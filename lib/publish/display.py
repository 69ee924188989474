"""Tables for people: thousands separators, shares as percentages, rounded decimals; and the
by-hand check of the notebooks' Theory sections. Notebooks display these; CSVs keep full values."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

import pandas as pd


def _number(value, decimals: int) -> str:
    """Return a number with thousands separators and `decimals` places ("" for a missing one)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return str(value)
    if float(value).is_integer() and decimals == 0:
        return f"{int(value):,}"
    return f"{value:,.{decimals}f}"


def readable(
    table: pd.DataFrame,
    percent: Iterable[str] = (),
    decimals: int | Mapping[str, int] = 2,
    renumber: bool = False,
) -> pd.DataFrame:
    """Return a copy of `table` with its numbers as text people read.

    Integer columns get thousands separators (1,686); `percent` columns (shares between 0 and
    1) read as percentages with one decimal (5.1%); other float columns are rounded to
    `decimals` places (a number, or a mapping column -> places, 2 for those not named).
    `renumber` replaces the index by 1, 2, 3 ... named "#" (a slice of a sorted table
    otherwise shows the row numbers of the whole table). Text columns are left alone.
    """
    percent = set(percent)
    missing = percent - set(table.columns)
    if missing:
        raise ValueError(f"no column {sorted(missing)} to show as a percentage")
    places = decimals if isinstance(decimals, Mapping) else {}
    default = 2 if isinstance(decimals, Mapping) else decimals
    shown = table.copy()
    for column in table.columns:
        values = table[column]
        if column in percent:
            shown[column] = [_percent(v) for v in values]
        elif pd.api.types.is_bool_dtype(values):
            continue
        elif pd.api.types.is_integer_dtype(values):
            shown[column] = [_number(v, 0) for v in values]
        elif pd.api.types.is_float_dtype(values):
            shown[column] = [_number(v, places.get(column, default)) for v in values]
    if renumber:
        shown.index = pd.RangeIndex(1, len(shown) + 1, name="#")
    return shown


def _percent(value) -> str:
    """Return a share (0.051) as a percentage with one decimal ("5.1%")."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return f"{value:.1%}"


def by_hand(
    checks: Mapping[str, tuple[float | str, float | str]], rel_tol: float = 1e-9
) -> pd.DataFrame:
    """Return a table of values computed by hand beside the library's; raise if any differ.

    `checks` maps a quantity's name to (by hand, library): numbers, compared to `rel_tol` and
    shown to 6 significant digits, or text (a unit), compared exactly. A Theory section that
    stops agreeing with the library stops the notebook, and so `make test`.
    """
    rows = []
    for name, (hand, library) in checks.items():
        if isinstance(hand, str) or isinstance(library, str):
            equal, shown = hand == library, (str(hand), str(library))
        else:
            equal = math.isclose(hand, library, rel_tol=rel_tol, abs_tol=1e-12)
            shown = (f"{hand:.6g}", f"{library:.6g}")
        if not equal:
            raise AssertionError(f"{name}: by hand {hand!r} but the library gives {library!r}")
        rows.append({"quantity": name, "by hand": shown[0], "library": shown[1]})
    return pd.DataFrame(rows).set_index("quantity").assign(equal="yes")
