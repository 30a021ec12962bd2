"""
Re-run the numbered notebooks in place and save their outputs for nbval.

Run after changing ``helpers/`` or ``data/``, so that the saved outputs
(which ``pytest`` compares cell by cell) match what the code now prints::

    .venv/bin/python scripts/rebuild_notebooks.py            # all notebooks
    .venv/bin/python scripts/rebuild_notebooks.py 03 05      # some of them

Execution timestamps are stripped from the cell metadata and any output that
carries a memory address is reported, so that a rebuild changes only what the
code changed.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat
from nbconvert.preprocessors import ExecutePreprocessor

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
_ADDRESS = re.compile(r"0x[0-9a-f]{8,}")


def rebuild(path: Path) -> list[str]:
    """Execute one notebook in its folder, strip timings, write it back; return warnings."""
    nb = nbformat.read(path, as_version=4)
    ExecutePreprocessor(timeout=1800, kernel_name="python3").preprocess(nb, {"metadata": {"path": str(path.parent)}})
    warnings = []
    for i, cell in enumerate(nb.cells):
        cell.metadata.pop("execution", None)
        for out in cell.get("outputs", []):
            text = str(out.get("text", "")) + str(out.get("data", {}).get("text/plain", ""))
            if _ADDRESS.search(text):
                warnings.append(f"{path.name} cell {i}: an output shows a memory address")
    nbformat.write(nb, path)
    return warnings


def main(argv: list[str]) -> int:
    paths = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    if argv:
        paths = [p for p in paths if any(p.name.startswith(a) for a in argv)]
    problems = []
    for p in paths:
        print(f"running {p.name}", flush=True)
        problems += rebuild(p)
    for w in problems:
        print("warning:", w)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
