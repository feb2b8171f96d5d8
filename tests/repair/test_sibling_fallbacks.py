"""A None given to a required pydantic field is filled the way sibling code of the module
writes that field (its fallback to another field of the model); nothing when no sibling
writes it, siblings disagree, the fallback is not at hand, or the field is documented as
required."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.sibling_fallbacks import SiblingFieldFallback
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

MODELS = '''
    from pydantic import BaseModel


    class InviteForm(BaseModel):
        login: str
        #: Optional: people who skip it are called by their login.
        nickname: str | None = None


    class Profile(BaseModel):
        login: str
        nickname: str
'''

API = '''
    from fastapi import FastAPI, HTTPException

    from team.models import InviteForm, Profile

    app = FastAPI()
    PROFILES: dict[str, Profile] = {}


    def _profile(login: str) -> Profile:
        profile = PROFILES.get(login)
        if profile is None:
            raise HTTPException(status_code=404, detail="no such profile")
        return profile


    @app.post("/profiles", status_code=201)
    def invite(form: InviteForm) -> Profile:
        profile = Profile(login=form.login, nickname=form.nickname)
        PROFILES[profile.login] = profile
        return profile


    @app.patch("/profiles/{login}")
    def rename(login: str, nickname: str = "") -> Profile:
        profile = _profile(login)
        profile.nickname = nickname.strip() or profile.login
        return profile


    @app.get("/profiles")
    def names() -> list[str]:
        return sorted(p.nickname for p in PROFILES.values())
'''

MESSAGE = ("1 validation error for Profile\nnickname\n  Input should be a valid string "
           "[type=string_type, input_value=None, input_type=NoneType]\n    For further "
           "information visit https://errors.pydantic.dev/2.11/v/string_type")


def _propose(tmp_path: Path, api: str = API, models: str = MODELS,
             message: str = MESSAGE) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"team/__init__.py": "", "team/models.py": models,
                                         "team/api.py": api},
                              "team/api.py", "profile = Profile(", "ValidationError", message,
                              {"form": "InviteForm(login='ada', nickname=None)"})
    return list(SiblingFieldFallback().propose(site, analysis))


def test_the_field_falls_back_as_the_sibling_writes_it(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    before = textwrap.dedent(API).lstrip("\n")
    assert found[0].edits["team/api.py"] == before.replace(
        "Profile(login=form.login, nickname=form.nickname)",
        'Profile(login=form.login, nickname=(form.nickname or "").strip() or form.login)')
    assert "profile.nickname = nickname.strip() or profile.login" in (found[0].contract or "")


def test_a_sibling_passing_the_value_on_gives_a_plain_or(tmp_path: Path) -> None:
    api = API.replace("nickname.strip() or profile.login", "nickname or profile.login")
    found = _propose(tmp_path, api)
    assert len(found) == 1
    assert "nickname=form.nickname or form.login)" in found[0].edits["team/api.py"]


def test_a_constant_fallback_is_kept(tmp_path: Path) -> None:
    api = API.replace("nickname.strip() or profile.login", 'nickname or "guest"')
    found = _propose(tmp_path, api)
    assert len(found) == 1
    assert 'nickname=form.nickname or "guest")' in found[0].edits["team/api.py"]


def test_no_sibling_backs_nothing(tmp_path: Path) -> None:
    api = API.replace("profile.nickname = nickname.strip() or profile.login\n",
                      "profile.nickname = nickname\n")
    assert _propose(tmp_path, api) == []


def test_siblings_falling_back_differently_back_nothing(tmp_path: Path) -> None:
    api = API + textwrap.indent(textwrap.dedent('''

        @app.post("/profiles/{login}/reset")
        def reset(login: str, nickname: str = "") -> Profile:
            profile = _profile(login)
            profile.nickname = nickname or "member"
            return profile
    '''), "    ")
    assert _propose(tmp_path, api) == []


def test_a_fallback_the_call_does_not_have_backs_nothing(tmp_path: Path) -> None:
    api = API.replace("nickname.strip() or profile.login", "nickname.strip() or profile.email")
    assert _propose(tmp_path, api) == []


def test_an_object_not_declared_the_model_backs_nothing(tmp_path: Path) -> None:
    api = API.replace("def _profile(login: str) -> Profile:", "def _profile(login: str):")
    assert _propose(tmp_path, api) == []


def test_a_sibling_without_an_absent_form_backs_nothing(tmp_path: Path) -> None:
    api = API.replace('def rename(login: str, nickname: str = "")',
                      "def rename(login: str, nickname: str)")
    assert _propose(tmp_path, api) == []


def test_a_field_documented_as_required_backs_nothing(tmp_path: Path) -> None:
    models = MODELS.replace("#: Optional: people who skip it are called by their login.",
                            "#: Required: an invitation without a nickname must be refused.")
    assert _propose(tmp_path, models=models) == []


def test_another_error_backs_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, message=MESSAGE.replace("input_value=None", "input_value=3")) == []
    assert _propose(tmp_path, message=MESSAGE.replace("1 validation error",
                                                      "2 validation errors")) == []


FILES = {"team/__init__.py": "", "team/models.py": MODELS, "team/api.py": API,
         "tests/__init__.py": "", "tests/test_api.py": '''
    from fastapi.testclient import TestClient

    from team.api import PROFILES, app

    client = TestClient(app)


    def test_invite_with_a_nickname() -> None:
        PROFILES.clear()
        response = client.post("/profiles", json={"login": "ada", "nickname": "Ada L."})
        assert response.json() == {"login": "ada", "nickname": "Ada L."}


    def test_blank_rename_shows_the_login() -> None:
        PROFILES.clear()
        client.post("/profiles", json={"login": "bo", "nickname": "Bo"})
        assert client.patch("/profiles/bo", params={"nickname": " "}).json()["nickname"] == "bo"
'''}

TRIGGER = ('from fastapi.testclient import TestClient\nfrom team.api import app\n'
           'TestClient(app).post("/profiles", json={"login": "ada"})')

CHECK = ('from fastapi.testclient import TestClient\nfrom team.api import PROFILES, app\n'
         'client = TestClient(app)\n'
         'assert client.post("/profiles", json={"login": "ada"}).json()["nickname"] == "ada"\n'
         'r = client.post("/profiles", json={"login": "cy", "nickname": "  "})\n'
         'assert r.json()["nickname"] == "cy"\n'
         'r = client.post("/profiles", json={"login": "di", "nickname": "Di"})\n'
         'assert r.json()["nickname"] == "Di"\n'
         'assert client.get("/profiles").json() == ["Di", "ada", "cy"]')


def test_an_invite_without_a_nickname_shows_the_login_end_to_end(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, FILES, TRIGGER, CHECK, framework="fastapi")
    assert data is not None and data["status"] == "fixed", data["explanation"]
    assert 'nickname=(form.nickname or "").strip() or form.login' in data["patch"]
