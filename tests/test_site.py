"""The rendered site: every page loads offline in headless Chromium, shows its tables and
figures, and logs no console error (skipped, with the reason, where no Chromium is installed)."""

import base64
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
