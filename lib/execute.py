"""Execute notebooks top to bottom in a fresh kernel, in place; refuse outputs nbval would reject.

Usage: python -m lib.execute notebooks/01_corpus.ipynb [...]
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient


def stderr_outputs(notebook) -> list[str]:
    """Return 'cell N: text' for every stderr stream or error output in an executed notebook."""
    found = []
    for index, cell in enumerate(notebook.cells):
        for output in cell.get("outputs", []):
            if output.get("name") == "stderr" or output.get("output_type") == "error":
                text = output.get("text") or output.get("evalue", "")
                found.append(f"cell {index}: {str(text)[:200]}")
    return found


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
    problems = stderr_outputs(notebook)
    if problems:
        raise SystemExit(f"{path}: outputs hold warnings or errors:\n" + "\n".join(problems))
    nbformat.write(notebook, path)


def main(paths: list[str]) -> None:
    """Execute each notebook named on the command line, in order."""
    for name in paths:
        print(f"executing {name}", flush=True)
        execute_notebook(Path(name))


if __name__ == "__main__":
    main(sys.argv[1:])
