"""django_pages under review: "last page" near a page past the end is no contract to show
it when the same sentence answers such a page with a 404; the engine must not serve the
last page for it."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check
from tests.repair.test_django_pages import APP, TRIGGER, VIEWS

REFUSING = VIEWS.replace(
    "Notes get archived, so an old link may point past the last page; it then shows\n"
    "        the last page, and the page number says which.",
    "Notes get archived: a link past the last page is not found (404), so that search\n"
    "        engines drop it; the header links the last page.")

# A page past the end must not answer 200 with the last page's notes.
CHECK = TRIGGER.replace('Client().get("/notes/?page=9")', '''
from notes.models import Note
for n in range(4):
    Note.objects.create(text=f"note {n}")
try:
    response = Client(raise_request_exception=False).get("/notes/?page=9")
except Exception:
    pass
else:
    assert response.status_code != 200, response.content
''')


def test_a_page_past_the_end_documented_as_404_is_not_given_the_last_page(
        tmp_path: Path) -> None:
    assert REFUSING != VIEWS
    data = fix_and_check(tmp_path, {**APP, "notes/views.py": REFUSING}, TRIGGER, CHECK,
                         framework="django")
    assert data is not None
    assert "get_page" not in (data.get("patch") or "")
