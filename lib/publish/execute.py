"""Execute the notebooks top to bottom in a fresh kernel; refuse outputs nbval would reject.

python -m lib.publish.execute notebooks/*.ipynb
    runs each notebook in place (the committed notebooks and results/).
python -m lib.publish.execute --corpus PATH --out DIR [--params 'NAME=VALUE ...'] notebooks/*.ipynb
    runs each notebook on another corpus, writing the executed notebooks to DIR/notebooks/ and
    tables and figures to DIR/tables/ and DIR/figures/; the committed notebooks are left
    untouched. VALUE is read as YAML (true, null, [2024, 2025], "text", [two words, three]).

Everything is checked before the first notebook runs: the parameters (names, kinds, ranges),
the output folder (not the project, writable, not in use). Notebooks that read the national
archive (an `ARCHIVE =` parameter) are skipped, with one line saying how to get it, when it is
absent. A failure ends with one line naming the notebook, the cell and the error; Ctrl-C stops
the run at once (exit status 130).
"""

from __future__ import annotations

import argparse
import re
import signal
import sys

if __name__ == "__main__":  # Ctrl-C while the imports below load: stop quietly, status 130
    signal.signal(signal.SIGINT, lambda *_: sys.exit(130))
import tempfile
import threading
import time
from pathlib import Path

import nbformat
import yaml
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from lib.paths import archive_missing
from lib.publish.parameters import (
    ParameterError,
    check_parameters,
    declared_parameters,
    reads_archive,
)
from lib.publish.results import UnsafeOutputError, atomic_write
from lib.publish.run_folder import RunRefused, open_out, open_project

# Errors whose message is the whole story for a user: shown as one line, without traceback.
USER_ERRORS = (
    "CorpusError",
    "UnsafeOutputError",
    "ParameterError",
    "PermissionError",
    "FileNotFoundError",
    "IsADirectoryError",
    "NotADirectoryError",
    "OSError",
)
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class NotebookFailed(RuntimeError):
    """A notebook stopped with an error; the message is one line naming notebook, cell, error."""


def stderr_outputs(notebook) -> list[str]:
    """Return 'cell N: text' for every stderr stream or error output in an executed notebook."""
    found = []
    for index, cell in enumerate(notebook.cells):
        for output in cell.get("outputs", []):
            if output.get("name") == "stderr" or output.get("output_type") == "error":
                text = output.get("text") or output.get("evalue", "")
                found.append(f"cell {index}: {str(text)[:200]}")
    return found


def one_line(text: str) -> str:
    """Return the first line of a warning, without the kernel's temporary file name."""
    first = next((line for line in _ANSI.sub("", text).splitlines() if line.strip()), "")
    return re.sub(r"/\S*/ipykernel_\d+/\d+\.py:\d+: ", "", first).strip()


def inject_parameters(notebook, parameters: dict) -> None:
    """Insert a cell setting `parameters` after the `parameters` cell (papermill's convention)."""
    if not parameters:
        return
    lines = ["# Parameters given to the run"] + [f"{k} = {v!r}" for k, v in parameters.items()]
    cell = nbformat.v4.new_code_cell("\n".join(lines))
    cell.id = "injected-parameters"  # a fixed id, so the executed notebook is reproducible
    cell.metadata["tags"] = ["injected-parameters"]
    tagged = [i for i, c in enumerate(notebook.cells) if "parameters" in c.metadata.get("tags", [])]
    notebook.cells.insert(tagged[0] + 1 if tagged else 0, cell)


def run_notebook(notebook, cwd: Path, timeout: int = 1800) -> None:
    """Execute `notebook` in a fresh python3 kernel run from `cwd`; Ctrl-C stops it at once.

    The kernel talks over local sockets (IPC), not TCP, so it has nothing to warn about. The
    notebook runs in a worker thread because nbclient, in the main thread, takes SIGINT for
    itself and lets the run go on; here Ctrl-C reaches this thread, which kills the kernel.
    """
    with tempfile.TemporaryDirectory(prefix="chengjidan-kernel-") as sockets:
        client = NotebookClient(
            notebook,
            timeout=timeout,
            kernel_name="python3",
            record_timing=False,  # timings would make every run differ
            resources={"metadata": {"path": str(cwd)}},
        )
        client.km = client.create_kernel_manager()
        client.km.transport = "ipc"
        client.km.ip = str(Path(sockets) / "kernel")
        failure: list[BaseException] = []

        def work() -> None:
            try:
                client.execute()
            except BaseException as error:  # handed to the main thread
                failure.append(error)

        worker = threading.Thread(target=work, name="notebook", daemon=True)
        worker.start()
        try:
            while worker.is_alive():
                worker.join(0.2)
        except KeyboardInterrupt:
            _kill_kernel(client)
            worker.join(10)
            raise
        if failure:
            raise failure[0]


def _kill_kernel(client: NotebookClient) -> None:
    """Kill the client's kernel process, if it has started."""
    process = getattr(getattr(client.km, "provisioner", None), "process", None)
    if process is not None and process.poll() is None:
        process.kill()


def failure_line(name: str, notebook, error: BaseException) -> str:
    """Return one line: the notebook, the cell that failed, the error's type and message."""
    cell = next(
        (
            i
            for i, c in enumerate(notebook.cells)
            if any(o.get("output_type") == "error" for o in c.get("outputs", []))
        ),
        None,
    )
    where = f"{name}, cell {cell}" if cell is not None else name
    if isinstance(error, CellExecutionError):
        message = f"{error.ename}: {error.evalue}"
    else:
        message = f"{type(error).__name__}: {error}"
    message = " ".join(_ANSI.sub("", message).split())
    return f"{where}: {message}"


def execute(path: Path, parameters: dict, target: Path, strict: bool) -> list[str]:
    """Run the notebook at `path` with `parameters`, write it to `target`; return its warnings.

    `strict` (the committed notebooks): any warning or error in the outputs stops the run,
    since nbval would reject it. Otherwise warnings are returned, to be shown to the user.
    On failure the executed notebook is still written (it holds the traceback) unless it is
    the committed one, and NotebookFailed carries one line saying what failed.
    """
    notebook = nbformat.read(path, as_version=4)
    inject_parameters(notebook, parameters)
    try:
        run_notebook(notebook, path.parent)
    except (CellExecutionError, RuntimeError, OSError) as error:  # DeadKernelError too
        line = failure_line(path.name, notebook, error)
        if not strict:
            atomic_write(target, lambda part: nbformat.write(notebook, str(part)))
            line += f" (the traceback is in {target})"
        elif isinstance(error, CellExecutionError) and error.ename not in USER_ERRORS:
            print(_ANSI.sub("", error.traceback), file=sys.stderr)
        raise NotebookFailed(line) from None
    problems = stderr_outputs(notebook)
    if strict and problems:
        raise NotebookFailed(f"{path}: outputs hold warnings or errors: " + "; ".join(problems))
    atomic_write(target, lambda part: nbformat.write(notebook, str(part)))
    return problems


def parse_parameter(text: str) -> tuple[str, object]:
    """Return (name, value) of a NAME=VALUE argument, the value read as YAML."""
    name, sep, value = text.partition("=")
    if not sep or not name.isidentifier():
        raise ParameterError(f"{text!r}: write NAME=VALUE, e.g. TO_SIMPLIFIED=true")
    try:
        return name, yaml.safe_load(value)
    except yaml.YAMLError as error:
        problem = " ".join(str(getattr(error, "problem", error)).split())
        raise ParameterError(f"{text!r}: the value is not valid YAML ({problem})") from None


def split_parameters(text: str) -> list[str]:
    """Split PARAMS into NAME=VALUE items: at spaces before a NAME=, so values keep theirs."""
    text = text.strip()
    return re.split(r"\s+(?=[A-Za-z_][A-Za-z0-9_]*=)", text) if text else []


def plan(notebooks: list[Path], given: dict, corpus_run: bool) -> tuple[dict, list[Path]]:
    """Return (parameters per notebook, notebooks skipped for want of the archive); check all."""
    per_notebook = check_parameters(given, notebooks)
    if corpus_run:
        lacking = [p.name for p in notebooks if "OUT" not in _declared_names(p)]
        if lacking:
            raise ParameterError(
                f"{', '.join(lacking)} take no OUT parameter: on another corpus they would "
                "write into results/; give them `OUT = None` in their parameters cell"
            )
    skipped = [
        p for p in notebooks if reads_archive(p) and archive_missing(per_notebook[p].get("ARCHIVE"))
    ]
    return per_notebook, skipped


def _declared_names(path: Path) -> set[str]:
    return set(declared_parameters(path))


def run(notebooks: list[Path], corpus: str, out: str, params: list[str]) -> None:
    """Check everything, then execute the notebooks in order, one progress line each."""
    given = dict(parse_parameter(p) for p in params)
    if given and not corpus:
        raise ParameterError(
            "PARAMS applies to a run on another corpus (make run CORPUS=... OUT=... PARAMS=...); "
            "the committed notebooks run with the parameters they hold"
        )
    per_notebook, skipped = plan(notebooks, given, corpus_run=bool(corpus))
    if corpus:
        corpus_path, out_path = Path(corpus).resolve(), Path(out).resolve()
        held = open_out(out_path, corpus_path)
    else:
        held = open_project()
    if skipped:
        archive = per_notebook[skipped[0]].get("ARCHIVE")
        names = ", ".join(p.name for p in skipped)
        print(f"skipping {names}: {archive_missing(archive)}", flush=True)
    try:
        for path in notebooks:
            if path in skipped:
                continue
            parameters = per_notebook[path]
            target = path
            if corpus:
                declared = _declared_names(path)
                run_values = {"CORPUS": str(corpus_path), "OUT": str(out_path)}
                parameters = {k: v for k, v in run_values.items() if k in declared} | parameters
                target = out_path / "notebooks" / path.name
            print(f"{path.name} ...", end="", flush=True)
            start = time.monotonic()
            try:
                warnings = execute(path, parameters, target, strict=not corpus)
            except BaseException:
                print(" stopped", flush=True)
                raise
            print(f" {time.monotonic() - start:.1f} s", flush=True)  # to the terminal only
            for warning in warnings:
                print(f"  warning in {path.name}, {one_line(warning)}", flush=True)
    finally:
        held.close()


def main(argv: list[str]) -> None:
    """Execute the notebooks named on the command line, in order; exit non-zero on failure."""
    parser = argparse.ArgumentParser(prog="python -m lib.publish.execute", description=__doc__)
    parser.add_argument("notebooks", nargs="+", type=Path)
    parser.add_argument("--corpus", default="", help="run on this corpus instead of corpus/")
    parser.add_argument("--out", default="", help="folder for the executed notebooks and results")
    parser.add_argument("--params", default="", help="'NAME=VALUE ...' (YAML values)")
    parser.add_argument("--param", action="append", default=[], help="one NAME=VALUE")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # from here Ctrl-C is handled below
    if bool(args.corpus) != bool(args.out):
        parser.error("give --corpus and --out together, e.g. `make run CORPUS=path OUT=dir`")
    if args.corpus and not Path(args.corpus).exists():
        parser.error(f"--corpus {args.corpus}: no such file or folder")
    try:
        run(args.notebooks, args.corpus, args.out, split_parameters(args.params) + args.param)
    except (ParameterError, RunRefused, UnsafeOutputError, NotebookFailed) as error:
        print(f"make run stopped: {error}", file=sys.stderr)
        raise SystemExit(1) from None
    except OSError as error:
        print(f"make run stopped: {error}", file=sys.stderr)
        raise SystemExit(1) from None
    except KeyboardInterrupt:
        print(
            "\nmake run interrupted: the notebook that was running was not saved", file=sys.stderr
        )
        raise SystemExit(130) from None


if __name__ == "__main__":
    main(sys.argv[1:])
