"""The rendered site: every page loads offline in headless Chromium, shows its tables and
figures, and logs no console error (skipped, with the reason, where no Chromium is installed)."""

import base64
import html as html_module
import re
import shutil
import subprocess
import tempfile

import pytest

from lib.publish.site import build_site, notebook_paths

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
# The flags a sandboxed, offline machine needs (no background network, no first-run UI).
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--enable-logging=stderr", "--log-level=0", "--virtual-time-budget=5000",
]  # fmt: skip
CONSOLE_RE = re.compile(r":CONSOLE(?::|\()\d+\)?\] (.*)")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    return out, build_site(out)


def browser() -> str:
    found = next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)
    if found is None:
        pytest.skip(
            "no Chromium on this machine: install Debian's chromium (`apt-get install "
            "chromium`, as .ci/run does) to check the rendered pages in a browser"
        )
    return found


def load(page) -> tuple[str, list[str]]:
    """Return the page's DOM after its scripts ran, and its console messages."""
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [browser(), *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
            capture_output=True, text=True, timeout=120, check=True,
        )  # fmt: skip
    return done.stdout, CONSOLE_RE.findall(done.stderr)


def test_the_site_has_an_index_and_a_page_per_notebook(site):
    out, pages = site
    names = {p.name for p in pages}
    assert names == {"index.html"} | {f"{n.stem}.html" for n in notebook_paths()}
    index = (out / "index.html").read_text(encoding="utf-8")
    for notebook in notebook_paths():
        assert f'href="{notebook.stem}.html"' in index
    assert (out / "fonts" / "NotoSansSC-Regular.ttf").is_file()


def test_pages_link_nothing_on_the_network_and_embed_their_figures(site):
    _, pages = site
    for page in pages:
        html = page.read_text(encoding="utf-8")
        sources = re.findall(r'<(?:script|img|link)[^>]+(?:src|href)="([^"]*)"', html)
        remote = [s for s in sources if re.match(r"(https?:)?//", s)]
        assert remote == [], f"{page.name} loads {remote}"
        for data in re.findall(r'<img[^>]+src="data:image/png;base64,([^"]+)"', html):
            assert base64.b64decode(data).startswith(b"\x89PNG")


def test_every_page_loads_in_chromium_with_tables_images_and_no_console_error(site):
    _, pages = site
    for page in pages:
        dom, console = load(page)
        assert console == [], f"{page.name}: {console}"
        if page.name != "index.html":
            assert "<table" in dom, f"{page.name} shows no table"
            assert "<img" in dom, f"{page.name} shows no figure"
        else:
            assert dom.count("<section>") == len(notebook_paths())


def test_the_console_check_would_catch_an_error(tmp_path):
    page = tmp_path / "bad.html"
    page.write_text("<html><body><script>undefinedFunction();</script></body></html>")
    _, console = load(page)
    assert any("undefinedFunction" in message for message in console)


# Run in the page once its fonts are loaded: list every element whose own text holds CJK but
# whose computed font-family lacks the shipped font, and whether that font loaded at all.
CJK_CHECK = """<script>
document.fonts.ready.then(() => {
  const cjk = /[\\u3400-\\u9fff\\uf900-\\ufaff]/;
  const bare = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const element = walker.currentNode.parentElement;
    if (!cjk.test(walker.currentNode.nodeValue)) continue;
    if (["SCRIPT", "STYLE"].includes(element.tagName)) continue;
    const family = getComputedStyle(element).fontFamily;
    if (!family.includes("Noto Sans SC")) bare.push(element.tagName + "." + element.className);
  }
  const out = document.createElement("pre");
  out.id = "cjk-check";
  out.textContent = JSON.stringify({
    loaded: document.fonts.check('16px "Noto Sans SC"', "成绩单"),
    bare: [...new Set(bare)],
  });
  document.body.appendChild(out);
});
</script>"""


def cjk_check(page, tmp_path) -> dict:
    """Return what CJK_CHECK finds on a copy of `page` (the shipped page is left as built)."""
    import json

    probe = page.parent / f"probe-{page.name}"
    html = page.read_text(encoding="utf-8")
    probe.write_text(html.replace("</body>", CJK_CHECK + "</body>", 1), encoding="utf-8")
    try:
        dom, _ = load(probe)
    finally:
        probe.unlink()
    found = re.search(r'<pre id="cjk-check">(.*?)</pre>', dom, re.S)
    assert found, f"{page.name}: the CJK check did not run"
    return json.loads(html_module.unescape(found.group(1)))


def test_every_element_with_chinese_text_is_given_the_shipped_font_code_included(site, tmp_path):
    _, pages = site
    results = {page.name: cjk_check(page, tmp_path) for page in pages}
    assert [name for name, r in results.items() if not r["loaded"]] == [], "the font did not load"
    bare = {name: r["bare"] for name, r in results.items() if r["bare"]}
    assert bare == {}, f"CJK text in elements not given Noto Sans SC: {bare}"


def test_the_font_check_would_catch_chinese_in_code_without_the_font(tmp_path):
    page = tmp_path / "bare.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><style>@font-face { font-family: "Noto Sans SC"; '
        'src: url("x.ttf"); }</style></head><body><pre>LABEL = "消费券"</pre></body></html>',
        encoding="utf-8",
    )
    assert cjk_check(page, tmp_path)["bare"] == ["PRE."]


def test_every_page_links_to_the_index_and_to_its_neighbours_in_order(site):
    out, _ = site
    names = [f"{n.stem}.html" for n in notebook_paths()]
    for i, name in enumerate(names):
        html = (out / name).read_text(encoding="utf-8")
        assert html.count('<a href="index.html">') == 2, f"{name}: index link top and bottom"
        previous = re.findall(r'<a rel="prev" href="([^"]+)"', html)
        following = re.findall(r'<a rel="next" href="([^"]+)"', html)
        assert previous == ([names[i - 1]] * 2 if i > 0 else []), name
        assert following == ([names[i + 1]] * 2 if i + 1 < len(names) else []), name


def test_page_titles_are_the_notebooks_first_headings_not_file_names(site):
    out, _ = site
    for notebook in notebook_paths():
        html = (out / f"{notebook.stem}.html").read_text(encoding="utf-8")
        title = re.search(r"<title>([^<]*)</title>", html).group(1)
        assert title != notebook.stem
        assert title.startswith(notebook.stem[:2] + " · "), title


def test_index_headings_sit_below_the_page_title_without_permanent_links(site):
    out, _ = site
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.count("<h1") == 1
    assert index.count("<h2") == len(notebook_paths())
    assert "¶" not in index and "&#182;" not in index and "anchor-link" not in index


def test_each_figure_is_described_by_the_sentence_that_introduces_it(site):
    out, _ = site
    for notebook in notebook_paths():
        html = (out / f"{notebook.stem}.html").read_text(encoding="utf-8")
        alts = re.findall(r'<img[^>]*\balt="([^"]*)"', html)
        assert alts, f"{notebook.stem} shows no figure"
        assert not [a for a in alts if "No description" in a or a.endswith(": figure")], alts
        assert all(len(a) > 20 for a in alts), alts


def test_the_introducing_sentence_is_the_first_sentence_without_headings_or_markup():
    from lib.publish.site import introducing_sentence

    cell = "## Rank and frequency\nOn **log-log** axes, `zipf` holds. A page is too small."
    assert introducing_sentence(cell) == "On log-log axes, zipf holds."


def test_no_page_shows_tex_that_only_mathjax_could_render(site):
    # The pages load no MathJax (they stay offline), so formulas are written in plain text.
    _, pages = site
    for page in pages:
        text = re.sub(
            r"<(script|style)[^>]*>.*?</\1>", "", page.read_text(encoding="utf-8"), flags=re.S
        )
        assert "$$" not in text and "\\frac" not in text, f"{page.name} shows raw TeX"
