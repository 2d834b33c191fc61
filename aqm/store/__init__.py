"""The DuckDB store: the only package that imports duckdb."""

from aqm.store.db import Store, StoreStatus

__all__ = ["Store", "StoreStatus"]
