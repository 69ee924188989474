"""The notebooks' parameters: read from each `parameters` cell, and checked before a run starts.

A notebook's parameters cell is the one declaration of what it takes: each line
`NAME = default  # comment`. A value given on the command line must name a parameter of some
notebook, and must have the kind of its default (a number where the default is a number, a
list where it is a list ...), so a typo or `KS=abc` is refused before the first notebook runs,
not in the fourth. Only what a default cannot say (the engines that exist, a pair of names,
counts that must be positive) is declared here, in RULES.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import NamedTuple

import nbformat

from lib.words.segment import ENGINES

_NO_DEFAULT = object()  # a default that is not a literal (an expression): its kind is not checked
_ARCHIVE_LINE = re.compile(r"^ARCHIVE\s*=", re.MULTILINE)


class ParameterError(ValueError):
    """A parameter given on the command line that no notebook takes, or a value it cannot take."""


class Parameter(NamedTuple):
    """One line of a parameters cell: the name, the default's value and source, the comment."""

    name: str
    default: object
    source: str
    comment: str


def parameters_source(path: str | Path) -> str:
    """Return the source of the notebook's cell tagged `parameters` ("" if it has none)."""
    notebook = nbformat.read(str(path), as_version=4)
    for cell in notebook.cells:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            return cell.source
    return ""


def reads_archive(path: str | Path) -> bool:
    """Return whether the notebook reads the national archive: its parameters set `ARCHIVE =`."""
    return bool(_ARCHIVE_LINE.search(parameters_source(path)))


def declared_parameters(path: str | Path) -> dict[str, Parameter]:
    """Return the notebook's parameters by name, in the order its parameters cell sets them."""
    source = parameters_source(path)
    lines = source.splitlines()
    found = {}
    for node in ast.parse(source).body:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
            continue
        target = node.targets[0]
        if not isinstance(target, ast.Name):
            continue
        last = lines[node.end_lineno - 1]
        comment = last.split("#", 1)[1].strip() if "#" in last[node.end_col_offset :] else ""
        found[target.id] = Parameter(
            target.id, _evaluate(node.value), ast.get_source_segment(source, node.value), comment
        )
    return found


def _evaluate(expression: ast.expr) -> object:
    """Return the value of a literal default, `range(...)` as a list; else _NO_DEFAULT."""
    try:
        return ast.literal_eval(expression)
    except ValueError:
        pass
    if (
        isinstance(expression, ast.Call)
        and isinstance(expression.func, ast.Name)
        and expression.func.id == "range"
    ):
        try:
            return list(range(*(ast.literal_eval(a) for a in expression.args)))
        except (ValueError, TypeError):
            return _NO_DEFAULT
    return _NO_DEFAULT


# What a default cannot say. The topic units are those lib.topics.documents accepts. "like"
# gives the kind of value a parameter takes when its default is None ("chosen by the notebook
# from the corpus"): null is accepted, anything else is checked as if that were the default.
RULES: dict[str, dict] = {
    "ENGINE": {"choices": ENGINES},
    "UNIT": {"choices": ("sentence", "para")},
    "GROUP_NAMES": {"length": 2, "like": ["group A", "the rest"]},
    "GROUP_A": {"like": ["a value"]},
    "COMPARE_COLUMN": {"like": "article_id"},
    "KS": {"minimum": 1, "like": [2, 3, 4]},
    "SEEDS": {"like": [0, 1]},
    "MINIBATCH": {"like": False},
    "TOPIC_LABELS": {"like": {}},
}
# Given by `make run CORPUS=... OUT=...`, not by PARAMS.
SET_BY_THE_RUN = ("CORPUS", "OUT")


def check_value(parameter: Parameter, value: object) -> str:
    """Return what is wrong with `value` for `parameter` (one line), or "" when it fits."""
    default, rule = parameter.default, RULES.get(parameter.name, {})
    if default is None and value is None:
        return ""  # null: the notebook chooses
    if default is None and "like" in rule:
        default = rule["like"]
        parameter = parameter._replace(default=default)
    wanted = f"{parameter.name} takes {_kind(default)} (default {parameter.source})"
    if "choices" in rule and value not in rule["choices"]:
        return f"{parameter.name}={value!r}: choose one of {', '.join(rule['choices'])}"
    if default is None or default is _NO_DEFAULT:
        return ""  # None means "chosen by the notebook"; the comment says what else it takes
    if isinstance(default, bool):
        return "" if isinstance(value, bool) else f"{parameter.name}={value!r}: {wanted}"
    if isinstance(default, (int, float)):
        if not _is_number(value, integer=isinstance(default, int)):
            return f"{parameter.name}={value!r}: {wanted}"
        return _range_problem(parameter, [value], rule)
    if isinstance(default, str):
        return "" if isinstance(value, str) else f"{parameter.name}={value!r}: {wanted}"
    if isinstance(default, (list, tuple)):
        return _list_problem(parameter, value, rule, wanted)
    if isinstance(default, dict):
        ok = value is None or isinstance(value, dict)
        return "" if ok else f"{parameter.name}={value!r}: {wanted} or null"
    return ""


def _list_problem(parameter: Parameter, value: object, rule: dict, wanted: str) -> str:
    """Return what is wrong with a value for a list parameter, or ""."""
    default = parameter.default
    numbers = bool(default) and all(_is_number(v, integer=True) for v in default)
    if not isinstance(value, list):
        # One value stands for a group of one (GROUP_A=2024), never for a list of numbers.
        scalar = isinstance(value, (str, int, float)) and not isinstance(value, bool)
        return "" if scalar and not numbers else f"{parameter.name}={value!r}: {wanted}"
    if "length" in rule and len(value) != rule["length"]:
        return f"{parameter.name}={value!r}: give {rule['length']} values, e.g. {default!r}"
    if numbers:
        if not value or not all(_is_number(v, integer=True) for v in value):
            return f"{parameter.name}={value!r}: {wanted}"
        return _range_problem(parameter, value, rule)
    if not all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in value):
        return f"{parameter.name}={value!r}: {wanted}"
    return ""


def _range_problem(parameter: Parameter, values: list, rule: dict) -> str:
    """Return a line if a number is below the minimum: the rule's, else that of the default."""
    default = parameter.default
    defaults = list(default) if isinstance(default, (list, tuple)) else [default]
    # A positive default is a count or a size (TOP_N, MIN_DF, K): it stays positive.
    minimum = rule.get("minimum", 1 if min(defaults) >= 1 else 0 if min(defaults) >= 0 else None)
    low = [v for v in values if minimum is not None and v < minimum]
    if low:
        return f"{parameter.name}={low[0]!r}: must be at least {minimum}"
    return ""


def _is_number(value: object, integer: bool) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) if integer else isinstance(value, (int, float))


def _kind(default: object) -> str:
    """Return the kind of value a default stands for, in words."""
    if isinstance(default, bool):
        return "true or false"
    if isinstance(default, int):
        return "a whole number"
    if isinstance(default, float):
        return "a number"
    if isinstance(default, str):
        return "text"
    if isinstance(default, (list, tuple)):
        if default and all(_is_number(v, integer=True) for v in default):
            return "a list of whole numbers, e.g. [3, 5, 7]"
        return "a list, e.g. [a, b]"
    if isinstance(default, dict):
        return "a mapping, e.g. {0: label}"
    return "a value"


def check_parameters(given: dict, notebooks: list[Path]) -> dict[Path, dict]:
    """Return, per notebook, the given parameters it takes; raise ParameterError on any problem.

    Every problem is found before anything runs: names no notebook takes (a typo), values of
    the wrong kind or out of range, and CORPUS or OUT given as parameters.
    """
    declared = {path: declared_parameters(path) for path in notebooks}
    known = {name: p for params in declared.values() for name, p in params.items()}
    problems = []
    for name, value in given.items():
        if name in SET_BY_THE_RUN:
            problems.append(f"{name} is set by the run: write `make run {name}=...`, not PARAMS")
        elif name not in known:
            names = ", ".join(sorted(n for n in known if n not in SET_BY_THE_RUN))
            problems.append(f"no notebook takes a parameter {name}; the parameters are: {names}")
        else:
            problems.append(check_value(known[name], value))
    problems = [p for p in problems if p]
    if problems:
        raise ParameterError("; ".join(problems))
    return {
        path: {name: value for name, value in given.items() if name in params}
        for path, params in declared.items()
    }
