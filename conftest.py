"""Shared pytest set-up: wide, stable pandas display for doctests and notebooks."""
import pandas as pd
import pytest


@pytest.fixture(autouse=True)
def _wide_pandas_display():
    with pd.option_context("display.width", 200, "display.max_columns", 30, "display.max_colwidth", 100):
        yield
