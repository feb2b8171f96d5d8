"""sibling_fallbacks under review: a sibling that falls back for the same field name is no
contract when the field's own documentation refuses a missing value, nor when the sibling
writes another model's field of that name; the engine must not fill the value then."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check
from tests.repair.test_sibling_fallbacks import API, FILES, MODELS, TRIGGER

REFUSING = MODELS.replace("#: Optional: people who skip it are called by their login.",
                          "#: Left out, the invitation is rejected: a nickname is required.")

OTHER_MODEL = MODELS + '''

    class Team(BaseModel):
        login: str
        nickname: str
'''
OTHER_SIBLING = API.replace("from team.models import InviteForm, Profile",
                            "from team.models import InviteForm, Profile, Team").replace(
    '''    @app.patch("/profiles/{login}")
    def rename(login: str, nickname: str = "") -> Profile:
        profile = _profile(login)
        profile.nickname = nickname.strip() or profile.login
        return profile''',
    '''    TEAMS: dict[str, Team] = {}


    @app.patch("/teams/{login}")
    def rename_team(login: str, nickname: str = "") -> Team:
        team = Team(login=login, nickname=login)
        team.nickname = nickname.strip() or team.login
        TEAMS[login] = team
        return team''')

TESTS_OTHER = '''
    from fastapi.testclient import TestClient

    from team.api import PROFILES, app

    client = TestClient(app)


    def test_invite_with_a_nickname() -> None:
        PROFILES.clear()
        response = client.post("/profiles", json={"login": "ada", "nickname": "Ada L."})
        assert response.json() == {"login": "ada", "nickname": "Ada L."}


    def test_blank_team_rename_shows_the_login() -> None:
        assert client.patch("/teams/red", params={"nickname": " "}).json()["nickname"] == "red"
'''

# An invitation without a nickname must not be answered 201 with the login filled in.
CHECK = ('from fastapi.testclient import TestClient\nfrom team.api import app\n'
         'client = TestClient(app, raise_server_exceptions=False)\n'
         'r = client.post("/profiles", json={"login": "ada"})\n'
         'assert r.status_code != 201, r.text')


def test_a_field_documented_as_required_is_not_filled(tmp_path: Path) -> None:
    assert REFUSING != MODELS
    data = fix_and_check(tmp_path, {**FILES, "team/models.py": REFUSING}, TRIGGER, CHECK,
                         framework="fastapi")
    assert data is not None
    assert "or form.login" not in (data.get("patch") or "")


def test_another_models_fallback_is_not_borrowed(tmp_path: Path) -> None:
    assert "team.nickname = " in OTHER_SIBLING
    data = fix_and_check(tmp_path, {**FILES, "team/models.py": OTHER_MODEL,
                                    "team/api.py": OTHER_SIBLING,
                                    "tests/test_api.py": TESTS_OTHER}, TRIGGER, CHECK,
                         framework="fastapi")
    assert data is not None
    assert "or form.login" not in (data.get("patch") or "")
