"""The path a new user tries by hand: `bugstack fix` on their app, then `bugstack fixes
deliver` into their repository and its bare remote, with the real fix engine."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.deliver.conftest import git

# The docstring is the contract that lets the engine choose the default: without it, the
# engine rightly declines to guess what a missing quantity means.
CART = '''def item_price(item):
    """Price of a cart line; "qty" is optional and defaults to 1."""
    return item["price"] * item["qty"]


def total(items):
    return sum(item_price(i) for i in items)
'''
SUITE = '''from shop.cart import total


def test_total():
    assert total([{"price": 2, "qty": 3}]) == 6
'''


def _event() -> dict[str, object]:
    frames = [
        {"filename": "shop/cart.py", "abs_path": "/srv/app/shop/cart.py", "module": "shop.cart",
         "function": "total", "lineno": 7, "in_app": True,
         "context_line": "    return sum(item_price(i) for i in items)"},
        {"filename": "shop/cart.py", "abs_path": "/srv/app/shop/cart.py", "module": "shop.cart",
         "function": "item_price", "lineno": 3, "in_app": True,
         "context_line": '    return item["price"] * item["qty"]'},
    ]
    return {
        "event_id": "0" * 32, "platform": "python", "level": "error",
        "exception": {"values": [{"type": "KeyError", "value": "'qty'", "module": "builtins",
                                  "stacktrace": {"frames": frames}}]},
        "contexts": {"bugstack_replay": {
            "type": "bugstack_replay", "version": 1, "phase": "script",
            "frames": [{"module": "shop.cart", "function": "item_price",
                        "filename": "shop/cart.py", "lineno": 3, "arguments": ["item"],
                        "locals": {"item": {"$type": "dict", "items": [["price", 2]]}}}],
        }},
    }


def bugstack(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from bugstack.cli import main; main()", *args],
        cwd=cwd, capture_output=True, text=True, check=False, timeout=600,
    )


@pytest.mark.slow
def test_fix_then_deliver_by_hand(tmp_path: Path) -> None:
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "--quiet", "--bare", str(remote))
    app = tmp_path / "app"
    git(tmp_path, "clone", "--quiet", str(remote), str(app))
    (app / "shop").mkdir()
    (app / "tests").mkdir()
    (app / "shop" / "__init__.py").write_text("")
    (app / "shop" / "cart.py").write_text(CART)
    (app / "tests" / "test_cart.py").write_text(SUITE)
    git(app, "add", ".")
    git(app, "commit", "--quiet", "-m", "shop")
    git(app, "push", "--quiet", "origin", "HEAD:main")
    (tmp_path / "event.json").write_text(json.dumps(_event()))

    fixed = bugstack("fix", "--repo", str(app), "--event", str(tmp_path / "event.json"),
                     "--json", cwd=tmp_path)
    assert fixed.returncode == 0, fixed.stderr
    (tmp_path / "proposal.json").write_text(fixed.stdout)
    assert json.loads(fixed.stdout)["status"] == "fixed"

    delivered = bugstack(
        "fixes", "deliver", "proposal.json", "--repo", str(app), "--remote", "origin",
        "--issue", "7", "--title", "KeyError: 'qty'", "--culprit", "shop.cart in item_price",
        "--json", cwd=tmp_path,
    )
    assert delivered.returncode == 0, delivered.stderr
    branch = json.loads(delivered.stdout)["branch"]
    assert branch == "bugstack/7-keyerror-qty"
    assert git(app, "status", "--porcelain") == ""
    assert git(app, "symbolic-ref", "--short", "HEAD").strip() == "main"
    commit = git(remote, "rev-parse", branch).strip()
    assert git(app, "rev-parse", branch).strip() == commit
    changed = git(remote, "show", "--name-only", "--format=", commit).split()
    assert "shop/cart.py" in changed and any(p.startswith("tests/") for p in changed)
    message = git(remote, "log", "-1", "--format=%B", commit)
    assert message.startswith("Fix KeyError: 'qty'") and "Why: " in message

    # The branch's code passes the app's suite and the regression test.
    checkout = tmp_path / "review"
    git(tmp_path, "clone", "--quiet", "--branch", branch, str(remote), str(checkout))
    suite = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                           cwd=checkout, capture_output=True, text=True, check=False)
    assert suite.returncode == 0, suite.stdout
    passed = re.search(r"(\d+) passed", suite.stdout)
    # The app's own test and at least one regression test ran, and none failed.
    assert passed is not None and int(passed.group(1)) >= 2 and "failed" not in suite.stdout
