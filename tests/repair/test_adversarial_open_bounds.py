"""open_bounds under review: a blank bound the documentation rejects is not turned into "no
limit", and a bound read where None means something the rule does not know (an item compared
by hand) gets no guess."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check
from tests.repair.test_open_bounds import APP, TRIGGER, VIEWS


def test_a_rejected_blank_bound_is_not_read_as_no_limit(tmp_path: Path) -> None:
    refused = VIEWS.replace("An empty limit means no limit on that side.",
                            "Both limits are required: an empty one is a 400, since no "
                            "limit would list every room.")
    check = TRIGGER.replace('Client().get("/rooms/?smallest=20&largest=")',
                            'assert Client().get("/rooms/?smallest=20&largest=")'
                            '.status_code == 400')
    data = fix_and_check(tmp_path, {**APP, "rooms/views.py": refused}, TRIGGER, check,
                         framework="django")
    assert data is not None and "if bound is not None" not in str(data.get("patch") or "")


def test_a_bound_compared_by_hand_gets_no_guess(tmp_path: Path) -> None:
    by_hand = VIEWS.replace(
        'rooms = Room.objects.filter(size__gte=smallest, size__lte=largest).order_by("size")',
        'rooms = [r for r in Room.objects.order_by("size") if smallest <= r.size <= largest]')
    check = TRIGGER.replace('Client().get("/rooms/?smallest=20&largest=")', '''
from rooms.models import Room
for name, size in [("Attic", 12), ("Hall", 40)]:
    Room.objects.create(name=name, size=size)
assert Client().get("/rooms/?smallest=20&largest=").json() == {"rooms": ["Hall"]}
''')
    data = fix_and_check(tmp_path, {**APP, "rooms/views.py": by_hand}, TRIGGER, check,
                         framework="django")
    assert data is not None and "if bound is not None" not in str(data.get("patch") or "")
