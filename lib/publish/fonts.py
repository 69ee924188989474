"""The CJK font: found in the zhplot pip package, never taken from the system by accident."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

FONT_PACKAGE = "zhplot"
FONT_FILE = "NotoSansSC-Regular.ttf"  # Noto Sans SC, SIL Open Font License 1.1


@lru_cache(maxsize=1)
def cjk_font_path() -> Path:
    """Return the path of Noto Sans SC shipped by the zhplot package.

    The package is located without importing it: importing zhplot changes matplotlib's
    global settings as a side effect.
    """
    spec = importlib.util.find_spec(FONT_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            f"the CJK font package {FONT_PACKAGE!r} is not installed; run `make install` "
            f"(or `pip install {FONT_PACKAGE}`) so that Chinese renders in figures"
        )
    path = Path(list(spec.submodule_search_locations)[0]) / "fonts" / FONT_FILE
    if not path.is_file():
        raise RuntimeError(f"{path} is missing from the {FONT_PACKAGE} package; reinstall it")
    return path


@lru_cache(maxsize=1)
def font_codepoints() -> frozenset[int]:
    """Return the set of code points the CJK font has a glyph for."""
    from fontTools.ttLib import TTFont

    with TTFont(cjk_font_path(), lazy=True) as font:
        return frozenset(font.getBestCmap())


def missing_glyphs(text: str) -> list[str]:
    """Return the distinct non-space characters of `text` that the CJK font cannot draw."""
    have = font_codepoints()
    return sorted({ch for ch in text if not ch.isspace() and ord(ch) not in have})


@lru_cache(maxsize=1)
def use_cjk_font() -> str:
    """Register the CJK font with matplotlib, make it the default family, return its name."""
    import matplotlib as mpl
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(cjk_font_path()))
    name = font_manager.FontProperties(fname=str(cjk_font_path())).get_name()
    mpl.rcParams["font.family"] = "sans-serif"
    mpl.rcParams["font.sans-serif"] = [name]
    mpl.rcParams["axes.unicode_minus"] = False  # the font's minus sign is fine, but be safe
    # Fixed metadata keeps saved PNG/SVG files byte-identical from run to run.
    mpl.rcParams["svg.hashsalt"] = "chengjidan"
    return name
