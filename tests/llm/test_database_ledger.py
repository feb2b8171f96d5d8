"""The server's usage ledger: one table every worker shares, on SQLite and PostgreSQL.

The monthly cap holds across workers because each request's worst case is reserved in one
conditional UPDATE before it is sent: many threads, each with its own connection, racing
for the last of a month's tokens, take exactly what fits."""

from __future__ import annotations

import threading

from bugstack.llm import Attempt, LlmSettings, Transcript, current_month
from bugstack.llm.providers import make_client
from bugstack.server.llm_usage import DatabaseLedger
from bugstack.server.projects import create_project
from bugstack.server.storage.database import Database
from tests.llm.scripted import scripted_model, text


def _database_with_project(url: str) -> tuple[Database, str]:
    database = Database(url)
    database.migrate()
    with database.session() as session:
        made = create_project(session, "shop")
        session.commit()
        return database, str(made.project.id)


def test_usage_adds_up_and_reservations_settle(database_url: str) -> None:
    database, project = _database_with_project(database_url)
    ledger = DatabaseLedger(database.engine)
    try:
        assert ledger.used(project, "2026-11") == 0
        assert ledger.reserve(project, "2026-11", 700, cap=1000)
        assert not ledger.reserve(project, "2026-11", 301, cap=1000)  # would pass the cap
        ledger.add(project, "2026-11", 150 - 700)  # the answer used 150 of the 700
        ledger.add(project, "2026-12", 5)
        assert (ledger.used(project, "2026-11"), ledger.used(project, "2026-12")) == (150, 5)
        assert ledger.reserve(project, "2026-11", 850, cap=1000)  # exactly up to the cap
    finally:
        database.dispose()


def test_workers_racing_for_the_last_tokens_never_pass_the_cap(database_url: str) -> None:
    database, project = _database_with_project(database_url)
    taken: list[bool] = []
    lock = threading.Lock()
    start = threading.Barrier(8)

    def worker() -> None:
        own = Database(database_url)  # a worker of its own: its own connections
        try:
            start.wait(timeout=60)
            for _ in range(5):
                won = DatabaseLedger(own.engine).reserve(project, "2026-11", 100, cap=1050)
                with lock:
                    taken.append(won)
        finally:
            own.dispose()

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    try:
        assert len(taken) == 40
        assert taken.count(True) == 10  # 10 x 100 fit under 1050; the other 30 did not
        assert DatabaseLedger(database.engine).used(project, "2026-11") == 1000
    finally:
        database.dispose()


def test_an_attempt_counts_its_answers_in_the_database(database_url: str) -> None:
    database, project = _database_with_project(database_url)
    ledger = DatabaseLedger(database.engine)
    try:
        with scripted_model(text("NO FIX: nothing to change")) as server:
            settings = LlmSettings(provider="openai", model="m", base_url=server.openai_url,
                                   samples=2, max_output_tokens=100)
            client = make_client(settings)
            try:
                answers = list(Attempt(settings, client, ledger, project,
                                       Transcript()).answers("system", "user"))
            finally:
                client.close()
        assert len(answers) == 2
        # The scripted server reports 120 in and 40 out per answer; the reservations
        # (prompt estimate + 100) were settled to that.
        assert ledger.used(project, current_month()) == 2 * (120 + 40)
    finally:
        database.dispose()
