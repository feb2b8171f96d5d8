"""The language model's monthly usage per project, in the database every worker shares.

Each request's worst case is reserved with one conditional ``UPDATE … SET tokens = tokens
+ :n WHERE … AND tokens + :n <= :cap``: the database runs it atomically (a row lock on
PostgreSQL, the write lock on SQLite), so two workers asking for one project at the same
moment cannot both take the last of the month's tokens. See ``bugstack.llm.budget``.
"""

from __future__ import annotations

from sqlalchemy import Engine, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from bugstack.llm.budget import LedgerError
from bugstack.server.storage.models import LlmUsage

__all__ = ["DatabaseLedger"]


class DatabaseLedger:
    """A :class:`~bugstack.llm.budget.UsageLedger` over the ``llm_usage`` table; the
    project is named by its id (as text, like every ledger's project)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @staticmethod
    def _project_id(project: str) -> int:
        try:
            return int(project)
        except ValueError as exc:
            raise LedgerError(f"{project!r} is not a project id") from exc

    def _ensure_row(self, connection: Connection, project_id: int, month: str) -> None:
        make = pg_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        connection.execute(make(LlmUsage).values(project_id=project_id, month=month, tokens=0)
                           .on_conflict_do_nothing())

    def used(self, project: str, month: str) -> int:
        project_id = self._project_id(project)
        try:
            with self.engine.connect() as connection:
                value = connection.scalar(select(LlmUsage.tokens).where(
                    LlmUsage.project_id == project_id, LlmUsage.month == month))
        except SQLAlchemyError as exc:
            raise LedgerError(f"the usage table cannot be read: {exc}") from exc
        return int(value or 0)

    def add(self, project: str, month: str, tokens: int) -> None:
        self._change(project, month, tokens, cap=None)

    def reserve(self, project: str, month: str, tokens: int, cap: int) -> bool:
        return self._change(project, month, tokens, cap=cap)

    def _change(self, project: str, month: str, tokens: int, cap: int | None) -> bool:
        project_id = self._project_id(project)
        statement = update(LlmUsage).where(LlmUsage.project_id == project_id,
                                           LlmUsage.month == month)
        if cap is not None:
            statement = statement.where(LlmUsage.tokens + tokens <= cap)
        try:
            with self.engine.begin() as connection:
                self._ensure_row(connection, project_id, month)
                changed = connection.execute(
                    statement.values(tokens=LlmUsage.tokens + tokens)).rowcount
        except SQLAlchemyError as exc:
            raise LedgerError(f"the usage table cannot be written: {exc}") from exc
        return bool(changed)
