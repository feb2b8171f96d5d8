"""none_guard under review: a docstring's "``nickname`` is None when ..." in a function
annotated ``-> str`` is about a parameter, not the answer, and backs no ``return None``."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates import generate
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

NAMES = '''
    from dataclasses import dataclass


    @dataclass
    class Profile:
        full_name: str


    @dataclass
    class User:
        login: str
        profile: Profile | None


    def display_name(user: User, nickname: str | None = None) -> str:
        """The name shown on a user's posts. ``nickname`` is None when the caller has no
        override; the profile's full name is shown then."""
        if nickname is not None:
            return nickname
        return user.profile.full_name.title()
'''

TESTS = '''
    from people.names import Profile, User, display_name


    def test_name():
        assert display_name(User("bo", Profile("bo lind"))) == "Bo Lind"
'''

# A post must be signed with a name, never "None".
CHECK = '''
from people.names import User, display_name
try:
    shown = display_name(User("bo", None))
except (AttributeError, ValueError, LookupError):
    pass
else:
    assert isinstance(shown, str), f"a post would be signed {shown!r}"
'''

TRIGGER = 'from people.names import User, display_name\ndisplay_name(User("bo", None))'


def test_a_none_sentence_does_not_back_none_from_a_function_typed_str(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"people/__init__.py": "", "people/names.py": NAMES,
                                    "tests/test_names.py": TESTS}, TRIGGER, CHECK)
    assert data is not None and data["status"] != "fixed"


def _backed_none_returns(tmp_path: Path, source: str) -> list[str | None]:
    site, analysis = crash_at(tmp_path, {"names.py": source}, "names.py",
                              "user.profile.full_name", "AttributeError",
                              "'NoneType' object has no attribute 'full_name'",
                              {"user": "User(login='bo', profile=None)", "nickname": "None"})
    return [c.contract for c in generate(site, analysis)
            if "return None" in c.diff() and c.contract is not None]


def test_the_same_sentence_still_backs_none_where_the_annotation_allows_it(
        tmp_path: Path) -> None:
    assert _backed_none_returns(tmp_path, NAMES) == []
    optional = NAMES.replace("-> str:", "-> str | None:").replace(
        "``nickname`` is None when the caller has no\n        override",
        "None when the user has no\n        profile")
    assert _backed_none_returns(tmp_path / "optional", optional)
