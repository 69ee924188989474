"""Execute the notebooks top to bottom in a fresh kernel; refuse outputs nbval would reject.

python -m lib.publish.execute notebooks/*.ipynb
    runs each notebook in place (the committed notebooks and results/).
python -m lib.publish.execute --corpus PATH --out DIR [--param NAME=VALUE ...] notebooks/*.ipynb
    runs each notebook on another corpus with papermill, writing the executed notebooks to
    DIR/notebooks/ and tables and figures to DIR/tables/ and DIR/figures/; the committed
    notebooks are left untouched. VALUE is read as YAML (true, null, [2024, 2025], "text").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat
import yaml
from nbclient import NotebookClient

from lib.paths import project_root


def stderr_outputs(notebook) -> list[str]:
    """Return 'cell N: text' for every stderr stream or error output in an executed notebook."""
    found = []
    for index, cell in enumerate(notebook.cells):
        for output in cell.get("outputs", []):
            if output.get("name") == "stderr" or output.get("output_type") == "error":
                text = output.get("text") or output.get("evalue", "")
                found.append(f"cell {index}: {str(text)[:200]}")
    return found


def _refuse_stderr(notebook, path: Path) -> None:
    problems = stderr_outputs(notebook)
    if problems:
        raise SystemExit(f"{path}: outputs hold warnings or errors:\n" + "\n".join(problems))


def execute_notebook(path: Path, timeout: int = 1800) -> None:
    """Run the notebook at `path` in a fresh python3 kernel and save it with its outputs."""
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=timeout,
        kernel_name="python3",
        record_timing=False,  # timings would make every run differ
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    _refuse_stderr(notebook, path)
    nbformat.write(notebook, path)


def execute_on_corpus(path: Path, corpus: Path, out: Path, parameters: dict) -> Path:
    """Run the notebook at `path` on `corpus` with papermill; return the executed copy's path."""
    import papermill

    target = out / "notebooks" / path.name
    target.parent.mkdir(parents=True, exist_ok=True)
    papermill.execute_notebook(
        str(path),
        str(target),
        parameters={**parameters, "CORPUS": str(corpus), "OUT": str(out)},
        cwd=str(path.parent),
        kernel_name="python3",
        progress_bar=False,
    )
    _refuse_stderr(nbformat.read(target, as_version=4), target)
    return target


def parse_parameter(text: str) -> tuple[str, object]:
    """Return (name, value) of a NAME=VALUE argument, the value read as YAML."""
    name, sep, value = text.partition("=")
    if not sep or not name.isidentifier():
        raise SystemExit(f"--param {text!r}: write NAME=VALUE, e.g. TO_SIMPLIFIED=true")
    return name, yaml.safe_load(value)


def main(argv: list[str]) -> None:
    """Execute the notebooks named on the command line, in order."""
    parser = argparse.ArgumentParser(prog="python -m lib.publish.execute", description=__doc__)
    parser.add_argument("notebooks", nargs="+", type=Path)
    parser.add_argument("--corpus", help="run on this corpus instead of corpus/")
    parser.add_argument("--out", help="folder for the executed notebooks and results")
    parser.add_argument("--param", action="append", default=[], help="NAME=VALUE (YAML value)")
    args = parser.parse_args(argv)
    if bool(args.corpus) != bool(args.out):
        parser.error("give --corpus and --out together, e.g. `make run CORPUS=path OUT=dir`")
    if args.corpus and not Path(args.corpus).exists():
        parser.error(f"--corpus {args.corpus}: no such file or folder")
    if args.out and Path(args.out).resolve() in (project_root(), project_root() / "notebooks"):
        parser.error(
            f"--out {args.out}: choose a folder of its own; the committed notebooks "
            "and results/ must stay untouched"
        )
    parameters = dict(parse_parameter(p) for p in args.param)
    for path in args.notebooks:
        print(f"executing {path}", flush=True)
        if args.corpus:
            corpus, out = Path(args.corpus).resolve(), Path(args.out).resolve()
            done = execute_on_corpus(path, corpus, out, parameters)
            print(f"  wrote {done}", flush=True)
        else:
            execute_notebook(path)


if __name__ == "__main__":
    main(sys.argv[1:])
