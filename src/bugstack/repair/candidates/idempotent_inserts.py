"""An insert documented as idempotent meets the row it already made.

``conn.execute("INSERT INTO favourite (customer_id, sku) VALUES (?, ?)", ...)`` raises
"UNIQUE constraint failed" when the heart button sends its PUT twice. When the code says
that doing it again changes nothing ("idempotent, like every PUT", "favouriting a product
that already is one is a no-op"), the insert leaves an existing row alone: SQLite's
``INSERT OR IGNORE INTO``, PostgreSQL's ``... ON CONFLICT DO NOTHING``. Answering 409, or
catching the error around the whole request, would both say something the documentation
does not.

Only a plain SQL string starting with ``INSERT INTO``, in the one ``execute`` call of the
crashing statement, with the error naming a unique constraint (SQLite) or a duplicate key
(PostgreSQL), and a sentence around the crash saying the operation is idempotent or a
no-op when repeated, gets this; an insert whose documentation is silent, or says a
duplicate is refused, gets nothing.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.contract_items import documentation_near, sentences

__all__ = ["IdempotentInsert"]

_SQLITE = re.compile(r"^UNIQUE constraint failed\b")
_POSTGRES = re.compile(r"\bduplicate key value violates unique constraint\b")
_INSERT = re.compile(r"^(\s*)(insert)(\s+)(into\b)", re.I)
_IDEMPOTENT = re.compile(r"\bidempotent\b|\bno-?op\b|\b(?:already|twice|again)\b[^.;]*"
                         r"\b(?:changes\s+nothing|does\s+nothing|no\s+change|unchanged"
                         r"|is\s+ignored)\b", re.I)
_REFUSED = re.compile(r"\b(?:409|conflict|refus(?:e|es|ed)|reject(?:s|ed)?|rais(?:e|es|ed)"
                      r"|error)\b", re.I)


def _documented(texts: list[tuple[str, str]]) -> str | None:
    found: str | None = None
    for where, text in texts:
        for sentence in sentences(text):
            if _IDEMPOTENT.search(sentence):
                if _REFUSED.search(sentence):
                    return None
                found = found or f'{where} says: "{sentence[:200]}"'
    return found


class IdempotentInsert:
    name = "idempotent-insert"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, tree = analysis.crash, analysis.statement, analysis.tree
        message = analysis.message.strip()
        sqlite, postgres = _SQLITE.search(message), _POSTGRES.search(message)
        if not analysis.exc_type.endswith("IntegrityError") or not (sqlite or postgres) \
                or crash is None or statement is None or tree is None:
            return
        calls = [n for n in ast.walk(statement) if isinstance(n, ast.Call)
                 and isinstance(n.func, ast.Attribute) and n.func.attr == "execute"
                 and n.args and isinstance(n.args[0], ast.Constant)
                 and isinstance(n.args[0].value, str) and _INSERT.match(n.args[0].value)]
        if len(calls) != 1:
            return
        sql_node = calls[0].args[0]
        assert isinstance(sql_node, ast.Constant) and isinstance(sql_node.value, str)
        sql = sql_node.value
        if re.search(r"\bon\s+conflict\b|\bor\s+(?:ignore|replace)\b", sql, re.I):
            return
        contract = _documented(documentation_near(crash.source, tree, crash.lineno))
        if contract is None:
            return
        if sqlite:
            new_sql = _INSERT.sub(lambda m: f"{m[1]}{m[2]}{m[3]}"
                                  f"{'OR IGNORE' if m[2].isupper() else 'or ignore'}{m[3]}"
                                  f"{m[4]}", sql, count=1)
            how = "`INSERT OR IGNORE` leaves the existing row alone"
        else:
            stripped = sql.rstrip()
            tail = " ON CONFLICT DO NOTHING" if sql.lstrip()[:1].isupper() else \
                " on conflict do nothing"
            new_sql = stripped.rstrip(";") + tail + (";" if stripped.endswith(";") else "") \
                + sql[len(stripped):]
            how = "`ON CONFLICT DO NOTHING` leaves the existing row alone"
        segment = ast.get_source_segment(crash.source, sql_node) or repr(sql)
        quote = segment[:3] if segment[:3] in ('"""', "'''") else segment[:1]
        if quote not in ('"', "'", '"""', "'''") or "\\" in segment:
            return  # a prefixed or escaped literal: not rewritten by hand
        edited = replace_node(crash.source, sql_node, f"{quote}{new_sql}{quote}")
        yield Candidate(
            strategy=self.name,
            description=f"Inserting a row that already exists is now a no-op: {how} "
                        "instead of failing on the unique constraint.",
            edits={crash.path: edited}, originals={crash.path: crash.source},
            plausibility=0.8, contract=contract,
        )
