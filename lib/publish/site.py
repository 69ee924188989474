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
# The shipped font closes every font list, code included: without it a machine with no CJK
# system font draws Chinese in code cells (.highlight pre, code, the editor) as boxes.
CODE_FONTS = 'menlo, consolas, "DejaVu Sans Mono", monospace, "Noto Sans SC"'
FONT_CSS = """<style>
@font-face { font-family: "Noto Sans SC"; src: url("fonts/{font}") format("truetype");
  font-display: block; }
:root { --jp-code-font-family: {code}; --jp-code-font-family-default: {code};
  --jp-content-font-family: "Noto Sans SC", sans-serif;
  --jp-ui-font-family: "Noto Sans SC", sans-serif; }
body, .jp-RenderedHTMLCommon, .jp-RenderedText pre, table, th, td {
  font-family: "Noto Sans SC", sans-serif; }
pre, code, kbd, samp, .highlight pre, .jp-RenderedHTMLCommon code, .cm-editor {
  font-family: {code}; }
nav.pages { display: flex; gap: 1.5rem; justify-content: space-between; margin: 1rem auto;
  padding: 0.5rem 1rem; max-width: 60rem; border-bottom: 1px solid #ccc; }
nav.pages:last-of-type { border-top: 1px solid #ccc; border-bottom: none; }
</style>
""".replace("{code}", CODE_FONTS)
INDEX_CSS = """<style>
body { max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
section { border-top: 1px solid #ccc; padding-top: 0.5rem; margin-top: 1.5rem; }
</style>
"""


def notebook_paths(folder: Path | None = None) -> list[Path]:
    """Return the numbered notebooks of the project, in order."""
    folder = folder or project_root() / "notebooks"
    return sorted(folder.glob("[0-9]*.ipynb"))


_NBCONVERT_ALT = 'alt="No description has been provided for this image"'
_ANCHOR_RE = re.compile(r'<a class="anchor-link"[^>]*>[^<]*</a>')
_MARKUP_RE = re.compile(r"\*\*|\*|`|\[([^\]]*)\]\([^)]*\)")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


def _plain(markdown: str) -> str:
    """Return markdown as one line of plain text: no emphasis, code marks or link targets."""
    text = _MARKUP_RE.sub(lambda m: m.group(1) or "", markdown)
    return " ".join(text.split())


def page_title(notebook, fallback: str) -> str:
    """Return the text of the notebook's first heading (its title), or `fallback`."""
    for cell in notebook.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            if line.startswith("#"):
                return _plain(line.lstrip("#"))
    return fallback


def introducing_sentence(markdown: str) -> str:
    """Return the first sentence of a markdown cell, headings left out, as plain text."""
    body = " ".join(line for line in markdown.splitlines() if not line.startswith("#"))
    text = _plain(body)
    return _SENTENCE_END_RE.split(text, maxsplit=1)[0] if text else ""


def figure_alt_texts(notebook, title: str) -> list[str]:
    """Return one alt text per PNG output, in order: the sentence that introduces the figure."""
    texts, introduction = [], ""
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            introduction = introducing_sentence(cell.source)
        for output in cell.get("outputs", []):
            if "image/png" in output.get("data", {}):
                texts.append(introduction or f"{title}: figure")
    return texts


def _with_alt_texts(body: str, texts: list[str]) -> str:
    """Put each alt text on its image, in order (nbconvert writes a placeholder on every one)."""
    parts = body.split(_NBCONVERT_ALT)
    if len(parts) - 1 != len(texts):
        raise ValueError(f"{len(parts) - 1} images in the page but {len(texts)} PNG outputs")
    alts = [f'alt="{html.escape(text)}"' for text in texts]
    return "".join(part + alt for part, alt in zip(parts, [*alts, ""], strict=True))


def _nav(neighbours: tuple[tuple[str, str] | None, tuple[str, str] | None]) -> str:
    """Return the previous / index / next links; a neighbour is (file name, title) or None."""
    previous, following = neighbours
    previous, following = previous or ("", ""), following or ("", "")
    empty = "<span></span>"  # keeps the index link centred on the first and last page
    before = f'<a rel="prev" href="{previous[0]}">← {html.escape(previous[1])}</a>'
    after = f'<a rel="next" href="{following[0]}">{html.escape(following[1])} →</a>'
    links = [
        before if previous[0] else empty,
        '<a href="index.html">Index of the notebooks</a>',
        after if following[0] else empty,
    ]
    return '<nav class="pages">' + "".join(links) + "</nav>"


def _page_html(notebook, title: str, font: str, nav: str) -> str:
    """Return one notebook as a standalone HTML page that loads nothing from the network."""
    exporter = HTMLExporter(template_name="lab", mathjax_url="", require_js_url="")
    exporter.log.setLevel("ERROR")  # its missing-alt warning: the alt texts are set below
    body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": title}})
    body = _EMPTY_SCRIPT_RE.sub("", body)
    body = _with_alt_texts(body, figure_alt_texts(notebook, title))
    body = _IMG_WITHOUT_ALT_RE.sub(f'<img alt="{html.escape(title)}: figure" ', body)
    body = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + nav, body, count=1)
    body = body.replace("</body>", nav + "</body>", 1)
    return body.replace("</head>", FONT_CSS.replace("{font}", font) + "</head>", 1)


def _summary(notebook) -> str:
    """Return the opening markdown cell as HTML, its headings one level below the index's."""
    first = next((c for c in notebook.cells if c.cell_type == "markdown"), None)
    if first is None:
        return ""
    demoted = re.sub(r"^(#{1,5}) ", r"#\1 ", first.source, flags=re.M)
    return _ANCHOR_RE.sub("", markdown2html_mistune(demoted))


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
    loaded = [nbformat.read(path, as_version=4) for path in notebooks]
    links = [
        (f"{path.stem}.html", page_title(nb, path.stem))
        for path, nb in zip(notebooks, loaded, strict=True)
    ]
    pages, entries = [], []
    for i, notebook in enumerate(loaded):
        name, title = links[i]
        neighbours = (links[i - 1] if i > 0 else None, links[i + 1] if i + 1 < len(links) else None)
        page = out_dir / name
        page.write_text(_page_html(notebook, title, font.name, _nav(neighbours)), encoding="utf-8")
        pages.append(page)
        entries.append(f'<section>{_summary(notebook)}<p><a href="{name}">Read '
                       f"{html.escape(title)}</a></p></section>")  # fmt: skip
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
