"""
Query: ask your own questions of a run's Parquet tables with SQL (DuckDB).

Each table of the output folder is a view named after it, so
``SELECT country_a, country_b, count(*) FROM article_dyads GROUP BY ALL``
works without loading anything into pandas first.
"""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

__all__ = ["query", "connect"]


def connect(folder: str | os.PathLike):
    """Open an in-memory DuckDB with one view per ``<table>.parquet`` in ``folder``."""
    import duckdb
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"no output folder {folder}")
    con = duckdb.connect()
    tables = sorted(folder.glob("*.parquet"))
    if not tables:
        raise FileNotFoundError(f"no Parquet tables in {folder}: run `python -m helpers analyze` first")
    for p in tables:
        safe = str(p).replace("'", "''")
        con.execute(f'CREATE VIEW "{p.stem}" AS SELECT * FROM read_parquet(\'{safe}\')')
    return con


def query(folder: str | os.PathLike, sql: str) -> pd.DataFrame:
    """
    Run one SQL statement over a run's tables and return the result.

    Raises
    ------
    ValueError
        With DuckDB's one-line message when the SQL is wrong.
    """
    import duckdb
    con = connect(folder)
    try:
        return con.execute(sql).df()
    except duckdb.Error as exc:
        raise ValueError(str(exc).splitlines()[0]) from None
    finally:
        con.close()
