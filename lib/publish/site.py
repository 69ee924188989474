"""Build the static site: one HTML page per executed notebook and an index, fully offline.

nbconvert (its "lab" template) renders the committed notebooks with their stored outputs; no
code runs and nothing is fetched at build time or read from the network when a page is opened:
MathJax and require.js (which the notebooks do not use) are not linked, figures are embedded
as data URIs, and the CJK font (Noto Sans SC from the zhplot package, SIL Open Font License)
is copied next to the pages so that Chinese text renders on a machine without Chinese fonts.

Usage: python -m lib.publish.site [OUT_DIR]   (default: _site/)
"""

from __future__ import annotations

import html
import re
import shutil
import sys
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter
from nbconvert.filters.markdown_mistune import markdown2html_mistune

from lib.paths import project_root
from lib.publish.fonts import cjk_font_path

# An empty script src (left where MathJax and require.js would be linked) makes a browser
# report an error for each; such tags are dropped from the pages.
_EMPTY_SCRIPT_RE = re.compile(r'<script src="">\s*</script>')
_IMG_WITHOUT_ALT_RE = re.compile(r"<img (?![^>]*\balt=)")
FONT_CSS = """<style>
@font-face { font-family: "Noto Sans SC"; src: url("fonts/{font}") format("truetype");
  font-display: block; }
body, .jp-RenderedHTMLCommon, .jp-RenderedText pre, table, th, td {
  font-family: "Noto Sans SC", sans-serif; }
</style>
"""
INDEX_CSS = """<style>
body { max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
section { border-top: 1px solid #ccc; padding-top: 0.5rem; margin-top: 1.5rem; }
</style>
"""


def notebook_paths(folder: Path | None = None) -> list[Path]:
    """Return the numbered notebooks of the project, in order."""
    folder = folder or project_root() / "notebooks"
    return sorted(folder.glob("[0-9]*.ipynb"))


def _page_html(notebook, title: str, font: str) -> str:
    """Return one notebook as a standalone HTML page that loads nothing from the network."""
    exporter = HTMLExporter(template_name="lab", mathjax_url="", require_js_url="")
    body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": title}})
    body = _EMPTY_SCRIPT_RE.sub("", body)
    body = _IMG_WITHOUT_ALT_RE.sub(f'<img alt="{html.escape(title)}: figure" ', body)
    return body.replace("</head>", FONT_CSS.replace("{font}", font) + "</head>", 1)


def _summary(notebook) -> str:
    """Return the notebook's opening markdown cell (title, question, products) as HTML."""
    first = next((c for c in notebook.cells if c.cell_type == "markdown"), None)
    return markdown2html_mistune(first.source) if first else ""


def build_site(out_dir: Path, notebooks: list[Path] | None = None) -> list[Path]:
    """Write the pages, the index and the font under `out_dir`; return the pages written."""
    notebooks = notebooks if notebooks is not None else notebook_paths()
    if not notebooks:
        raise ValueError("no notebooks to build a site from; run `make run` first")
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "fonts").mkdir(exist_ok=True)
    font = cjk_font_path()
    shutil.copyfile(font, out_dir / "fonts" / font.name)
    shutil.copyfile(font.parent / "OFL.txt", out_dir / "fonts" / "OFL.txt")
    pages, entries = [], []
    for path in notebooks:
        notebook = nbformat.read(path, as_version=4)
        page = out_dir / f"{path.stem}.html"
        page.write_text(_page_html(notebook, path.stem, font.name), encoding="utf-8")
        pages.append(page)
        entries.append(f'<section>{_summary(notebook)}<p><a href="{page.name}">Read '
                       f"{html.escape(path.stem)}</a></p></section>")  # fmt: skip
    index = out_dir / "index.html"
    index.write_text(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>成绩单 notebooks</title>"
        + FONT_CSS.replace("{font}", font.name)
        + INDEX_CSS
        + "</head><body><h1>成绩单 · Studying Chinese municipal-achievement reporting</h1>"
        "<p>Each notebook asks one question of the corpus and answers it with tables and "
        "figures. They are shown here with the outputs stored in the repository.</p>"
        + "\n".join(entries)
        + "</body></html>\n",
        encoding="utf-8",
    )
    return [index, *pages]


def main(argv: list[str]) -> None:
    """Build the site into the folder given on the command line (default _site/)."""
    out_dir = Path(argv[0]) if argv else project_root() / "_site"
    for page in build_site(out_dir):
        print(f"wrote {page}")


if __name__ == "__main__":
    main(sys.argv[1:])
