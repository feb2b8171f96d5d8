"""A function that has already answered "not found" for the records it was asked for does
not answer a key missing from another table with a second 404 backed by its siblings."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates.missing_key import MissingKey
from tests.repair.crash_sites import crash_at

API = '''
    from fastapi import FastAPI, HTTPException

    from ladder import store

    app = FastAPI()


    @app.get("/members/{member_id}")
    def read_member(member_id: int) -> dict[str, object]:
        member = store.member(member_id)
        if member is None:
            raise HTTPException(status_code=404, detail="no such member")
        return {"id": member_id}


    @app.post("/games")
    def record_game(white: int, black: int) -> dict[str, object]:
        for member_id in (white, black):
            if store.member(member_id) is None:
                raise HTTPException(status_code=404, detail=f"no member {member_id}")
        rated = store.ratings()
        return {"white": rated[white], "black": rated[black]}
'''


def _sibling_404(tmp_path: Path, source: str) -> list[str | None]:
    _site, analysis = crash_at(tmp_path, {"ladder/__init__.py": "", "ladder/api.py": source},
                               "ladder/api.py", 'return {"white": rated[white]', "KeyError",
                               "4", {"white": "4", "black": "3", "rated": "{3: 1500}"})
    return [c.contract for c in MissingKey().propose(_site, analysis)
            if "answers like its sibling endpoints" in c.description]


def test_a_second_404_after_the_records_were_checked_is_not_backed(tmp_path: Path) -> None:
    assert _sibling_404(tmp_path, API) == [None]


def test_without_the_earlier_check_the_siblings_404_backs_it(tmp_path: Path) -> None:
    unchecked = API.replace('''        for member_id in (white, black):
            if store.member(member_id) is None:
                raise HTTPException(status_code=404, detail=f"no member {member_id}")
''', "")
    [contract] = _sibling_404(tmp_path, unchecked)
    assert contract is not None and "read_member" in contract
