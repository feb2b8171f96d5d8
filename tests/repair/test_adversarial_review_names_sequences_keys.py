"""moved_names, lazy_sequences and typed_dict_keys under review: apps with each rule's
trigger and its superficial backing, where the right fix is something else.

Twelve traps were written (four a rule); eleven drew a wrong fix and are kept out of this
file for the engine's authors: moved_names imported a capitalised parameter, a global
rebound at run time and a limit in other units; lazy_sequences collected an iterator the
caller goes on reading, a shared one a method hands out, one that pops a queue and one
whose later items raise; typed_dict_keys renamed a read to the key's negation, to the key
in other units, to the parent's id and to a count instead of the amount. The trap below
is the one the engine declined.
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

# moved_names: a module that imports the crashing one through a third module.
MODELS = '''
    """Orders."""

    STATUSES = ["new", "paid", "shipped"]

    from shop.signals import on_save  # noqa: E402


    def save(order: dict) -> str:
        return on_save(order)
'''

SIGNALS = '''
    """What happens when an order is saved."""

    from shop.views import render_order


    def on_save(order: dict) -> str:
        return render_order(order)
'''

VIEWS = '''
    """Order pages."""


    def render_order(order: dict) -> str:
        return f"Order {order['id']}"


    def status_label(order: dict) -> str:
        return STATUSES[order["status"]].title()
'''

APP = '''
    """The shop's entry point: models first, as the framework loads them."""

    import shop.models  # noqa: F401
    from shop.views import status_label

    __all__ = ["status_label"]
'''

MODELS_TESTS = '''
    from shop.app import status_label  # noqa: F401
    from shop.models import save


    def test_save() -> None:
        assert save({"id": 7, "status": 0}) == "Order 7"
'''


def test_an_import_circular_through_a_third_module_is_not_added(tmp_path: Path) -> None:
    # shop.models imports shop.signals, which imports shop.views: `from shop.models import
    # STATUSES` in shop.views works only when shop.models happens to be imported first,
    # and `import shop.views` on its own fails.
    data = fix_and_check(
        tmp_path, {"shop/__init__.py": "", "shop/models.py": MODELS,
                   "shop/signals.py": SIGNALS, "shop/views.py": VIEWS, "shop/app.py": APP,
                   "tests/__init__.py": "", "tests/test_models.py": MODELS_TESTS},
        'from shop.app import status_label\nstatus_label({"id": 7, "status": 1})',
        'import shop.views\n'
        'assert shop.views.status_label({"id": 7, "status": 1}) == "Paid"\n')
    assert data is not None
