# mypy: disable-error-code="import-not-found"
import re
from pathlib import Path

from fixed import digest

REQUIREMENTS = Path(__file__).resolve().parent / "requirements.txt"


def declared() -> set[str]:
    """The distributions requirements.txt names, spelt the way pip compares them."""
    names = set()
    for line in REQUIREMENTS.read_text().splitlines():
        found = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", line)
        if found and not line.lstrip().startswith(("#", "-")):
            names.add(re.sub(r"[-_.]+", "-", found.group(1)).lower())
    return names


def test_the_template_engine_is_a_declared_dependency() -> None:
    assert "jinja2" in declared()


def test_the_digest_renders() -> None:
    assert digest("Ada", 3) == "Hello Ada, 3 new orders this week."
