"""The default a table's own module gives the keys it lacks, for a table read elsewhere;
and a helper called for each item of a listing does not answer one item with a 404."""

from __future__ import annotations

from pathlib import Path

import pytest

from bugstack.repair.candidates.missing_key import MissingKey
from tests.repair.crash_sites import crash_at

MACHINES = '''
    #: How long each programme runs, in minutes.
    PROGRAMME_MINUTES = {"cotton": 55, "quick": 25}

    #: A programme missing from the table above is taken to run this long.
    UNKNOWN_PROGRAMME_MINUTES = 95
'''
API = '''
    from fastapi import FastAPI, HTTPException

    from shop import machines
    from shop.machines import PROGRAMME_MINUTES

    app = FastAPI()
    STARTED = {1: ("cotton", 0), 2: ("wool", 10)}


    def _status(machine_id: int) -> dict[str, int]:
        programme, started = STARTED[machine_id]
        return {"id": machine_id, "free_at": started + PROGRAMME_MINUTES[programme]}


    @app.get("/machines")
    def board() -> list[dict[str, int]]:
        return [_status(machine_id) for machine_id in STARTED]


    @app.get("/machines/{machine_id}")
    def one(machine_id: int) -> dict[str, int]:
        if machine_id not in STARTED:
            raise HTTPException(status_code=404)
        return _status(machine_id)
'''


def _candidates(tmp_path: Path, machines: str = MACHINES, api: str = API) -> list[object]:
    files = {"shop/__init__.py": "", "shop/machines.py": machines, "shop/api.py": api}
    site, analysis = crash_at(tmp_path, files, "shop/api.py", "PROGRAMME_MINUTES[programme]",
                              "KeyError", "'wool'", {"programme": "'wool'", "machine_id": "2"})
    return list(MissingKey().propose(site, analysis))


def test_the_tables_own_module_names_the_default(tmp_path: Path) -> None:
    found = _candidates(tmp_path)
    best = max(found, key=lambda c: c.plausibility)  # type: ignore[attr-defined]
    assert "PROGRAMME_MINUTES.get(programme, machines.UNKNOWN_PROGRAMME_MINUTES)" in \
        best.edits["shop/api.py"]  # type: ignore[attr-defined]
    assert best.contract is not None and "shop.machines" in best.contract  # type: ignore[attr-defined]


def test_a_sibling_get_in_the_tables_module_is_that_functions_answer(tmp_path: Path) -> None:
    # A ``.get()`` default is the sibling's word for its own use, not the table's.
    machines = MACHINES.replace("#: A programme missing from the table above is taken to run "
                                "this long.", "#: The sanitise wash.") + '''

    def minutes(programme: str) -> int:
        return PROGRAMME_MINUTES.get(programme, UNKNOWN_PROGRAMME_MINUTES)
'''
    found = _candidates(tmp_path, machines)
    assert not any("UNKNOWN_PROGRAMME_MINUTES" in c.edits["shop/api.py"]  # type: ignore[attr-defined]
                   for c in found)


@pytest.mark.parametrize(("old", "new"), [
    # The comment says nothing of missing programmes.
    ("A programme missing from the table above is taken to run this long.",
     "The sanitise wash."),
    # The constant is named for something else.
    ("UNKNOWN_PROGRAMME_MINUTES = 95", "SANITISE_MINUTES = 95"),
])
def test_no_default_without_the_tables_own_word(tmp_path: Path, old: str, new: str) -> None:
    machines = MACHINES.replace(old, new)
    assert machines != MACHINES
    assert not any("95" in c.edits["shop/api.py"] or "UNKNOWN" in c.edits["shop/api.py"]  # type: ignore[attr-defined]
                   for c in _candidates(tmp_path, machines))


def test_a_sibling_404_is_no_answer_for_a_helper_called_per_item(tmp_path: Path) -> None:
    machines = MACHINES.replace("UNKNOWN_PROGRAMME_MINUTES = 95", "SANITISE_MINUTES = 95")
    not_found = [c for c in _candidates(tmp_path, machines)
                 if "HTTPException" in c.edits["shop/api.py"].split("def board")[0]  # type: ignore[attr-defined]
                 .split("def _status")[1]]
    assert not_found and all(c.contract is None for c in not_found)  # type: ignore[attr-defined]
    # Called only by the endpoint naming one machine, the 404 keeps its backing.
    api = API.replace("[_status(machine_id) for machine_id in STARTED]", "[]")
    backed = [c for c in _candidates(tmp_path / "one", machines, api)
              if "status_code=404" in c.edits["shop/api.py"].split("def board")[0]]  # type: ignore[attr-defined]
    assert backed and all(c.contract for c in backed)  # type: ignore[attr-defined]
