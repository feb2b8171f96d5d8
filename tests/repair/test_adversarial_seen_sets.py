"""seen_sets under review: a loop that skips keys already stored is no contract to skip a
key the batch itself repeats when the docstring refuses such a batch, nor when the set is
reported after the loop (adding to it would change the answer); the engine must not skip
the repeat then."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check
from tests.repair.test_seen_sets import APP, TRIGGER, VIEWS

REFUSING = VIEWS.replace(
    "Books already in the catalogue are left as they are, so a note can be sent again.",
    "Books already in the catalogue are left as they are, so a note can be sent again;\n"
    "        a note listing an ISBN twice is a typing error and is refused as a whole.")

REPORTING = VIEWS.replace('return JsonResponse({"added": added})',
                          'return JsonResponse({"added": added, "known_before": len(known)})')

# A repeated ISBN must not be answered 200 as if the note were fine.
CHECK_REFUSED = TRIGGER.replace(
    'Client().post("/books/import/", json.dumps(note), content_type="application/json")', '''
try:
    response = Client(raise_request_exception=False).post(
        "/books/import/", json.dumps(note), content_type="application/json")
except Exception:
    pass
else:
    assert response.status_code != 200, response.content
''')

# The count of books known before the import must stay what it was.
CHECK_REPORTED = TRIGGER.replace(
    'Client().post("/books/import/", json.dumps(note), content_type="application/json")', '''
response = Client(raise_request_exception=False).post(
    "/books/import/", json.dumps(["9780199535569", "9780140449136"]),
    content_type="application/json")
assert response.json()["known_before"] == 0, response.content
''')


def test_a_batch_documented_as_refused_is_not_skipped_through(tmp_path: Path) -> None:
    assert REFUSING != VIEWS
    data = fix_and_check(tmp_path, {**APP, "catalogue/views.py": REFUSING}, TRIGGER,
                         CHECK_REFUSED, framework="django")
    assert data is not None
    assert "known.add(" not in (data.get("patch") or "")


def test_a_set_reported_after_the_loop_is_not_changed(tmp_path: Path) -> None:
    assert REPORTING != VIEWS
    suite = APP["tests/test_books.py"].replace('response.json() == {"added": 1}',
                                               'response.json()["added"] == 1')
    assert suite != APP["tests/test_books.py"]
    data = fix_and_check(tmp_path, {**APP, "catalogue/views.py": REPORTING,
                                    "tests/test_books.py": suite}, TRIGGER,
                         CHECK_REPORTED, framework="django")
    assert data is not None
    assert "known.add(" not in (data.get("patch") or "")
