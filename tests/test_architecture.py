"""The flow of lib: every import runs with the flow of data, never against it.

load <- words <- topics; load <- quantities; bulk may use load and words; publish may use
everything; the helpers tables, paths and errors may be used by all and use only each
other. Nothing but publish imports publish. Imports are read with `ast` from every
lib/**/*.py, including those inside functions.
"""

import ast

import pytest

from lib.paths import project_root

HELPERS = "helpers"  # lib/tables.py, lib/paths.py, lib/errors.py, lib/files.py, lib/__init__.py
# What each part of lib may import, besides itself and the helpers.
MAY_IMPORT = {
    HELPERS: set(),
    "load": set(),
    "words": {"load"},
    "topics": {"load", "words"},
    "quantities": {"load"},
    "bulk": {"load", "words"},
    "publish": {"load", "words", "topics", "quantities", "bulk"},
}
HELPER_MODULES = {"lib", "lib.tables", "lib.paths", "lib.errors", "lib.files"}


def part_of(module: str) -> str | None:
    """Return the part of lib a module belongs to, or None when it is not in lib."""
    if module != "lib" and not module.startswith("lib."):
        return None
    if module in HELPER_MODULES:
        return HELPERS
    return module.split(".")[1]


def imported_modules(module: str, source: str, is_package: bool = False) -> list[str]:
    """Return the modules a module's source imports (relative imports resolved)."""
    package = module if is_package else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parent + ([base] if base else []))
            # `from lib import tables` imports the module lib.tables, not the package lib.
            found += [f"{base}.{alias.name}" for alias in node.names] if base == "lib" else [base]
    return found


def flow_violations(sources: dict[str, str]) -> list[str]:
    """Return one message per import in `sources` ({module: source}) that runs against the flow."""
    problems = []
    for module, source in sorted(sources.items()):
        own = part_of(module)
        if own not in MAY_IMPORT:
            problems.append(
                f"{module}: lib.{own} is not a part of the flow; put the module in one of "
                f"{sorted(p for p in MAY_IMPORT if p != HELPERS)} or add the part to MAY_IMPORT "
                "in tests/test_architecture.py, saying what it may import"
            )
            continue
        allowed = {own, HELPERS} | MAY_IMPORT[own]
        is_package = module == "lib" or (module.count(".") == 1 and own != HELPERS)
        for target in imported_modules(module, source, is_package):
            other = part_of(target)
            if other is not None and other not in allowed:
                problems.append(
                    f"{module} imports {target}: lib.{own} may import only "
                    f"{sorted(allowed)}; move the shared code down the flow (generic table "
                    "helpers go to lib/tables.py)"
                )
    return problems


def lib_sources() -> dict[str, str]:
    """Return {module name: source} of every module of lib."""
    root = project_root()
    sources = {}
    for path in sorted((root / "lib").rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        sources[".".join(parts)] = path.read_text(encoding="utf-8")
    return sources


def test_every_import_in_lib_runs_with_the_flow():
    sources = lib_sources()
    assert len(sources) > 30  # the walk found lib
    assert flow_violations(sources) == []


@pytest.mark.parametrize(
    ("module", "source", "target"),
    [
        ("lib.load.corpus", "from lib.words.segment import is_word", "lib.words.segment"),
        ("lib.words.keyness", "import lib.publish.plots", "lib.publish.plots"),
        (
            "lib.quantities.indicators",
            "def f():\n    from lib.words import segment\n",
            "lib.words",
        ),
        ("lib.topics.documents", "from lib import bulk", "lib.bulk"),
        ("lib.bulk.counting", "from ..topics import models", "lib.topics"),
        ("lib.tables", "from lib.load.corpus import load_corpus", "lib.load.corpus"),
    ],
)
def test_an_import_against_the_flow_is_reported(module, source, target):
    problems = flow_violations({module: source})
    assert len(problems) == 1 and problems[0].startswith(f"{module} imports {target}:")


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("lib.topics.models", "from lib.words.segment import is_word\nfrom lib.load import corpus"),
        (
            "lib.bulk.cache",
            "from lib.words.dictionary import USER_DICTIONARY\nfrom .. import paths",
        ),
        (
            "lib.publish.plots",
            "from lib.topics import models\nfrom lib.quantities import indicators",
        ),
        ("lib.words.frequency", "from lib import tables\nimport pandas as pd"),
    ],
)
def test_an_import_with_the_flow_is_not_reported(module, source):
    assert flow_violations({module: source}) == []


def test_a_module_outside_the_known_parts_is_reported_until_it_is_placed():
    problems = flow_violations({"lib.figures.targets": "import re"})
    assert len(problems) == 1 and "not a part of the flow" in problems[0]
