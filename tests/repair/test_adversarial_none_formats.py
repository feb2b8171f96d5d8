"""none_formats under review: a text constant documented for another case than the one
that leaves the value None ("discontinued", not "priced on request") is not written into
the line; nor is one when the field says nothing of its None."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.repair.adversarial import fix_and_check
from tests.repair.test_none_formats import MODEL, RENDER, TESTS


@pytest.mark.parametrize(("model", "render"), [
    (MODEL, RENDER.replace("for an\n        item priced on request.",
                           "for a\n        discontinued item.").replace(
        "for an item priced on request.", "for a discontinued item.").replace(
        "with a line priced on request", "with a discontinued line")),
    (MODEL.replace("None for made-to-measure pieces, which are priced on request after a "
                   "visit.", "Per piece."), RENDER),
])
def test_a_constant_for_another_case_is_not_written(tmp_path: Path, model: str,
                                                    render: str) -> None:
    data = fix_and_check(
        tmp_path, {"shop/__init__.py": "", "shop/model.py": model, "shop/render.py": render,
                   "tests/test_render.py": TESTS},
        'from shop.model import Item\nfrom shop.render import render_line\n'
        'render_line(Item("Wardrobe", 1, None))',
        # What a line with no price shows is not said for this case: no answer is right.
        "raise SystemExit('a text nothing documents for this case was written')")
    assert data is not None and data["status"] != "fixed"
