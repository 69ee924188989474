"""pyproject.toml (pip path) and environment.yml (conda/Binder path) install the same packages."""

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENT_RE = re.compile(r"^\s*([A-Za-z0-9_.-]+)(\[[^\]]*\])?\s*(.*)$")


def _parse(requirement: str) -> tuple[str, set[str], str]:
    name, extras, spec = REQUIREMENT_RE.match(requirement).groups()
    extra_names = set(extras.strip("[]").split(",")) if extras else set()
    return name.lower().replace("_", "-"), extra_names, spec.replace(" ", "")


def pip_requirements() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    out = {}
    for requirement in project["dependencies"]:
        name, extras, spec = _parse(requirement)
        out[name] = spec
        for extra in extras:  # dask[distributed] installs distributed with the same range
            out[extra] = spec
    return out


def conda_requirements() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    out = {}
    for entry in env["dependencies"]:
        items = entry["pip"] if isinstance(entry, dict) else [entry]
        for item in items:
            if item.startswith("-e") or item.split("=")[0] in ("python", "pip"):
                continue
            name, _, spec = _parse(
                item.replace("=0.42.1", "==0.42.1")
                if "==" not in item and re.search(r"[^<>=!]=\d", item)
                else item
            )
            out[name] = spec
    return out


def test_environment_yml_lists_the_same_packages_as_pyproject():
    pip, conda = pip_requirements(), conda_requirements()
    assert sorted(set(pip) - set(conda)) == [], "in pyproject.toml but not environment.yml"
    assert sorted(set(conda) - set(pip)) == [], "in environment.yml but not pyproject.toml"


def test_environment_yml_uses_the_same_version_ranges_as_pyproject():
    pip, conda = pip_requirements(), conda_requirements()
    differ = {n: (pip[n], conda[n]) for n in pip if n in conda and pip[n] != conda[n]}
    assert differ == {}


def test_environment_yml_pins_python_311_from_conda_forge():
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert "python=3.11" in env["dependencies"]
    assert env["channels"] == ["conda-forge"]
