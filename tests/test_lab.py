"""`make lab` starts JupyterLab, as root too (containers run as root), and serves the project's
custom CSS with the shipped CJK font beside it, so Chinese renders without a system CJK font."""

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from lib.paths import project_root

TOKEN = "test-lab-token"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


@pytest.fixture(scope="module")
def lab():
    if shutil.which("make") is None:
        pytest.skip("no make on this machine; `make lab` cannot run")
    port = free_port()
    args = f"--no-browser --port={port} --ServerApp.ip=127.0.0.1 --IdentityProvider.token={TOKEN}"
    process = subprocess.Popen(
        ["make", "-o", ".venv/.installed", "lab", f"LAB_ARGS={args}"],
        cwd=project_root(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, ended whole below
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            if process.poll() is not None:
                output = process.stdout.read().decode(errors="replace")
                pytest.fail(f"make lab exited with {process.returncode}:\n{output[-2000:]}")
            try:
                if fetch(f"{base}/api/status?token={TOKEN}")[0] == 200:
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not answer within 60 s")
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def test_make_lab_starts_jupyterlab_as_whoever_runs_it(lab):
    status, page = fetch(f"{lab}/lab?token={TOKEN}")
    assert status == 200
    assert b"custom/custom.css" in page, "Lab does not load the custom CSS"


def test_make_lab_serves_the_custom_css_with_the_cjk_font_beside_it(lab):
    status, css = fetch(f"{lab}/custom/custom.css?token={TOKEN}")
    assert status == 200 and b'"Noto Sans SC"' in css and b"--jp-code-font-family" in css
    status, font = fetch(f"{lab}/custom/NotoSansSC-Regular.ttf?token={TOKEN}")
    assert status == 200 and len(font) > 1_000_000
