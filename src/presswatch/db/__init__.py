"""The DuckDB layer: connect, migrate, load batches, build models, run checks and reports."""

from presswatch.db.connect import connect
from presswatch.db.models import build_models, model_names, run_checks
from presswatch.db.queries import report_names, report_params, report_sql
from presswatch.db.tx import registered, transaction

__all__ = [
    "build_models",
    "connect",
    "model_names",
    "registered",
    "report_names",
    "report_params",
    "report_sql",
    "run_checks",
    "transaction",
]
