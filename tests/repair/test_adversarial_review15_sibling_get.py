"""Fifteenth adversarial review: ``sibling-get-default``.

``sibling-get-default`` (``candidates/sibling_get_defaults.py``) answers a KeyError from
``m[k]`` where other functions read a mapping made by the same call (``rated =
store.ratings()``) or annotated with the same class (``address: Address``) with ``.get(key,
DEFAULT)``: every read of that mapping in the crashing function the siblings' default
covers becomes ``.get(key, DEFAULT)``. Each wrong-fix trap is a small app where that
default, or the reads it is copied into, is not the answer; the hidden assertion checks
the behaviour the app's words give, and a declined fix passes.

Wrong-fix traps:

* ``test_a_rating_card_for_an_unrated_id_is_refused``: the ladder view shows a provisional
  rating for a member yet to play; the rating card is documented for rated members only,
  any other id raising ``UnknownMember`` (a 404);
* ``test_a_charge_event_without_its_amount_is_malformed``: ``payload = json.loads(body)``
  in a tip handler (no amount: a tip of 0) and in the charge handler (documented to raise
  ``MalformedEvent``): the same call text, another payload;
* ``test_an_unrated_referee_is_still_refused``: the newcomer's read takes the provisional
  rating, rightly, and so does the referee's, which the docstring says raises KeyError;
* ``test_a_pupil_away_on_the_day_is_left_out_of_the_average``: the register shows 0 for a
  pupil not yet marked; the class average is documented to leave such a pupil out;
* ``test_a_parcel_label_without_its_required_postcode_is_not_printed``: the crashing key
  is ``Required`` by the ``TypedDict`` (the sorting machine reads it); the e-mail's one
  line shows it blank;
* ``test_another_modules_customer_class_leaks_its_optional_vat_number``: two ``Customer``
  TypedDicts, matched by their bare name; ``vat_number`` is optional on a plain invoice
  and required on a reverse-charge one, and the fix takes the first's default for the
  second's read;
* ``test_a_test_files_get_default_is_no_contract``: the only sibling is a test reading
  ``ratings.get(m, 0)``; the store documents 1200 for a newcomer;
* ``test_a_tag_added_to_an_untagged_post_is_saved``: the tag line shows ``[]`` for an
  untagged post; ``add_tag``'s ``tags[post_id].append(tag)`` appends to a throwaway list;
* ``test_setting_a_theme_does_not_change_everybody_elses_default``: the default is the
  module's shared ``DEFAULT_PREFS`` dict, which ``set_theme`` then writes into;
* ``test_an_order_without_shipping_chosen_is_not_charged``: the order summary shows
  "standard" delivery for a draft; ``charge`` documents that an order before checkout
  raises ``IncompleteOrder``;
* ``test_book_stars_are_no_chess_rating``: ``store.ratings()`` of another package's
  ``store`` (book reviews, 0 stars) backs a 0 Elo rating for a newcomer;
* ``test_a_password_reset_for_a_deleted_account_is_refused``: the comments show a deleted
  author as ``FORMER_MEMBER``; the reset mail is documented to raise ``UnknownAccount``
  for such an id, and the fix mails an empty address;
* ``test_a_line_without_a_quantity_is_one_pack_not_blank_text``: the display default ""
  of a looped sibling, multiplied into a count (``"" * PACK_SIZE`` is ``""``);
* ``test_a_payout_without_an_iban_is_not_sent``: ``total=False`` makes every key
  optional, the sibling reads each with ""; the crash is on the free-text ``note``, and
  the fix also makes ``iban`` "", which the docstring says must raise.

Over-block checks (the siblings back the fix; the engine must end ``fixed``):

* ``test_over_block_two_newcomers_play_at_the_provisional_rating``: the template's own
  ladder, both players new;
* ``test_over_block_a_label_without_its_optional_lines``: the template's own address
  label, without ``company`` nor ``line2``;
* ``test_over_block_a_literal_default_of_another_module``: the view reading the ratings
  with ``.get(m, 1200)`` lives in another module than the crash.

As written, the 14 wrong-fix traps fail, each reported ``fixed`` by ``sibling-get-default``
(the only candidate each time) with the wrong behaviour; the 3 over-block checks pass. No
filter of ``generate`` touches the template: it is not in ``borrowed_backing.BORROWED``, so
a crashing docstring that says more (an exception raised, a pupil left out) leaves its
backing whole; its contract quotes no sentence; the documented raises here use no absence
word.

All 17 pass since the template reads the crashing function's own words, requires
immutable defaults that land safely, the one class of that name, the same import, and
``NotRequired`` keys, and skips tests (2026-11-27).
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import expect_fixed as _fixed
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or
from tests.repair.adversarial import shown as _shown

# Shared by the ladder apps: members 1 and 2 have played, 4 and 5 have not.
LADDER_STORE = '''
    """The chess club ladder's storage."""

    from __future__ import annotations

    #: The rating a member plays at until their first game is recorded.
    PROVISIONAL_RATING = 1200

    _MEMBERS = {1: "Ann", 2: "Ben", 4: "Cat", 5: "Dan"}
    _RATINGS = {1: 1500, 2: 1320}


    def members() -> dict[int, str]:
        return dict(_MEMBERS)


    def ratings() -> dict[int, int]:
        """The rating of each member who has played a ladder game."""
        return dict(_RATINGS)
'''


# --- the sibling's default is for display; the crashing function refuses ------------------

CARDS = '''
    """The ladder's JSON API."""

    from __future__ import annotations

    from ladder import store


    class UnknownMember(LookupError):
        """An id the rating cards do not know; the API answers it with a 404."""


    def ladder() -> list[dict[str, object]]:
        """Every member with their rating, best first."""
        ratings = store.ratings()
        rows = [{"id": m, "name": name, "rating": ratings.get(m, store.PROVISIONAL_RATING)}
                for m, name in store.members().items()]
        return sorted(rows, key=lambda row: -row["rating"])


    def rating_card(member_id: int) -> dict[str, object]:
        """The rating card of a rated member, linked from the results page.

        Only a member who has played a ladder game has a card; any other id raises
        UnknownMember, which the API answers with a 404.
        """
        rated = store.ratings()
        return {"id": member_id, "rating": rated[member_id]}
'''

CARDS_TESTS = '''
    from ladder.api import ladder, rating_card


    def test_ladder() -> None:
        assert [row["rating"] for row in ladder()] == [1500, 1320, 1200, 1200]


    def test_card() -> None:
        assert rating_card(1) == {"id": 1, "rating": 1500}
'''


def test_a_rating_card_for_an_unrated_id_is_refused(tmp_path: Path) -> None:
    # The ladder shows PROVISIONAL_RATING for a member yet to play; the card is
    # documented for rated members only, any other id raising UnknownMember.
    imports = "from ladder.api import rating_card\n"
    call = "rating_card(99)"
    _shown(fix_and_check(
        tmp_path, _app("ladder", "api", CARDS, CARDS_TESTS,
                       {"ladder/store.py": LADDER_STORE}),
        imports + call,
        imports + _raises_or(call, "False", "a card made up for an id with no rating")
        + _raises_or("rating_card(4)", "False", "a card made up for a member yet to play")))


WEBHOOKS = '''
    """Handlers of the payment provider's webhooks."""

    from __future__ import annotations

    import json


    class MalformedEvent(ValueError):
        """An event the provider must send again; the webhook answers it with a 400."""


    def on_tip(body: str) -> dict[str, object]:
        """A tip left on a receipt; the provider sends a tip of nothing without an amount."""
        payload = json.loads(body)
        return {"kind": "tip", "order": payload["order"], "amount": payload.get("amount", 0)}


    def on_charge(body: str) -> dict[str, object]:
        """A card charged for an order, booked in the shop's ledger.

        The provider's charge events always carry the amount charged; an event that does
        not is malformed and raises MalformedEvent, so that the provider sends it again.
        """
        payload = json.loads(body)
        return {"kind": "charge", "order": payload["order"], "amount": payload["amount"]}
'''

WEBHOOKS_TESTS = '''
    from shop.webhooks import on_charge, on_tip


    def test_tip() -> None:
        assert on_tip('{"order": 7}') == {"kind": "tip", "order": 7, "amount": 0}


    def test_charge() -> None:
        assert on_charge('{"order": 7, "amount": 1250}') == {
            "kind": "charge", "order": 7, "amount": 1250}
'''


def test_a_charge_event_without_its_amount_is_malformed(tmp_path: Path) -> None:
    # `payload = json.loads(body)` makes the tip's payload and the charge's: the same call
    # text, another event. A charge without an amount is documented as malformed.
    imports = "from shop.webhooks import on_charge\n"
    call = """on_charge('{"order": 7}')"""
    _shown(fix_and_check(
        tmp_path, _app("shop", "webhooks", WEBHOOKS, WEBHOOKS_TESTS), imports + call,
        imports + _raises_or(call, "False", "a charge without an amount booked")))


# --- a second read of the function that was strict on purpose -----------------------------

REFEREED = '''
    """Recording the ladder's games."""

    from __future__ import annotations

    from ladder import store

    K_FACTOR = 32


    def ladder() -> list[dict[str, object]]:
        """Every member with their rating, best first."""
        ratings = store.ratings()
        rows = [{"id": m, "name": name, "rating": ratings.get(m, store.PROVISIONAL_RATING)}
                for m, name in store.members().items()]
        return sorted(rows, key=lambda row: -row["rating"])


    def record_game(white: int, black: int, referee: int, score: float) -> dict[str, int]:
        """The players' new ratings after a game, and the referee's rating for the record.

        Only a rated member may referee a ladder game: a game refereed by anybody else
        raises KeyError, and is not recorded.
        """
        rated = store.ratings()
        white_before = rated[white]
        black_before = rated[black]
        expected = 1 / (1 + 10 ** ((black_before - white_before) / 400))
        change = round(K_FACTOR * (score - expected))
        return {"white": white_before + change, "black": black_before - change,
                "referee": rated[referee]}
'''

REFEREED_TESTS = '''
    from ladder.games import record_game


    def test_a_game_between_rated_members() -> None:
        assert record_game(1, 2, 1, 1.0) == {"white": 1508, "black": 1312, "referee": 1500}
'''


def test_an_unrated_referee_is_still_refused(tmp_path: Path) -> None:
    # The newcomer (5) plays at the provisional rating, as the ladder shows; the referee's
    # read of the same mapping is documented to raise for an unrated member.
    imports = "from ladder.games import record_game\n"
    call = "record_game(1, 5, 2, 1.0)"
    _shown(fix_and_check(
        tmp_path, _app("ladder", "games", REFEREED, REFEREED_TESTS,
                       {"ladder/store.py": LADDER_STORE}),
        imports + call,
        imports + _raises_or(call, 'got == {"white": 1505, "black": 1195, "referee": 1320}',
                             "a newcomer not rated provisionally")
        + _raises_or("record_game(1, 2, 4, 1.0)", "False",
                     "a game refereed by an unrated member recorded")))


REGISTER = '''
    """Marks of the term's tests."""

    from __future__ import annotations

    from school import store


    def register() -> list[str]:
        """The register pinned in the classroom, one line a pupil."""
        scores = store.scores()
        return [f"{name}: {scores.get(p, 0)}" for p, name in store.pupils().items()]


    def class_average(pupils: list[int]) -> float:
        """The average score of ``pupils``, for the head's termly report.

        The average is of the pupils who sat the test: a pupil away on the day has no
        score yet, and is left out of the average rather than counted as a 0.
        """
        scores = store.scores()
        marks = [scores[p] for p in pupils]
        return round(sum(marks) / len(marks), 1)
'''

SCHOOL_STORE = '''
    """Pupils and their scores."""

    from __future__ import annotations


    def pupils() -> dict[int, str]:
        return {1: "Ann", 2: "Ben", 3: "Cal"}


    def scores() -> dict[int, int]:
        return {1: 80, 2: 60}
'''

REGISTER_TESTS = '''
    from school.marks import class_average, register


    def test_register() -> None:
        assert register() == ["Ann: 80", "Ben: 60", "Cal: 0"]


    def test_average() -> None:
        assert class_average([1, 2]) == 70.0
'''


def test_a_pupil_away_on_the_day_is_left_out_of_the_average(tmp_path: Path) -> None:
    # The register shows 0 for a pupil not yet marked: display. The average leaves them out.
    imports = "from school.marks import class_average\n"
    call = "class_average([1, 2, 3])"
    _shown(fix_and_check(
        tmp_path, _app("school", "marks", REGISTER, REGISTER_TESTS,
                       {"school/store.py": SCHOOL_STORE}),
        imports + call,
        imports + _raises_or(call, "got == 70.0", "an absent pupil averaged in as 0")))


# --- TypedDict keys --------------------------------------------------------------------------

PARCELS = '''
    """Addresses of the shop's orders."""

    from __future__ import annotations

    from typing import NotRequired, TypedDict


    class Address(TypedDict):
        name: str
        company: NotRequired[str]
        line1: str
        postcode: str
        country: str


    def one_line(address: Address) -> str:
        """The address on one line, for the order confirmation e-mail."""
        parts = [address.get(key, "")
                 for key in ("name", "company", "line1", "postcode", "country")]
        return ", ".join(p for p in parts if p)


    def parcel_label(address: Address) -> list[str]:
        """The lines printed on a parcel's label; the carrier's sorting machine reads the
        postcode line."""
        lines = [address["name"], address.get("company", ""), address["line1"],
                 address["postcode"] + " " + address["country"]]
        return [line for line in lines if line]
'''

PARCELS_TESTS = '''
    from shop.addresses import one_line, parcel_label

    ANN = {"name": "Ann", "line1": "1 High St", "postcode": "AB1 2CD", "country": "GB"}


    def test_one_line() -> None:
        assert one_line(ANN) == "Ann, 1 High St, AB1 2CD, GB"


    def test_label() -> None:
        assert parcel_label(ANN) == ["Ann", "1 High St", "AB1 2CD GB"]
'''


def test_a_parcel_label_without_its_required_postcode_is_not_printed(tmp_path: Path) -> None:
    # `postcode` is a Required key; the e-mail's one line shows any key blank, and the
    # crashing key always takes the siblings' default whatever the TypedDict says.
    imports = "from shop.addresses import parcel_label\n"
    call = 'parcel_label({"name": "Ann", "line1": "1 High St", "country": "GB"})'
    _shown(fix_and_check(
        tmp_path, _app("shop", "addresses", PARCELS, PARCELS_TESTS), imports + call,
        imports + _raises_or(call, "False", "a parcel label printed without a postcode")))


PLAIN_INVOICES = '''
    """Invoices of customers in the shop's own country."""

    from __future__ import annotations

    from typing import NotRequired, TypedDict


    class Customer(TypedDict):
        name: str
        company: NotRequired[str]
        vat_number: NotRequired[str]


    def invoice_header(customer: Customer) -> str:
        """The customer's block at the top of an invoice."""
        return " / ".join(p for p in (customer["name"], customer.get("company", ""),
                                      customer.get("vat_number", "")) if p)
'''

REVERSE_CHARGE = '''
    """Invoices of business customers in another EU country (the reverse charge)."""

    from __future__ import annotations

    from typing import NotRequired, TypedDict


    class Customer(TypedDict):
        name: str
        company: NotRequired[str]
        vat_number: str


    def reverse_charge_note(customer: Customer) -> str:
        """The note the law requires on a reverse-charge invoice, with the customer's VAT
        number."""
        who = (customer["name"] + " " + customer["company"]).strip()
        return ("Reverse charge: VAT to be accounted for by " + who + " (VAT "
                + customer["vat_number"] + ").")
'''

REVERSE_CHARGE_TESTS = '''
    from shop.invoices import invoice_header
    from shop.reverse_charge import reverse_charge_note


    def test_header() -> None:
        assert invoice_header({"name": "Ann"}) == "Ann"


    def test_note() -> None:
        assert reverse_charge_note({"name": "Ann", "company": "Acme", "vat_number": "DE1"}) == (
            "Reverse charge: VAT to be accounted for by Ann Acme (VAT DE1).")
'''


def test_another_modules_customer_class_leaks_its_optional_vat_number(tmp_path: Path) -> None:
    # Two `Customer` TypedDicts, matched by their bare name: `vat_number` is NotRequired on
    # a plain invoice and Required on a reverse-charge one. The crash is on `company`
    # (optional in both); the fix also reads `vat_number` with the other class's "".
    imports = "from shop.reverse_charge import reverse_charge_note\n"
    call = 'reverse_charge_note({"name": "Ann", "vat_number": "DE1"})'
    _shown(fix_and_check(
        tmp_path, _app("shop", "reverse_charge", REVERSE_CHARGE, REVERSE_CHARGE_TESTS,
                       {"shop/invoices.py": PLAIN_INVOICES}),
        imports + call,
        imports + _raises_or(call, 'got == "Reverse charge: VAT to be accounted for by Ann '
                                   '(VAT DE1)."', "the note without a company is wrong")
        + _raises_or('reverse_charge_note({"name": "Ann", "company": "Acme"})', "False",
                     "a reverse-charge note without the VAT number the law requires")))


# --- siblings that are no contract -----------------------------------------------------------

GAMES = '''
    """Recording the ladder's games."""

    from __future__ import annotations

    from ladder import store

    K_FACTOR = 32


    def record_game(white: int, black: int, score: float) -> dict[int, int]:
        """The players' new ratings after a game, by member id."""
        rated = store.ratings()
        white_before = rated[white]
        black_before = rated[black]
        expected = 1 / (1 + 10 ** ((black_before - white_before) / 400))
        change = round(K_FACTOR * (score - expected))
        return {white: white_before + change, black: black_before - change}
'''

GAMES_TESTS = '''
    from ladder import store
    from ladder.games import record_game


    def test_only_members_who_played_are_rated() -> None:
        ratings = store.ratings()
        assert [ratings.get(m, 0) for m in (1, 2, 4)] == [1500, 1320, 0]


    def test_a_game_between_rated_members() -> None:
        assert record_game(1, 2, 1.0) == {1: 1508, 2: 1312}
'''


def test_a_test_files_get_default_is_no_contract(tmp_path: Path) -> None:
    # The only `.get(m, 0)` of the ratings is a test's, checking that a newcomer has no
    # stored rating; the store documents 1200 for a member until their first game.
    imports = "from ladder.games import record_game\n"
    call = "record_game(1, 4, 1.0)"
    _shown(fix_and_check(
        tmp_path, {"ladder/__init__.py": "", "ladder/store.py": LADDER_STORE,
                   "ladder/games.py": GAMES, "tests/__init__.py": "",
                   "tests/test_games.py": GAMES_TESTS},
        imports + call,
        imports + _raises_or(call, "got == {1: 1505, 4: 1195}",
                             "a newcomer rated from a test's 0")))


BOOK_STORE = '''
    """Members' reviews of the club library's books."""

    from __future__ import annotations


    def ratings() -> dict[int, int]:
        """The average stars (0 to 5) of each book somebody has reviewed."""
        return {10: 4, 11: 3}
'''

BOOK_VIEWS = '''
    """The club library's pages."""

    from __future__ import annotations

    from club.books import store


    def shelf(books: list[int]) -> list[str]:
        """Each book's stars, for the shelf page."""
        ratings = store.ratings()
        return [f"{b}: {'*' * ratings.get(b, 0)}" for b in books]
'''

CHESS_GAMES = GAMES.replace("from ladder import store", "from club.chess import store")


def test_book_stars_are_no_chess_rating(tmp_path: Path) -> None:
    # `store.ratings()` is the call text of both, but the books' `store` is another module:
    # a book nobody reviewed has 0 stars, a chess newcomer is rated 1200.
    imports = "from club.chess.games import record_game\n"
    call = "record_game(1, 4, 1.0)"
    tests = '''
        from club.books.views import shelf
        from club.chess.games import record_game


        def test_shelf() -> None:
            assert shelf([10, 12]) == ["10: ****", "12: "]


        def test_a_game_between_rated_members() -> None:
            assert record_game(1, 2, 1.0) == {1: 1508, 2: 1312}
    '''
    _shown(fix_and_check(
        tmp_path, {"club/__init__.py": "", "club/books/__init__.py": "",
                   "club/books/store.py": BOOK_STORE, "club/books/views.py": BOOK_VIEWS,
                   "club/chess/__init__.py": "", "club/chess/store.py": LADDER_STORE,
                   "club/chess/games.py": CHESS_GAMES, "tests/__init__.py": "",
                   "tests/test_club.py": tests},
        imports + call,
        imports + _raises_or(call, "got == {1: 1505, 4: 1195}",
                             "a chess newcomer rated with a book's 0 stars")))


# --- defaults that are objects ---------------------------------------------------------------

TAGS = '''
    """Tags of the blog's posts."""

    from __future__ import annotations

    from blog import store


    def tag_line(post_id: int) -> str:
        """The line under a post listing its tags."""
        tags = store.tags()
        return ", ".join(tags.get(post_id, [])) or "untagged"


    def add_tag(post_id: int, tag: str) -> None:
        """Tag a post; the tag is saved at once, and shown under the post."""
        tags = store.tags()
        if tag not in tags[post_id]:
            tags[post_id].append(tag)
'''

BLOG_STORE = '''
    """The blog's storage: live tables, written in place."""

    from __future__ import annotations

    _TAGS: dict[int, list[str]] = {1: ["python"]}


    def tags() -> dict[int, list[str]]:
        return _TAGS
'''

TAGS_TESTS = '''
    from blog.posts import add_tag, tag_line


    def test_tag_line() -> None:
        assert tag_line(1) == "python"
        assert tag_line(2) == "untagged"


    def test_add_tag() -> None:
        add_tag(1, "web")
        assert tag_line(1) == "python, web"
'''


def test_a_tag_added_to_an_untagged_post_is_saved(tmp_path: Path) -> None:
    # `tags.get(post_id, [])` is right for a line of text; `add_tag` appends to what it
    # reads, and `.get(post_id, []).append(tag)` appends to a list nobody keeps.
    imports = "from blog.posts import add_tag, tag_line\n"
    _shown(fix_and_check(
        tmp_path, _app("blog", "posts", TAGS, TAGS_TESTS, {"blog/store.py": BLOG_STORE}),
        imports + 'add_tag(2, "news")',
        imports + 'try:\n    add_tag(2, "news")\nexcept Exception:\n    pass\nelse:\n'
        '    assert tag_line(2) == "news", f"the tag was not saved: {tag_line(2)!r}"\n'))


PREFS = '''
    """Members' display preferences."""

    from __future__ import annotations

    from prefs import store


    def theme_of(user: str) -> str:
        """The theme the site is shown in to ``user``."""
        preferences = store.preferences()
        return preferences.get(user, store.DEFAULT_PREFS)["theme"]


    def set_theme(user: str, theme: str) -> None:
        """Save the theme ``user`` picked on the settings page."""
        preferences = store.preferences()
        preferences[user]["theme"] = theme
'''

PREFS_STORE = '''
    """The preferences table, written in place."""

    from __future__ import annotations

    #: What a member who never opened the settings page sees.
    DEFAULT_PREFS = {"theme": "light", "digest": "weekly"}

    _PREFS: dict[str, dict[str, str]] = {"ann": {"theme": "dark", "digest": "daily"}}


    def preferences() -> dict[str, dict[str, str]]:
        return _PREFS
'''

PREFS_TESTS = '''
    from prefs.settings import set_theme, theme_of


    def test_themes() -> None:
        assert theme_of("ann") == "dark"
        assert theme_of("bob") == "light"


    def test_set_theme() -> None:
        set_theme("ann", "sepia")
        assert theme_of("ann") == "sepia"
'''


def test_setting_a_theme_does_not_change_everybody_elses_default(tmp_path: Path) -> None:
    # The siblings' default is the shared DEFAULT_PREFS dict: `set_theme` writes into it,
    # and every member without preferences now sees bob's theme.
    imports = "from prefs.settings import set_theme, theme_of\n"
    _shown(fix_and_check(
        tmp_path, _app("prefs", "settings", PREFS, PREFS_TESTS,
                       {"prefs/store.py": PREFS_STORE}),
        imports + 'set_theme("bob", "dark")',
        imports + 'try:\n    set_theme("bob", "dark")\nexcept Exception:\n    pass\nelse:\n'
        '    assert theme_of("cat") == "light", "the default theme was changed for everybody"\n'
        '    assert theme_of("bob") == "dark"\n'))


# --- the crashing function's own words refuse the absence ----------------------------------

ORDERS = '''
    """Orders of the shop, from the first item in the basket to payment."""

    from __future__ import annotations

    from typing import NotRequired, TypedDict

    ITEM_PRICE = 10.0
    SHIPPING_PRICES = {"standard": 4.95, "express": 9.95}


    class IncompleteOrder(Exception):
        """An order the customer must finish at checkout; the page sends them back there."""


    class Order(TypedDict):
        id: int
        items: list[str]
        #: Chosen at checkout; a draft has none yet.
        shipping: NotRequired[str]


    def order_summary(order: Order) -> str:
        """The basket's summary line."""
        return (f"Order {order['id']}: {len(order['items'])} items, "
                f"{order.get('shipping', 'standard')} delivery")


    def charge(order: Order) -> float:
        """The amount charged for ``order`` when the customer pays.

        A customer pays only after choosing how the order is shipped at checkout; an
        order that reaches here before that is incomplete and raises IncompleteOrder, so
        that the customer is sent back to checkout.
        """
        shipping = order["shipping"]
        return ITEM_PRICE * len(order["items"]) + SHIPPING_PRICES[shipping]
'''

ORDERS_TESTS = '''
    from shop.orders import charge, order_summary


    def test_summary() -> None:
        assert order_summary({"id": 1, "items": ["a"]}) == "Order 1: 1 items, standard delivery"


    def test_charge() -> None:
        assert charge({"id": 1, "items": ["a", "b"], "shipping": "express"}) == 29.95
'''


def test_an_order_without_shipping_chosen_is_not_charged(tmp_path: Path) -> None:
    # The basket's summary shows "standard" for a draft; `charge` documents that an order
    # before checkout raises IncompleteOrder.
    imports = "from shop.orders import charge\n"
    call = 'charge({"id": 1, "items": ["a"]})'
    _shown(fix_and_check(
        tmp_path, _app("shop", "orders", ORDERS, ORDERS_TESTS), imports + call,
        imports + _raises_or(call, "False", "a draft order charged standard delivery")))


ACCOUNTS = '''
    """Members' accounts."""

    from __future__ import annotations

    from accounts import store

    #: Shown as the author of a comment whose account was deleted.
    FORMER_MEMBER = {"name": "Former member", "email": ""}


    class UnknownAccount(LookupError):
        """An id of a deleted account; the form says it knows no such member."""


    def comment_author(user_id: int) -> str:
        """The name shown above a comment."""
        profiles = store.profiles()
        return profiles.get(user_id, FORMER_MEMBER)["name"]


    def send_password_reset(user_id: int) -> None:
        """E-mail a password reset link to the member ``user_id``.

        The id of a deleted account raises UnknownAccount, and the form says so.
        """
        profiles = store.profiles()
        profile = profiles[user_id]
        store.send_mail(profile["email"], "Reset your password")
'''

ACCOUNTS_STORE = '''
    """Profiles, and the outgoing mail."""

    from __future__ import annotations

    SENT: list[tuple[str, str]] = []


    def profiles() -> dict[int, dict[str, str]]:
        return {1: {"name": "Ann", "email": "ann@example.org"}}


    def send_mail(to: str, subject: str) -> None:
        SENT.append((to, subject))
'''

ACCOUNTS_TESTS = '''
    from accounts import store
    from accounts.members import comment_author, send_password_reset


    def test_author() -> None:
        assert comment_author(1) == "Ann"
        assert comment_author(7) == "Former member"


    def test_reset() -> None:
        send_password_reset(1)
        assert store.SENT[-1] == ("ann@example.org", "Reset your password")
'''


def test_a_password_reset_for_a_deleted_account_is_refused(tmp_path: Path) -> None:
    # FORMER_MEMBER is the comments' placeholder for a deleted author; a reset for such an
    # id is documented to raise UnknownAccount, and the fix mails "".
    imports = "from accounts import store\nfrom accounts.members import send_password_reset\n"
    call = "send_password_reset(7)"
    _shown(fix_and_check(
        tmp_path, _app("accounts", "members", ACCOUNTS, ACCOUNTS_TESTS,
                       {"accounts/store.py": ACCOUNTS_STORE}),
        imports + call,
        imports + _raises_or(call, "False", "a reset mailed for a deleted account")
        + 'assert store.SENT == [], store.SENT\n'))


PICKING = '''
    """Picking lists of the warehouse."""

    from __future__ import annotations

    from typing import NotRequired, TypedDict

    #: Units in a pack: a line's quantity counts packs.
    PACK_SIZE = 6


    class Line(TypedDict):
        sku: str
        qty: NotRequired[int]
        note: NotRequired[str]


    def describe(line: Line) -> str:
        """The line as the order page shows it."""
        return " ".join(str(line.get(key, "")) for key in ("sku", "qty", "note")).strip()


    def units(line: Line) -> int:
        """How many units to pick for ``line``; a line without a quantity is one pack."""
        return line["qty"] * PACK_SIZE
'''

PICKING_TESTS = '''
    from warehouse.picking import describe, units


    def test_describe() -> None:
        assert describe({"sku": "TEA", "qty": 2, "note": "gift"}) == "TEA 2 gift"


    def test_units() -> None:
        assert units({"sku": "TEA", "qty": 2}) == 12
'''


def test_a_line_without_a_quantity_is_one_pack_not_blank_text(tmp_path: Path) -> None:
    # The order page's loop reads every key with "": text. `"" * PACK_SIZE` is "", no
    # crash, and the picker is told to pick "" units.
    imports = "from warehouse.picking import units\n"
    call = 'units({"sku": "TEA"})'
    _shown(fix_and_check(
        tmp_path, _app("warehouse", "picking", PICKING, PICKING_TESTS), imports + call,
        imports + _raises_or(call, "got == 6", "a line without a quantity not one pack")))


PAYOUTS = '''
    """Payouts to the market's sellers."""

    from __future__ import annotations

    from typing import TypedDict

    from market import bank


    class Payout(TypedDict, total=False):
        iban: str
        amount: int
        reference: str
        note: str


    def describe(payout: Payout) -> str:
        """The payout as the seller's dashboard lists it, blanks where not yet known."""
        return " | ".join(str(payout.get(key, "")) for key in ("iban", "reference", "note"))


    def send_payout(payout: Payout) -> str:
        """Send ``payout`` to the bank, with the seller's note on the transfer.

        A payout is sent to the IBAN it holds: one the seller has not given an IBAN for
        yet raises KeyError, and stays on the dashboard until they do.
        """
        return bank.transfer(payout["iban"], payout["amount"],
                             payout["reference"] + " " + payout["note"])
'''

BANK = '''
    """The bank's transfer API."""

    from __future__ import annotations

    SENT: list[tuple[str, int, str]] = []


    def transfer(iban: str, amount: int, text: str) -> str:
        SENT.append((iban, amount, text.strip()))
        return f"T{len(SENT)}"
'''

PAYOUTS_TESTS = '''
    from market.payouts import describe, send_payout


    def test_describe() -> None:
        assert describe({"amount": 10, "reference": "P1"}) == " | P1 | "


    def test_send() -> None:
        assert send_payout({"iban": "DE1", "amount": 10, "reference": "P1", "note": "hi"}) == "T1"
'''


def test_a_payout_without_an_iban_is_not_sent(tmp_path: Path) -> None:
    # `total=False` makes every key optional and the dashboard reads them all with "";
    # the crash is the free-text note, and the fix sends a payout without an IBAN too.
    imports = "from market import bank\nfrom market.payouts import send_payout\n"
    call = 'send_payout({"iban": "DE1", "amount": 10, "reference": "P1"})'
    _shown(fix_and_check(
        tmp_path, _app("market", "payouts", PAYOUTS, PAYOUTS_TESTS,
                       {"market/bank.py": BANK}),
        imports + call,
        imports + _raises_or(call, 'bank.SENT == [("DE1", 10, "P1")]',
                             "a payout without a note not sent as it is")
        + "del bank.SENT[:]\n"
        + _raises_or('send_payout({"amount": 10, "reference": "P2", "note": "hi"})', "False",
                     "a payout sent without an IBAN")
        + "assert bank.SENT == [], bank.SENT\n"))


# --- over-block checks: the siblings back the fix, and it must be reported ---------------------

LADDER_GAMES = '''
    """Recording the ladder's games."""

    from __future__ import annotations

    from ladder import store

    K_FACTOR = 32


    def ladder() -> list[dict[str, object]]:
        """Every member with their rating, best first."""
        ratings = store.ratings()
        rows = [{"id": m, "name": name, "rating": ratings.get(m, store.PROVISIONAL_RATING)}
                for m, name in store.members().items()]
        return sorted(rows, key=lambda row: -row["rating"])


    def record_game(white: int, black: int, score: float) -> dict[int, int]:
        """The players' new ratings after a game, by member id."""
        rated = store.ratings()
        white_before = rated[white]
        black_before = rated[black]
        expected = 1 / (1 + 10 ** ((black_before - white_before) / 400))
        change = round(K_FACTOR * (score - expected))
        return {white: white_before + change, black: black_before - change}
'''

LADDER_GAMES_TESTS = '''
    from ladder.games import ladder, record_game


    def test_ladder() -> None:
        assert [row["rating"] for row in ladder()] == [1500, 1320, 1200, 1200]


    def test_a_game_between_rated_members() -> None:
        assert record_game(1, 2, 1.0) == {1: 1508, 2: 1312}
'''


def test_over_block_two_newcomers_play_at_the_provisional_rating(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the template's own ladder. Two members yet to play meet; the
    ladder view in the same module reads the ratings with ``.get(m,
    store.PROVISIONAL_RATING)``, and both reads of ``record_game`` take it."""
    imports = "from ladder.games import record_game\n"
    _fixed(fix_and_check(
        tmp_path, _app("ladder", "games", LADDER_GAMES, LADDER_GAMES_TESTS,
                       {"ladder/store.py": LADDER_STORE}),
        imports + "record_game(4, 5, 1.0)",
        imports + "got = record_game(4, 5, 1.0)\nassert got == {4: 1216, 5: 1184}, got\n"
        "got = record_game(1, 4, 1.0)\nassert got == {1: 1505, 4: 1195}, got\n"
        "got = record_game(4, 1, 0.0)\nassert got == {4: 1195, 1: 1505}, got\n"
        "assert record_game(1, 2, 1.0) == {1: 1508, 2: 1312}\n"))


LABELS = '''
    """Addresses of the shop's orders."""

    from __future__ import annotations

    from typing import NotRequired, TypedDict


    class Address(TypedDict):
        name: str
        company: NotRequired[str]
        line1: str
        line2: NotRequired[str]
        postcode: str


    def one_line(address: Address) -> str:
        """The address on one line, for the order confirmation e-mail."""
        parts = [address.get(key, "")
                 for key in ("name", "company", "line1", "line2", "postcode")]
        return ", ".join(p for p in parts if p)


    def label_lines(address: Address) -> list[str]:
        """The lines printed on a parcel's label, blank ones left out."""
        lines = [address["name"], address["company"], address["line1"], address["line2"],
                 address["postcode"]]
        return [line for line in lines if line.strip()]
'''

LABELS_TESTS = '''
    from shop.addresses import label_lines, one_line

    ANN = {"name": "Ann", "company": "Acme", "line1": "1 High St", "line2": "Flat 2",
           "postcode": "AB1 2CD"}


    def test_one_line() -> None:
        assert one_line({"name": "Ann", "line1": "1 High St", "postcode": "AB1 2CD"}) == (
            "Ann, 1 High St, AB1 2CD")


    def test_label() -> None:
        assert label_lines(ANN) == ["Ann", "Acme", "1 High St", "Flat 2", "AB1 2CD"]
'''


def test_over_block_a_label_without_its_optional_lines(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the template's own address label. ``company`` and ``line2`` are
    ``NotRequired`` and the e-mail's one line reads them with ``""``; a label for an
    address without either must print the other lines."""
    imports = "from shop.addresses import label_lines\n"
    _fixed(fix_and_check(
        tmp_path, _app("shop", "addresses", LABELS, LABELS_TESTS), imports
        + 'label_lines({"name": "Ann", "line1": "1 High St", "postcode": "AB1 2CD"})',
        imports
        + 'got = label_lines({"name": "Ann", "line1": "1 High St", "postcode": "AB1 2CD"})\n'
        'assert got == ["Ann", "1 High St", "AB1 2CD"], got\n'
        'got = label_lines({"name": "Ann", "company": "Acme", "line1": "1 High St", '
        '"postcode": "AB1 2CD"})\n'
        'assert got == ["Ann", "Acme", "1 High St", "AB1 2CD"], got\n'
        'try:\n    label_lines({"company": "Acme", "line1": "1 High St", "postcode": "X"})\n'
        'except KeyError:\n    pass\nelse:\n    raise AssertionError("a label without a name")\n'))


LADDER_VIEWS = '''
    """The ladder's pages."""

    from __future__ import annotations

    from ladder import store


    def standings() -> list[str]:
        """The standings page: members yet to play are listed at 1200, the provisional
        rating."""
        ratings = store.ratings()
        return [f"{name}: {ratings.get(m, 1200)}" for m, name in store.members().items()]
'''


def test_over_block_a_literal_default_of_another_module(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the view reading the ratings with ``.get(m, 1200)`` lives in
    ``ladder/views.py``; the crash is in ``ladder/games.py``. A literal default resolves
    in any module."""
    imports = "from ladder.games import record_game\n"
    tests = '''
        from ladder.games import record_game
        from ladder.views import standings


        def test_standings() -> None:
            assert standings() == ["Ann: 1500", "Ben: 1320", "Cat: 1200", "Dan: 1200"]


        def test_a_game_between_rated_members() -> None:
            assert record_game(1, 2, 1.0) == {1: 1508, 2: 1312}
    '''
    _fixed(fix_and_check(
        tmp_path, _app("ladder", "games", GAMES, tests,
                       {"ladder/store.py": LADDER_STORE, "ladder/views.py": LADDER_VIEWS}),
        imports + "record_game(1, 4, 1.0)",
        imports + "got = record_game(1, 4, 1.0)\nassert got == {1: 1505, 4: 1195}, got\n"
        "got = record_game(5, 1, 0.0)\nassert got == {5: 1195, 1: 1505}, got\n"))
