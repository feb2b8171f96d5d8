"""Twelfth adversarial review: the rows production's database held, put back from the
captured model instances (``reproduce/django_rows.py``), calls into a Django project made
with Django set up (``reproduce/django_calls.py``), a generic answer giving way to a
sibling's (``candidates/sibling_answers.py``), and the new readings of
``generic_backing`` (``_declared_none_answer``, ``_divisor_words``, ``_not_yet_of``).

Each trap is a small Django project with its own passing tests, a
trigger that crashes as production did, and a hidden assertion of the behaviour the app's
own words give. Most crashes reproduce only because the rows are seeded: the replayed
request would otherwise find an empty table and answer 404.

Wrong-fix traps (a fix reported ``fixed`` must behave as the hidden assertion says; a
declined fix passes):

* ``test_a_sibling_answering_in_an_if_statement_still_answers``: the list view's helper
  answers an animal without a foster home with ``settings.SHELTER["city"]`` in an ``if``
  statement, which ``sibling_answers`` (conditional expressions and ``or`` only) does not
  read; the model's help_text names ``settings.SHELTER`` too. ``return {}``;
* ``test_a_sibling_in_a_django_template_still_answers``: the timetable page answers a
  lesson without a room with ``settings.MAIN_HALL`` in its Django template (``{% if %}
  ... {% else %}``): no Python sibling at all. ``return {}``;
* ``test_help_text_and_a_settings_constant_name_the_currency``: an empty
  ``Product.currency`` is the shop's own (help_text, settings comment); ``-> str | None``,
  None documented for a product sold on request, backs None: the scarf shows "Ask us";
* ``test_a_poll_nobody_voted_in_shows_no_percentages``: the choices are seeded from a
  captured queryset; "no percentages until the first vote" is in ``Question``'s
  docstring in models.py, read by nothing; the guide's 0.0 claims both choices lost;
* ``test_a_walk_in_sales_reminder_goes_to_the_till`` (a call into Django code,
  ``django_calls``): an invoice without a customer is a walk-in sale whose reminder goes
  to ``settings.TILL_EMAIL``; ``-> dict[str, str]`` backs ``{}``, a reminder to nobody;
* ``test_a_placeholder_none_in_another_field_hides_the_right_fix``: the seeded
  ``Animal.branch`` (set in production, nullable) is None, so the sibling guard that
  follows ``collection_point`` (``branch_address(animal.branch)``) raises in the
  reproduction and the generic ``{}`` holds alone. With ``branch`` not nullable the same
  app is fixed with the sibling's answer;
* ``test_none_for_runs_not_uploaded_yet_is_not_a_van_left_in_the_depot``
  (``generic_backing``: ``_not_yet_of`` and ``_declared_none_answer``): the None sentence
  says runs "not uploaded yet" and names the divisor's ``runs``, so the annotation's None
  keeps its backing while the guide's 0.0 loses it to the same sentence; the function
  already answers that case, and the empty divisor is the van left in the depot,
  documented as 0.0;
* ``test_none_for_a_sample_with_no_price_is_not_a_product_with_no_orders``
  (``generic_backing``: the empty-case exemption of a new None, and
  ``_declared_none_answer``): the None sentence is about a free sample "with no list
  price"; a product that sold nothing is documented as 0.0.

Traps the engine is expected to decline (it did, as written):

* ``test_an_unlimited_tier_is_not_sold_out``: an empty ``Tier.capacity`` is an unlimited
  tier (help_text, ``can_sell``); ``-> int`` would back 0 seats left;
* ``test_one_booking_without_a_room_does_not_cancel_every_reminder`` (``django_calls``):
  only the crashing booking is seeded, so ``return []`` from the middle of the loop would
  pass the reproduction and drop every guest from the porter's sheet.

Over-block checks (the app's words back the fix; the engine must end ``fixed``):

* ``test_over_block_none_for_a_cancelled_class_is_not_the_empty_case``
  (``generic_backing``: ``_declared_none_answer``): the None sentence is about a cancelled
  class, which the function already answers; the class nobody booked is documented as
  0.0, the guide's answer, which loses its backing to the unrelated sentence;
* ``test_over_block_a_pk_parameter_names_the_row`` (``django_rows``): the view's parameter
  is ``pk``, which the module's docstring names but ``captured_rows`` does not read; the
  row is seeded with id 1 and the replayed ``GET /articles/5/`` answers 404. With
  ``article_id`` the same app is fixed;
* ``test_over_block_a_podcasts_keywords_are_no_answer_for_an_articles``
  (``sibling_answers``): the feed answers an *episode's* empty ``keywords``;
  ``_sibling_answer`` matches ``<any object>.keywords``, so the article's ``return []``,
  backed by ``-> list[str]`` and by its docstring, gives way. Without the feed module the
  same app is fixed;
* ``test_over_block_a_placeholder_amount_is_no_grouped_number`` (``django_rows``
  placeholders): the seeded invoice's amount is ``"amount_text-2"``, so the documented
  thousands-separator fix, built from the captured ``'3,150.00'``, cannot cure the
  reproduction and the engine declines.

As first run: the 8 wrong-fix traps are reported ``fixed`` with the wrong behaviour, the 2
decline traps pass, and the 4 over-block checks end ``unverified``, ``not_reproduced`` or
``not_fixed``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.repair.adversarial import expect_fixed as _fixed
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or
from tests.repair.adversarial import shown as _shown
from tests.repair.apps import DJANGO_TEST_CONFTEST, django_site

#: Over-blocks kept on purpose after this review: a reproduction that stands on made-up row
#: values backs no annotation- or guide-only fix (``need_the_apps_words``), the price of
#: closing its eight wrong fixes.
_MADE_UP = pytest.mark.xfail(strict=True, reason="made-up rows back no generic fix")
#: The seeded row's placeholder text is no grouped number, so the documented fix cannot be
#: verified on it: placeholders are not made to look like the captured value.
_PLACEHOLDER = pytest.mark.xfail(strict=True, reason="a placeholder is no captured value")


def _project(app: str, files: dict[str, str], settings: str = "") -> dict[str, str]:
    """A Django project holding ``app`` (its ``files`` named relative to the repository),
    its tests run by the app's own conftest, ``settings`` added to the site's."""
    site = django_site(app)
    site["site_conf/settings.py"] += settings
    return {**site, f"{app}/__init__.py": "", "tests/__init__.py": "",
            "tests/conftest.py": DJANGO_TEST_CONFTEST, **files}


#: Production: Django set up on its database, the tables as migrated.
PRELUDE = """
import os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django
django.setup()
from django.core.management import call_command
call_command("migrate", run_syncdb=True, verbosity=0)
from django.test import Client
"""


# --- the shelter: an animal without a foster home is met at the shelter ------------------

SHELTER_SETTINGS = '''
        #: Where adopters meet the animals that are not in foster care, and the number they
        #: ring to book a visit.
        SHELTER = {"where": "Riverside Animal Shelter, Mill Lane", "city": "Leeds",
                   "phone": "0113 496 0000"}
'''

SHELTER_MODELS = '''
    from django.db import models


    class FosterHome(models.Model):
        name = models.CharField(max_length=120)
        city = models.CharField(max_length=80)
        phone = models.CharField(max_length=30)

        def __str__(self) -> str:
            return self.name


    class Animal(models.Model):
        name = models.CharField(max_length=60)
        species = models.CharField(max_length=10, choices=[("dog", "Dog"), ("cat", "Cat")])
        foster = models.ForeignKey(
            FosterHome, null=True, blank=True, on_delete=models.SET_NULL,
            related_name="animals",
            help_text="Empty while the animal lives at the shelter: adopters then meet it "
                      "there (settings.SHELTER).")

        def __str__(self) -> str:
            return self.name
'''

SHELTER_SERVICES = '''
    """What the public pages say about an animal."""

    from animals.models import Animal


    def meeting_point(animal: Animal) -> dict[str, str]:
        """Where adopters come to meet the animal, and the number to ring to book a visit."""
        home = animal.foster
        return {"where": home.name, "city": home.city, "phone": home.phone}
'''

SHELTER_VIEWS = '''
    from django.conf import settings
    from django.http import JsonResponse
    from django.shortcuts import get_object_or_404

    from animals.models import Animal
    from animals.services import meeting_point


    def _city(animal: Animal) -> str:
        """The city the animal is met in."""
        if animal.foster is not None:
            return animal.foster.city
        return settings.SHELTER["city"]


    def animals(request) -> JsonResponse:
        """The animals waiting for a home, and the city each is met in."""
        return JsonResponse({"animals": [{"id": a.id, "name": a.name, "city": _city(a)}
                                         for a in Animal.objects.order_by("id")]})


    def animal_detail(request, animal_id: int) -> JsonResponse:
        animal = get_object_or_404(Animal, pk=animal_id)
        return JsonResponse({"id": animal.id, "name": animal.name,
                             "meet": meeting_point(animal)})
'''

SHELTER_URLS = '''
    from django.urls import path

    from animals import views

    urlpatterns = [path("animals/", views.animals),
                   path("animals/<int:animal_id>/", views.animal_detail)]
'''

SHELTER_TESTS = '''
    from django.test import Client

    from animals.models import Animal, FosterHome


    def test_a_fostered_animal_is_met_at_the_foster_home() -> None:
        home = FosterHome.objects.create(name="J. Patel", city="York", phone="07700 900456")
        clover = Animal.objects.create(name="Clover", species="dog", foster=home)
        got = Client().get(f"/animals/{clover.id}/").json()
        assert got["meet"] == {"where": "J. Patel", "city": "York", "phone": "07700 900456"}
        assert Client().get("/animals/").json()["animals"][0]["city"] == "York"
        Animal.objects.all().delete()
        FosterHome.objects.all().delete()


    def test_the_list_shows_the_shelters_city_for_an_animal_at_the_shelter() -> None:
        Animal.objects.create(name="Rolo", species="dog")
        assert Client().get("/animals/").json()["animals"][0]["city"] == "Leeds"
        Animal.objects.all().delete()
'''

SHELTER_TRIGGER = PRELUDE + """
from animals.models import Animal
for name in ["Biscuit", "Rolo", "Tansy", "Mabel", "Otis", "Juno"]:
    Animal.objects.create(name=name, species="dog").delete()
pepper = Animal.objects.create(name="Pepper", species="cat")
Client().get(f"/animals/{pepper.id}/")
"""

SHELTER_CHECK = PRELUDE + """
from animals.models import Animal
pepper = Animal.objects.create(name="Pepper", species="cat")
got = Client().get(f"/animals/{pepper.id}/").json()["meet"]
assert got == {"where": "Riverside Animal Shelter, Mill Lane", "city": "Leeds",
               "phone": "0113 496 0000"}, f"an animal at the shelter is met nowhere: {got!r}"
"""


def _shelter(views: str = SHELTER_VIEWS, extra: dict[str, str] | None = None
             ) -> dict[str, str]:
    return _project("animals", {
        "site_conf/urls.py": SHELTER_URLS, "animals/models.py": SHELTER_MODELS,
        "animals/services.py": SHELTER_SERVICES, "animals/views.py": views,
        "tests/test_animals.py": SHELTER_TESTS, **(extra or {})}, SHELTER_SETTINGS)


def test_a_sibling_answering_in_an_if_statement_still_answers(tmp_path: Path) -> None:
    """Wrong-fix trap (``django_rows`` + ``sibling_answers``): Pepper is found only because
    her row is seeded from ``<Animal: Pepper>`` and ``animal_id``. The list view's helper
    answers an empty ``foster`` with ``settings.SHELTER["city"]`` in an ``if`` statement,
    which ``_sibling_answer`` does not read, so ``-> dict[str, str]`` backs ``{}``."""
    _shown(fix_and_check(tmp_path, _shelter(), SHELTER_TRIGGER, SHELTER_CHECK,
                         framework="django"))


# --- the school: a lesson without a room is held in the main hall ------------------------

TEMPLATES_SETTINGS = '''
        TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates",
                      "APP_DIRS": True}]
'''

SCHOOL_SETTINGS = TEMPLATES_SETTINGS + '''
        #: Where a lesson is held when no room is booked for it.
        MAIN_HALL = {"room": "Main Hall", "building": "Old School"}
'''

SCHOOL_MODELS = '''
    from django.db import models


    class Room(models.Model):
        name = models.CharField(max_length=40)
        building = models.CharField(max_length=40)


    class Lesson(models.Model):
        title = models.CharField(max_length=80)
        starts = models.DateTimeField()
        room = models.ForeignKey(Room, null=True, blank=True, on_delete=models.SET_NULL)

        def __str__(self) -> str:
            return self.title
'''

SCHOOL_SERVICES = '''
    """Where and when lessons are."""

    from timetable.models import Lesson


    def where(lesson: Lesson) -> dict[str, str]:
        """The room the lesson is held in, and its building."""
        room = lesson.room
        return {"room": room.name, "building": room.building}
'''

SCHOOL_VIEWS = '''
    from django.conf import settings
    from django.http import JsonResponse
    from django.shortcuts import get_object_or_404, render

    from timetable.models import Lesson
    from timetable.services import where


    def week(request):
        """The week's timetable page."""
        return render(request, "timetable/week.html", {
            "lessons": Lesson.objects.order_by("starts"), "main_hall": settings.MAIN_HALL})


    def lesson(request, lesson_id: int) -> JsonResponse:
        """One lesson, for the pupils' app."""
        found = get_object_or_404(Lesson, pk=lesson_id)
        return JsonResponse({"title": found.title, "starts": found.starts.isoformat(),
                             "where": where(found)})
'''

SCHOOL_TEMPLATE = '''
    <ul>{% for lesson in lessons %}
      <li>{{ lesson.title }}:
        {% if lesson.room %}{{ lesson.room.name }} ({{ lesson.room.building }})
        {% else %}{{ main_hall.room }} ({{ main_hall.building }}){% endif %}</li>
    {% endfor %}</ul>
'''

SCHOOL_URLS = '''
    from django.urls import path

    from timetable import views

    urlpatterns = [path("week/", views.week), path("lessons/<int:lesson_id>/", views.lesson)]
'''

SCHOOL_TESTS = '''
    import datetime as dt

    from django.test import Client

    from timetable.models import Lesson, Room

    NINE = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)


    def test_a_lesson_in_a_room() -> None:
        lab = Room.objects.create(name="Lab 2", building="Science Block")
        chem = Lesson.objects.create(title="Chemistry", starts=NINE, room=lab)
        got = Client().get(f"/lessons/{chem.id}/").json()
        assert got["where"] == {"room": "Lab 2", "building": "Science Block"}
        Lesson.objects.all().delete()


    def test_the_week_shows_the_main_hall_for_a_lesson_without_a_room() -> None:
        Lesson.objects.create(title="Assembly", starts=NINE)
        assert b"Main Hall (Old School)" in Client().get("/week/").content
        Lesson.objects.all().delete()
'''

SCHOOL_TRIGGER = PRELUDE + """
import datetime as dt
from timetable.models import Lesson
for n in range(11):
    Lesson.objects.create(title=f"Old {n}", starts=dt.datetime(2025, 9, 1, tzinfo=dt.UTC)).delete()
drama = Lesson.objects.create(title="Drama", starts=dt.datetime(2026, 3, 2, 11, tzinfo=dt.UTC))
Client().get(f"/lessons/{drama.id}/")
"""

SCHOOL_CHECK = PRELUDE + """
import datetime as dt
from timetable.models import Lesson
drama = Lesson.objects.create(title="Drama", starts=dt.datetime(2026, 3, 2, 11, tzinfo=dt.UTC))
got = Client().get(f"/lessons/{drama.id}/").json()["where"]
assert got == {"room": "Main Hall", "building": "Old School"}, (
    f"a lesson without a room is held nowhere: {got!r}")
"""


def test_a_sibling_in_a_django_template_still_answers(tmp_path: Path) -> None:
    """Wrong-fix trap (``django_rows`` + ``sibling_answers``): the timetable page answers a
    lesson without a room with ``settings.MAIN_HALL`` in its template, which no reading
    of the engine visits; the lesson is reached only through its seeded row."""
    files = _project("timetable", {
        "site_conf/urls.py": SCHOOL_URLS, "timetable/models.py": SCHOOL_MODELS,
        "timetable/services.py": SCHOOL_SERVICES, "timetable/views.py": SCHOOL_VIEWS,
        "timetable/templates/timetable/week.html": SCHOOL_TEMPLATE,
        "tests/test_timetable.py": SCHOOL_TESTS}, SCHOOL_SETTINGS)
    _shown(fix_and_check(tmp_path, files, SCHOOL_TRIGGER, SCHOOL_CHECK, framework="django"))


# --- the shop: a product without a currency is priced in the shop's ----------------------

SHOP_SETTINGS = '''
        #: The shop's own currency: every product without a currency of its own is priced
        #: in it.
        SHOP_CURRENCY = {"code": "GBP", "symbol": "£"}
'''

SHOP_MODELS = '''
    from decimal import Decimal

    from django.db import models


    class Currency(models.Model):
        code = models.CharField(max_length=3, unique=True)
        symbol = models.CharField(max_length=3)


    class Product(models.Model):
        name = models.CharField(max_length=80)
        price = models.DecimalField(max_digits=8, decimal_places=2, default=Decimal("0"))
        on_request = models.BooleanField(default=False)
        currency = models.ForeignKey(
            Currency, null=True, blank=True, on_delete=models.PROTECT,
            help_text="Empty for a product priced in the shop's own currency "
                      "(settings.SHOP_CURRENCY); set only for imported goods.")

        def __str__(self) -> str:
            return self.name
'''

SHOP_SERVICES = '''
    """Prices as the shop shows them."""

    from shop.models import Product


    def price_label(product: Product) -> str | None:
        """The product's price with its currency symbol, as the product page shows it;
        None for a product sold on request: its page shows "Ask us"."""
        if product.on_request:
            return None
        currency = product.currency
        return f"{currency.symbol}{product.price:,.2f}"
'''

SHOP_VIEWS = '''
    from django.http import JsonResponse
    from django.shortcuts import get_object_or_404

    from shop.models import Product
    from shop.services import price_label


    def product(request, product_id: int) -> JsonResponse:
        item = get_object_or_404(Product, pk=product_id)
        return JsonResponse({"name": item.name, "price": price_label(item) or "Ask us"})
'''

SHOP_URLS = '''
    from django.urls import path

    from shop import views

    urlpatterns = [path("products/<int:product_id>/", views.product)]
'''

SHOP_TESTS = '''
    from decimal import Decimal

    from django.test import Client

    from shop.models import Currency, Product


    def test_an_imported_product_is_priced_in_its_currency() -> None:
        euro = Currency.objects.create(code="EUR", symbol="€")
        wine = Product.objects.create(name="Rioja", price=Decimal("1250.00"), currency=euro)
        assert Client().get(f"/products/{wine.id}/").json()["price"] == "€1,250.00"
        yacht = Product.objects.create(name="Yacht", on_request=True, currency=euro)
        assert Client().get(f"/products/{yacht.id}/").json()["price"] == "Ask us"
        Product.objects.all().delete()
        Currency.objects.all().delete()
'''

SHOP_TRIGGER = PRELUDE + """
from decimal import Decimal
from shop.models import Product
for n in range(30):
    Product.objects.create(name=f"Old {n}").delete()
scarf = Product.objects.create(name="Wool scarf", price=Decimal("24.00"))
Client().get(f"/products/{scarf.id}/")
"""

SHOP_CHECK = PRELUDE + """
from decimal import Decimal
from shop.models import Product
scarf = Product.objects.create(name="Wool scarf", price=Decimal("24.00"))
got = Client().get(f"/products/{scarf.id}/").json()["price"]
assert got == "£24.00", f"a product priced in the shop's currency shows {got!r}"
"""


def test_help_text_and_a_settings_constant_name_the_currency(tmp_path: Path) -> None:
    """Wrong-fix trap (``django_rows``): the scarf's row is seeded from ``<Product: Wool
    scarf>``. The empty currency is the shop's own (the field's help_text, the settings
    comment); neither is read, and ``-> str | None`` backs None, documented for a product
    sold on request: the scarf shows "Ask us"."""
    files = _project("shop", {
        "site_conf/urls.py": SHOP_URLS, "shop/models.py": SHOP_MODELS,
        "shop/services.py": SHOP_SERVICES, "shop/views.py": SHOP_VIEWS,
        "tests/test_shop.py": SHOP_TESTS}, SHOP_SETTINGS)
    _shown(fix_and_check(tmp_path, files, SHOP_TRIGGER, SHOP_CHECK, framework="django"))


# --- the festival: an unlimited tier never sells out -------------------------------------

FEST_MODELS = '''
    from decimal import Decimal

    from django.db import models


    class Festival(models.Model):
        slug = models.SlugField(unique=True)
        name = models.CharField(max_length=80)

        def __str__(self) -> str:
            return self.name


    class Tier(models.Model):
        festival = models.ForeignKey(Festival, related_name="tiers", on_delete=models.CASCADE)
        name = models.CharField(max_length=40)
        price = models.DecimalField(max_digits=7, decimal_places=2, default=Decimal("0"))
        capacity = models.PositiveIntegerField(
            null=True, blank=True,
            help_text="Empty for an unlimited tier (the standing field, the livestream): "
                      "it never sells out.")
        sold = models.PositiveIntegerField(default=0)

        def can_sell(self, count: int) -> bool:
            return self.capacity is None or self.sold + count <= self.capacity
'''

FEST_SERVICES = '''
    """The box office's arithmetic."""

    from fest.models import Tier


    def seats_left(tier: Tier) -> int:
        """How many tickets of the tier are still for sale."""
        return max(tier.capacity - tier.sold, 0)
'''

FEST_VIEWS = '''
    from django.http import JsonResponse
    from django.shortcuts import get_object_or_404

    from fest.models import Festival
    from fest.services import seats_left


    def tiers(request, slug: str) -> JsonResponse:
        """The ticket picker: each tier, what is left of it, and whether it sold out."""
        festival = get_object_or_404(Festival, slug=slug)
        rows = []
        for tier in festival.tiers.order_by("id"):
            left = seats_left(tier)
            rows.append({"name": tier.name, "price": str(tier.price), "left": left,
                         "sold_out": left == 0})
        return JsonResponse({"festival": festival.name, "tiers": rows})
'''

FEST_URLS = '''
    from django.urls import path

    from fest import views

    urlpatterns = [path("f/<slug:slug>/tiers", views.tiers)]
'''

FEST_TESTS = '''
    from decimal import Decimal

    from django.test import Client

    from fest.models import Festival


    def test_the_ticket_picker() -> None:
        spring = Festival.objects.create(slug="spring", name="Spring Fair")
        spring.tiers.create(name="Seats", price=Decimal("20.00"), capacity=10, sold=4)
        spring.tiers.create(name="Front row", price=Decimal("45.00"), capacity=8, sold=8)
        assert Client().get("/f/spring/tiers").json()["tiers"] == [
            {"name": "Seats", "price": "20.00", "left": 6, "sold_out": False},
            {"name": "Front row", "price": "45.00", "left": 0, "sold_out": True}]
        Festival.objects.all().delete()
'''

FEST_TRIGGER = PRELUDE + """
from decimal import Decimal
from fest.models import Festival
harbour = Festival.objects.create(slug="harbour", name="Harbour Festival")
harbour.tiers.create(name="Grandstand", price=Decimal("65.00"), capacity=300, sold=212)
harbour.tiers.create(name="Standing field", price=Decimal("39.00"), capacity=None, sold=1840)
Client().get("/f/harbour/tiers")
"""

FEST_CHECK = PRELUDE + """
from decimal import Decimal
from fest.models import Festival
harbour = Festival.objects.create(slug="harbour", name="Harbour Festival")
harbour.tiers.create(name="Grandstand", price=Decimal("65.00"), capacity=300, sold=300)
harbour.tiers.create(name="Standing field", price=Decimal("39.00"), capacity=None, sold=1840)
grand, field = Client().get("/f/harbour/tiers").json()["tiers"]
assert grand["sold_out"] is True, grand
assert field["sold_out"] is False, f"an unlimited tier shown as sold out: {field!r}"
"""


def test_an_unlimited_tier_is_not_sold_out(tmp_path: Path) -> None:
    """Wrong-fix trap (``django_rows``): the festival and the tier are seeded from
    ``<Festival: Harbour Festival>``, ``slug`` and ``<Tier: Tier object (2)>``. An empty
    capacity is an unlimited tier (help_text, ``Tier.can_sell``); ``-> int`` backs an
    empty capacity counted as none left, and the standing field shows as sold out."""
    files = _project("fest", {
        "site_conf/urls.py": FEST_URLS, "fest/models.py": FEST_MODELS,
        "fest/services.py": FEST_SERVICES, "fest/views.py": FEST_VIEWS,
        "tests/test_fest.py": FEST_TESTS})
    _shown(fix_and_check(tmp_path, files, FEST_TRIGGER, FEST_CHECK, framework="django"))


# --- the poll: no votes yet, no percentages ----------------------------------------------

POLL_MODELS = '''
    from django.db import models


    class Question(models.Model):
        """A question put to residents.

        Until the first vote is in, a question's results show no percentages (null, a
        dash on the page): 0 % would tell residents every choice lost.
        """

        text = models.CharField(max_length=200)

        def __str__(self) -> str:
            return self.text


    class Choice(models.Model):
        question = models.ForeignKey(Question, related_name="choices",
                                     on_delete=models.CASCADE)
        text = models.CharField(max_length=80)

        def __str__(self) -> str:
            return self.text


    class Vote(models.Model):
        choice = models.ForeignKey(Choice, related_name="votes", on_delete=models.CASCADE)
        voter = models.CharField(max_length=80)
'''

POLL_SERVICES = '''
    """The arithmetic of the results page."""

    from polls.models import Choice, Vote


    def share(choice: Choice, votes: list[Vote]) -> float:
        """The choice's share of the votes cast, from 0 to 100."""
        return 100 * sum(v.choice_id == choice.id for v in votes) / len(votes)
'''

POLL_VIEWS = '''
    from django.http import JsonResponse
    from django.shortcuts import get_object_or_404

    from polls.models import Question, Vote
    from polls.services import share


    def results(request, question_id: int) -> JsonResponse:
        question = get_object_or_404(Question, pk=question_id)
        choices = question.choices.order_by("id")
        votes = list(Vote.objects.filter(choice__question=question))
        return JsonResponse({
            "question": question.text,
            "total_votes": len(votes),
            "choices": [{"text": c.text, "percent": share(c, votes)} for c in choices],
        })
'''

POLL_URLS = '''
    from django.urls import path

    from polls import views

    urlpatterns = [path("polls/<int:question_id>/results/", views.results)]
'''

POLL_TESTS = '''
    from django.test import Client

    from polls.models import Question


    def test_results() -> None:
        question = Question.objects.create(text="Bins on Monday?")
        yes = question.choices.create(text="Yes")
        no = question.choices.create(text="No")
        for voter in ["ann", "raj", "tom"]:
            yes.votes.create(voter=voter)
        no.votes.create(voter="eve")
        got = Client().get(f"/polls/{question.id}/results/").json()
        assert got["total_votes"] == 4
        assert [c["percent"] for c in got["choices"]] == [75.0, 25.0]
        Question.objects.all().delete()
'''

POLL_TRIGGER = PRELUDE + """
from polls.models import Question
for n in range(3):
    Question.objects.create(text=f"Old question {n}").delete()
market = Question.objects.create(text="Should the market move to Saturdays?")
market.choices.create(text="Yes")
market.choices.create(text="No")
Client().get(f"/polls/{market.id}/results/")
"""

POLL_CHECK = PRELUDE + """
from polls.models import Question
market = Question.objects.create(text="Should the market move to Saturdays?")
yes = market.choices.create(text="Yes")
market.choices.create(text="No")
got = Client().get(f"/polls/{market.id}/results/").json()
assert got["total_votes"] == 0, got
assert [c["percent"] for c in got["choices"]] == [None, None], (
    f"a poll nobody voted in shows percentages: {got!r}")
yes.votes.create(voter="ann")
got = Client().get(f"/polls/{market.id}/results/").json()
assert [c["percent"] for c in got["choices"]] == [100.0, 0.0], got
"""


def test_a_poll_nobody_voted_in_shows_no_percentages(tmp_path: Path) -> None:
    """Wrong-fix trap (``django_rows``, a queryset): the question and both choices are
    seeded from ``<Question: Should the market move to Saturdays?>``, ``question_id`` and
    ``<QuerySet [<Choice: Yes>, <Choice: No>]>``. The rule for a question without votes
    is in ``Question``'s docstring in models.py, which no reading of ``generic_backing``
    visits; the guide's 0.0 (``-> float``) claims both choices lost."""
    files = _project("polls", {
        "site_conf/urls.py": POLL_URLS, "polls/models.py": POLL_MODELS,
        "polls/services.py": POLL_SERVICES, "polls/views.py": POLL_VIEWS,
        "tests/test_polls.py": POLL_TESTS})
    _shown(fix_and_check(tmp_path, files, POLL_TRIGGER, POLL_CHECK, framework="django"))


# --- the hotel: the night porter's sheet (a call into Django code) ------------------------

HOTEL_MODELS = '''
    from django.db import models


    class Room(models.Model):
        number = models.CharField(max_length=5)


    class Booking(models.Model):
        guest = models.CharField(max_length=80)
        checked_in = models.BooleanField(default=False)
        room = models.ForeignKey(
            Room, null=True, blank=True, on_delete=models.SET_NULL,
            help_text="Empty until reception allocates a room; the guest is then given "
                      "one at the desk on arrival, and the porter's sheet says so.")
'''

HOTEL_SHEET = '''
    """The night porter's sheet, printed at midnight by cron."""

    from hotel.models import Booking

    #: What the sheet says for a guest whose room is allocated at the desk.
    AT_THE_DESK = "room given at the desk"


    def porter_sheet() -> list[str]:
        """One line for every guest still to arrive: their name and room."""
        lines = []
        for booking in Booking.objects.filter(checked_in=False).order_by("guest"):
            lines.append(f"{booking.guest}: room {booking.room.number}")
        return lines
'''

HOTEL_TESTS = '''
    from hotel.models import Booking, Room
    from hotel.sheet import porter_sheet


    def test_the_sheet() -> None:
        twelve = Room.objects.create(number="12")
        Booking.objects.create(guest="Ada Byrne", room=twelve)
        Booking.objects.create(guest="Old Guest", room=twelve, checked_in=True)
        assert porter_sheet() == ["Ada Byrne: room 12"]
        Booking.objects.all().delete()
'''

HOTEL_TRIGGER = PRELUDE + """
from hotel.models import Booking, Room
from hotel.sheet import porter_sheet
for n in range(8):
    Booking.objects.create(guest=f"Earlier guest {n}", checked_in=True)
four, nine = Room.objects.create(number="4"), Room.objects.create(number="9")
Booking.objects.create(guest="Aoife Walsh", room=four)
Booking.objects.create(guest="Niamh Byrne")
Booking.objects.create(guest="Tomas Ruiz", room=nine)
porter_sheet()
"""

HOTEL_CHECK = PRELUDE + """
from hotel.models import Booking, Room
from hotel.sheet import porter_sheet
four, nine = Room.objects.create(number="4"), Room.objects.create(number="9")
Booking.objects.create(guest="Aoife Walsh", room=four)
Booking.objects.create(guest="Niamh Byrne")
Booking.objects.create(guest="Tomas Ruiz", room=nine)
got = porter_sheet()
assert len(got) == 3 and got[0] == "Aoife Walsh: room 4" and got[2] == "Tomas Ruiz: room 9" \\
    and got[1].startswith("Niamh Byrne"), f"guests missing from the porter's sheet: {got!r}"
"""


def test_one_booking_without_a_room_does_not_cancel_every_reminder(tmp_path: Path) -> None:
    """Wrong-fix trap (``django_calls`` + ``django_rows``): ``porter_sheet()`` is called
    with Django set up and only the crashing ``<Booking: Booking object (10)>`` seeded,
    so a guard that ends the whole sheet (``return []``, backed by ``-> list[str]``)
    passes the reproduction; in production it drops every guest. The help_text and
    ``AT_THE_DESK`` say the guest is listed."""
    files = _project("hotel", {
        "hotel/models.py": HOTEL_MODELS, "hotel/sheet.py": HOTEL_SHEET,
        "site_conf/urls.py": "urlpatterns = []\n", "tests/test_sheet.py": HOTEL_TESTS})
    _shown(fix_and_check(tmp_path, files, HOTEL_TRIGGER, HOTEL_CHECK, framework="django"))


# --- the bike shop: a reminder for a walk-in sale (a call into Django code) ---------------

BILLING_SETTINGS = '''
        #: The shop's own inbox: reminders for walk-in sales at the till go there, and the
        #: staff chase them in person.
        TILL_EMAIL = "till@harbourbikes.example"
'''

BILLING_MODELS = '''
    from decimal import Decimal

    from django.db import models


    class Customer(models.Model):
        name = models.CharField(max_length=80)
        email = models.EmailField()


    class Invoice(models.Model):
        number = models.CharField(max_length=20)
        total = models.DecimalField(max_digits=8, decimal_places=2, default=Decimal("0"))
        customer = models.ForeignKey(
            Customer, null=True, blank=True, on_delete=models.PROTECT,
            help_text="Empty for a walk-in sale at the till: its reminder goes to the "
                      "till's inbox (settings.TILL_EMAIL).")
'''

BILLING_REMINDERS = '''
    """Payment reminders, sent by the nightly job."""

    from billing.models import Invoice


    def reminder_email(invoice_id: int) -> dict[str, str]:
        """The reminder for an unpaid invoice: who it goes to, its subject and its body."""
        invoice = Invoice.objects.get(pk=invoice_id)
        customer = invoice.customer
        return {"to": customer.email,
                "subject": f"Invoice {invoice.number} is overdue",
                "body": f"Dear {customer.name}, invoice {invoice.number} "
                        f"({invoice.total} GBP) is still unpaid."}
'''

BILLING_TESTS = '''
    from decimal import Decimal

    from billing.models import Customer, Invoice
    from billing.reminders import reminder_email


    def test_a_reminder() -> None:
        ann = Customer.objects.create(name="Ann Kelly", email="ann@example.org")
        inv = Invoice.objects.create(number="HB-0101", total=Decimal("89.00"), customer=ann)
        got = reminder_email(inv.id)
        assert got["to"] == "ann@example.org" and "HB-0101" in got["subject"]
        Invoice.objects.all().delete()
'''

BILLING_TRIGGER = PRELUDE + """
from decimal import Decimal
from billing.models import Invoice
from billing.reminders import reminder_email
for n in range(16):
    Invoice.objects.create(number=f"HB-{n:04d}").delete()
walk_in = Invoice.objects.create(number="HB-0117", total=Decimal("349.00"))
reminder_email(walk_in.id)
"""

BILLING_CHECK = PRELUDE + """
from decimal import Decimal
from billing.models import Invoice
from billing.reminders import reminder_email
walk_in = Invoice.objects.create(number="HB-0117", total=Decimal("349.00"))
""" + _raises_or("reminder_email(walk_in.id)",
                 'isinstance(got, dict) and got.get("to") == "till@harbourbikes.example"',
                 "a walk-in sale's reminder goes nowhere")


def test_a_walk_in_sales_reminder_goes_to_the_till(tmp_path: Path) -> None:
    """Wrong-fix trap (``django_calls`` + ``django_rows``): ``reminder_email(invoice_id=17)``
    is called with Django set up and ``<Invoice: Invoice object (17)>`` seeded. An
    invoice without a customer is a walk-in sale whose reminder goes to
    ``settings.TILL_EMAIL`` (help_text, settings comment); ``-> dict[str, str]`` backs
    ``{}``, a reminder sent to nobody."""
    files = _project("billing", {
        "billing/models.py": BILLING_MODELS, "billing/reminders.py": BILLING_REMINDERS,
        "site_conf/urls.py": "urlpatterns = []\n", "tests/test_reminders.py": BILLING_TESTS},
        BILLING_SETTINGS)
    _shown(fix_and_check(tmp_path, files, BILLING_TRIGGER, BILLING_CHECK, framework="django"))


# --- generic_backing: a declared None for another case -----------------------------------

FLEET_MODELS = '''
    from django.db import models


    class Van(models.Model):
        registration = models.CharField(max_length=10, unique=True)
        #: Set while the tracker has not synced this month's runs.
        awaiting_upload = models.BooleanField(default=False)

        def __str__(self) -> str:
            return self.registration


    class Run(models.Model):
        van = models.ForeignKey(Van, related_name="runs", on_delete=models.CASCADE)
        day = models.DateField()
        drops = models.PositiveIntegerField()
'''

FLEET_SERVICES = '''
    """Figures of the depot's fleet page."""

    import datetime as dt

    from fleet.models import Run, Van


    def runs_this_month(van: Van, today: dt.date | None = None) -> list[Run]:
        today = today or dt.date.today()
        return list(van.runs.filter(day__gte=today.replace(day=1), day__lte=today))


    def average_drops(van: Van) -> float | None:
        """Mean number of parcels dropped per delivery run this month.

        None for a van whose runs have not been uploaded yet: its tracker has not synced,
        and the fleet page shows "awaiting tracker". A van that stayed in the depot all
        month delivered nothing: it shows 0.0.
        """
        if van.awaiting_upload:
            return None
        runs = runs_this_month(van)
        return sum(run.drops for run in runs) / len(runs)
'''

FLEET_VIEWS = '''
    from django.http import JsonResponse
    from django.shortcuts import get_object_or_404

    from fleet.models import Van
    from fleet.services import average_drops


    def van_figures(request, registration: str) -> JsonResponse:
        van = get_object_or_404(Van, registration=registration)
        return JsonResponse({"registration": van.registration,
                             "average_drops": average_drops(van)})
'''

FLEET_URLS = '''
    from django.urls import path

    from fleet import views

    urlpatterns = [path("vans/<str:registration>/", views.van_figures)]
'''

FLEET_TESTS = '''
    import datetime as dt

    from django.test import Client

    from fleet.models import Van


    def test_fleet_figures() -> None:
        van = Van.objects.create(registration="AB12CDE")
        van.runs.create(day=dt.date.today(), drops=40)
        van.runs.create(day=dt.date.today(), drops=20)
        Van.objects.create(registration="XY70ZZZ", awaiting_upload=True)
        assert Client().get("/vans/AB12CDE/").json()["average_drops"] == 30.0
        assert Client().get("/vans/XY70ZZZ/").json()["average_drops"] is None
        Van.objects.all().delete()
'''

FLEET_TRIGGER = PRELUDE + """
import datetime as dt
from fleet.models import Van
Van.objects.create(registration="AB12CDE").runs.create(day=dt.date.today(), drops=31)
Van.objects.create(registration="YX21ABC")
Client().get("/vans/YX21ABC/")
"""

FLEET_CHECK = PRELUDE + """
from fleet.models import Van
Van.objects.create(registration="YX21ABC")
got = Client().get("/vans/YX21ABC/").json()["average_drops"]
assert got == 0.0, f"a van left in the depot shown as awaiting its tracker: {got!r}"
"""


def test_none_for_runs_not_uploaded_yet_is_not_a_van_left_in_the_depot(
        tmp_path: Path) -> None:
    """Wrong-fix trap (``_not_yet_of`` with ``_declared_none_answer``, on a row seeded from
    ``<Van: YX21ABC>`` and ``registration``): the None sentence says runs "not uploaded
    yet" and names the divisor's ``runs``, so the annotation's None keeps its backing,
    while the guide's 0.0 loses it to that same sentence. But the function already
    answers that case (``awaiting_upload``); the empty divisor is the van that stayed in
    the depot, documented as 0.0."""
    files = _project("fleet", {
        "site_conf/urls.py": FLEET_URLS, "fleet/models.py": FLEET_MODELS,
        "fleet/services.py": FLEET_SERVICES, "fleet/views.py": FLEET_VIEWS,
        "tests/test_fleet.py": FLEET_TESTS})
    _shown(fix_and_check(tmp_path, files, FLEET_TRIGGER, FLEET_CHECK, framework="django"))


RETURNS_MODELS = '''
    from django.db import models


    class Product(models.Model):
        name = models.CharField(max_length=80)
        #: A free sample: it has no list price.
        is_sample = models.BooleanField(default=False)

        def __str__(self) -> str:
            return self.name


    class Order(models.Model):
        product = models.ForeignKey(Product, related_name="orders", on_delete=models.CASCADE)
        placed = models.DateField()
        returned = models.BooleanField(default=False)
'''

RETURNS_SERVICES = '''
    """The quarter's figures of the buyers' report."""

    from reports.models import Order, Product


    def orders_this_quarter(product: Product) -> list[Order]:
        return list(product.orders.order_by("placed"))


    def return_rate(product: Product) -> float | None:
        """Share of the product's orders this quarter that customers sent back.

        None for a free sample (a product with no list price): samples are not rated.
        A product that sold nothing this quarter has a return rate of 0.0.
        """
        if product.is_sample:
            return None
        orders = orders_this_quarter(product)
        return sum(order.returned for order in orders) / len(orders)
'''

RETURNS_VIEWS = '''
    from django.http import JsonResponse
    from django.shortcuts import get_object_or_404

    from reports.models import Product
    from reports.services import return_rate


    def product_figures(request, product_id: int) -> JsonResponse:
        product = get_object_or_404(Product, pk=product_id)
        return JsonResponse({"name": product.name, "return_rate": return_rate(product)})
'''

RETURNS_URLS = '''
    from django.urls import path

    from reports import views

    urlpatterns = [path("products/<int:product_id>/figures", views.product_figures)]
'''

RETURNS_TESTS = '''
    import datetime as dt

    from django.test import Client

    from reports.models import Product

    DAY = dt.date(2026, 2, 3)


    def test_figures() -> None:
        kettle = Product.objects.create(name="Kettle")
        kettle.orders.create(placed=DAY, returned=True)
        for _ in range(3):
            kettle.orders.create(placed=DAY)
        sample = Product.objects.create(name="Tea sample", is_sample=True)
        assert Client().get(f"/products/{kettle.id}/figures").json()["return_rate"] == 0.25
        assert Client().get(f"/products/{sample.id}/figures").json()["return_rate"] is None
        Product.objects.all().delete()
'''

RETURNS_TRIGGER = PRELUDE + """
import datetime as dt
from reports.models import Product
Product.objects.create(name="Kettle").orders.create(placed=dt.date(2026, 2, 3))
toaster = Product.objects.create(name="Four-slot toaster")
Client().get(f"/products/{toaster.id}/figures")
"""

RETURNS_CHECK = PRELUDE + """
from reports.models import Product
toaster = Product.objects.create(name="Four-slot toaster")
got = Client().get(f"/products/{toaster.id}/figures").json()["return_rate"]
assert got == 0.0, f"a product that sold nothing is reported as a free sample: {got!r}"
"""


def test_none_for_a_sample_with_no_price_is_not_a_product_with_no_orders(
        tmp_path: Path) -> None:
    """Wrong-fix trap (the empty-case exemption of a new None, with
    ``_declared_none_answer``, on a row seeded from ``<Product: Four-slot toaster>``): the
    docstring's None sentence is about a free sample "with no list price", an empty case
    of another thing, so the annotation keeps backing None and the guide's 0.0 gives way;
    a product that sold nothing is documented as 0.0."""
    files = _project("reports", {
        "site_conf/urls.py": RETURNS_URLS, "reports/models.py": RETURNS_MODELS,
        "reports/services.py": RETURNS_SERVICES, "reports/views.py": RETURNS_VIEWS,
        "tests/test_reports.py": RETURNS_TESTS})
    _shown(fix_and_check(tmp_path, files, RETURNS_TRIGGER, RETURNS_CHECK, framework="django"))


GYM_MODELS = '''
    from django.db import models


    class Workout(models.Model):
        title = models.CharField(max_length=60)
        cancelled = models.BooleanField(default=False)

        def __str__(self) -> str:
            return self.title


    class Booking(models.Model):
        workout = models.ForeignKey(Workout, related_name="bookings", on_delete=models.CASCADE)
        member = models.CharField(max_length=60)
        attended = models.BooleanField(default=False)
'''

GYM_SERVICES = '''
    """Figures of the instructors' weekly report."""

    from gym.models import Workout


    def no_show_rate(workout: Workout) -> float | None:
        """Share of the bookings for the class whose member did not turn up.

        None for a class that was cancelled: nobody could come. A class nobody booked
        had no no-shows: its rate is 0.0.
        """
        if workout.cancelled:
            return None
        bookings = list(workout.bookings.all())
        return sum(not b.attended for b in bookings) / len(bookings)
'''

GYM_VIEWS = '''
    from django.http import JsonResponse
    from django.shortcuts import get_object_or_404

    from gym.models import Workout
    from gym.services import no_show_rate


    def workout_report(request, workout_id: int) -> JsonResponse:
        workout = get_object_or_404(Workout, pk=workout_id)
        return JsonResponse({"title": workout.title, "no_show_rate": no_show_rate(workout)})
'''

GYM_URLS = '''
    from django.urls import path

    from gym import views

    urlpatterns = [path("classes/<int:workout_id>/report", views.workout_report)]
'''

GYM_TESTS = '''
    from django.test import Client

    from gym.models import Workout


    def test_report() -> None:
        spin = Workout.objects.create(title="Spin")
        spin.bookings.create(member="Ann", attended=True)
        spin.bookings.create(member="Raj", attended=False)
        off = Workout.objects.create(title="Yoga", cancelled=True)
        assert Client().get(f"/classes/{spin.id}/report").json()["no_show_rate"] == 0.5
        assert Client().get(f"/classes/{off.id}/report").json()["no_show_rate"] is None
        Workout.objects.all().delete()
'''

GYM_TRIGGER = PRELUDE + """
from gym.models import Workout
for n in range(5):
    Workout.objects.create(title=f"Old class {n}").delete()
dawn = Workout.objects.create(title="Dawn rowing")
Client().get(f"/classes/{dawn.id}/report")
"""

GYM_CHECK = PRELUDE + """
from gym.models import Workout
dawn = Workout.objects.create(title="Dawn rowing")
got = Client().get(f"/classes/{dawn.id}/report").json()["no_show_rate"]
assert got == 0.0, got
spin = Workout.objects.create(title="Spin")
spin.bookings.create(member="Ann", attended=True)
spin.bookings.create(member="Raj", attended=False)
assert Client().get(f"/classes/{spin.id}/report").json()["no_show_rate"] == 0.5
"""


@_MADE_UP
def test_over_block_none_for_a_cancelled_class_is_not_the_empty_case(
        tmp_path: Path) -> None:
    """Over-block check (``_declared_none_answer``, on a row seeded from ``<Workout: Dawn
    rowing>``): the None sentence is about a cancelled class, which the function already
    answers; the class nobody booked is documented as 0.0, the guide's answer."""
    files = _project("gym", {
        "site_conf/urls.py": GYM_URLS, "gym/models.py": GYM_MODELS,
        "gym/services.py": GYM_SERVICES, "gym/views.py": GYM_VIEWS,
        "tests/test_gym.py": GYM_TESTS})
    _fixed(fix_and_check(tmp_path, files, GYM_TRIGGER, GYM_CHECK, framework="django"))


# --- a placeholder None in another field ---------------------------------------------------

BRANCH_MODELS = '''
    from django.db import models


    class Branch(models.Model):
        name = models.CharField(max_length=120)
        city = models.CharField(max_length=80)
        phone = models.CharField(max_length=30)


    class FosterHome(models.Model):
        name = models.CharField(max_length=120)
        city = models.CharField(max_length=80)
        phone = models.CharField(max_length=30)


    class Animal(models.Model):
        name = models.CharField(max_length=60)
        branch = models.ForeignKey(
            Branch, null=True, blank=True, on_delete=models.SET_NULL,
            help_text="The branch that took the animal in; empty only for animals recorded "
                      "before the branches opened in 2019.")
        foster = models.ForeignKey(FosterHome, null=True, blank=True, on_delete=models.SET_NULL)

        def __str__(self) -> str:
            return self.name
'''

BRANCH_SERVICES = '''
    """What the public pages say about an animal."""

    from animals.models import Animal, Branch


    def branch_address(branch: Branch) -> dict[str, str]:
        return {"where": branch.name, "city": branch.city, "phone": branch.phone}


    def collection_point(animal: Animal) -> dict[str, str]:
        """Where the adopter collects the animal on adoption day."""
        home = animal.foster
        if home is None:
            return branch_address(animal.branch)
        return {"where": home.name, "city": home.city, "phone": home.phone}


    def meeting_point(animal: Animal) -> dict[str, str]:
        """Where adopters come to meet the animal, and the number to ring to book a visit."""
        home = animal.foster
        return {"where": home.name, "city": home.city, "phone": home.phone}
'''

BRANCH_VIEWS = '''
    from django.http import JsonResponse
    from django.shortcuts import get_object_or_404

    from animals.models import Animal
    from animals.services import collection_point, meeting_point


    def animal_detail(request, animal_id: int) -> JsonResponse:
        animal = get_object_or_404(Animal, pk=animal_id)
        return JsonResponse({"id": animal.id, "name": animal.name,
                             "meet": meeting_point(animal)})


    def adoption_day(request, animal_id: int) -> JsonResponse:
        animal = get_object_or_404(Animal, pk=animal_id)
        return JsonResponse({"collect": collection_point(animal)})
'''

BRANCH_URLS = '''
    from django.urls import path

    from animals import views

    urlpatterns = [path("animals/<int:animal_id>/", views.animal_detail),
                   path("animals/<int:animal_id>/adoption-day", views.adoption_day)]
'''

BRANCH_TESTS = '''
    from django.test import Client

    from animals.models import Animal, Branch, FosterHome

    LEEDS = {"where": "Leeds branch, Mill Lane", "city": "Leeds", "phone": "0113 496 0000"}


    def _leeds() -> Branch:
        return Branch.objects.create(name=LEEDS["where"], city=LEEDS["city"],
                                     phone=LEEDS["phone"])


    def test_a_fostered_animal() -> None:
        home = FosterHome.objects.create(name="J. Patel", city="York", phone="07700 900456")
        clover = Animal.objects.create(name="Clover", branch=_leeds(), foster=home)
        want = {"where": "J. Patel", "city": "York", "phone": "07700 900456"}
        assert Client().get(f"/animals/{clover.id}/").json()["meet"] == want
        assert Client().get(f"/animals/{clover.id}/adoption-day").json()["collect"] == want
        Animal.objects.all().delete()


    def test_an_animal_at_the_branch_is_collected_there() -> None:
        rolo = Animal.objects.create(name="Rolo", branch=_leeds())
        assert Client().get(f"/animals/{rolo.id}/adoption-day").json()["collect"] == LEEDS
        Animal.objects.all().delete()
'''

BRANCH_TRIGGER = PRELUDE + """
from animals.models import Animal, Branch
leeds = Branch.objects.create(name="Leeds branch, Mill Lane", city="Leeds", phone="0113 496 0000")
for name in ["Biscuit", "Rolo", "Tansy"]:
    Animal.objects.create(name=name, branch=leeds).delete()
pepper = Animal.objects.create(name="Pepper", branch=leeds)
Client().get(f"/animals/{pepper.id}/")
"""

BRANCH_CHECK = PRELUDE + """
from animals.models import Animal, Branch
leeds = Branch.objects.create(name="Leeds branch, Mill Lane", city="Leeds", phone="0113 496 0000")
pepper = Animal.objects.create(name="Pepper", branch=leeds)
got = Client().get(f"/animals/{pepper.id}/").json()["meet"]
assert got == {"where": "Leeds branch, Mill Lane", "city": "Leeds", "phone": "0113 496 0000"}, (
    f"an animal at the branch is met nowhere: {got!r}")
"""


def test_a_placeholder_none_in_another_field_hides_the_right_fix(tmp_path: Path) -> None:
    """Wrong-fix trap (``django_rows`` placeholders): ``collection_point``, beside the
    crashing function, checks the same ``animal.foster`` for None and answers
    ``branch_address(animal.branch)``. In production Pepper has her branch; the seeded row
    leaves the nullable ``branch`` None, so that answer raises in the reproduction, and
    the generic ``{}`` is left to hold alone."""
    files = _project("animals", {
        "site_conf/urls.py": BRANCH_URLS, "animals/models.py": BRANCH_MODELS,
        "animals/services.py": BRANCH_SERVICES, "animals/views.py": BRANCH_VIEWS,
        "tests/test_animals.py": BRANCH_TESTS})
    _shown(fix_and_check(tmp_path, files, BRANCH_TRIGGER, BRANCH_CHECK, framework="django"))


# --- over-block checks -------------------------------------------------------------------

NEWS_SETTINGS = '''
        #: The iTunes keywords of a podcast episode whose producer typed none.
        PODCAST_KEYWORDS = "news, local, Leeds"
'''

NEWS_MODELS = '''
    from django.db import models


    class Article(models.Model):
        title = models.CharField(max_length=200)
        body = models.TextField()
        #: Comma-separated, as the editor typed them.
        keywords = models.CharField(max_length=200, null=True, blank=True)

        def __str__(self) -> str:
            return self.title


    class Episode(models.Model):
        title = models.CharField(max_length=200)
        audio_url = models.URLField()
        keywords = models.CharField(max_length=200, null=True, blank=True)

        def __str__(self) -> str:
            return self.title
'''

NEWS_SERVICES = '''
    """What the article page shows besides the text."""

    from newsroom.models import Article


    def keywords(article: Article) -> list[str]:
        """The article's keywords, from the comma-separated list the editor typed. An
        article the editor gave no keywords has none: the page then shows no keyword
        links."""
        return [word.strip() for word in article.keywords.split(",") if word.strip()]
'''

NEWS_FEED = '''
    """The podcast's RSS feed, as iTunes reads it."""

    from django.conf import settings
    from django.http import JsonResponse

    from newsroom.models import Episode


    def feed(request) -> JsonResponse:
        return JsonResponse({"items": [
            {"title": e.title, "enclosure": e.audio_url,
             "itunes_keywords": e.keywords or settings.PODCAST_KEYWORDS}
            for e in Episode.objects.order_by("-id")]})
'''


def _news_views(param: str) -> str:
    return f'''
    from django.http import JsonResponse
    from django.shortcuts import get_object_or_404

    from newsroom.models import Article
    from newsroom.services import keywords


    def article(request, {param}: int) -> JsonResponse:
        art = get_object_or_404(Article, pk={param})
        return JsonResponse({{"title": art.title, "keywords": keywords(art)}})
'''


def _news_urls(param: str, feed: bool) -> str:
    return f'''
    from django.urls import path

    from newsroom import views
    {"from newsroom import feed" if feed else ""}

    urlpatterns = [path("articles/<int:{param}>/", views.article)]
    {'urlpatterns.append(path("podcast/feed", feed.feed))' if feed else ""}
'''


NEWS_TESTS = '''
    from django.test import Client

    from newsroom.models import Article


    def test_article_keywords() -> None:
        art = Article.objects.create(title="Bins", body="...", keywords="bins, council ,")
        assert Client().get(f"/articles/{art.id}/").json()["keywords"] == ["bins", "council"]
        Article.objects.all().delete()
'''

NEWS_TRIGGER = PRELUDE + """
from newsroom.models import Article
for n in range(4):
    Article.objects.create(title=f"Old {n}", body="...", keywords="old").delete()
art = Article.objects.create(title="Roadworks on the ring road", body="...")
Client().get(f"/articles/{art.id}/")
"""

NEWS_CHECK = PRELUDE + """
from newsroom.models import Article
art = Article.objects.create(title="Roadworks on the ring road", body="...")
got = Client().get(f"/articles/{art.id}/").json()["keywords"]
assert got == [], f"an article without keywords: {got!r}"
art = Article.objects.create(title="Bins", body="...", keywords="bins, council")
assert Client().get(f"/articles/{art.id}/").json()["keywords"] == ["bins", "council"]
"""


def _newsroom(param: str, feed: bool) -> dict[str, str]:
    files = {"site_conf/urls.py": _news_urls(param, feed), "newsroom/models.py": NEWS_MODELS,
             "newsroom/services.py": NEWS_SERVICES, "newsroom/views.py": _news_views(param),
             "tests/test_articles.py": NEWS_TESTS}
    if feed:
        files["newsroom/feed.py"] = NEWS_FEED
    return _project("newsroom", files, NEWS_SETTINGS)


@_MADE_UP
def test_over_block_a_pk_parameter_names_the_row(tmp_path: Path) -> None:
    """Over-block check (``django_rows``): the view is ``article(request, pk)``, Django's
    own spelling. ``captured_rows`` reads ``article_id`` / ``article_pk`` only (its
    docstring promises ``pk=1`` too), so the row is seeded without its id, gets id 1,
    and the replayed ``GET /articles/5/`` answers 404: not reproduced. With
    ``article_id`` the same app is fixed with ``return []``, which the docstring backs."""
    _fixed(fix_and_check(tmp_path, _newsroom("pk", feed=False), NEWS_TRIGGER, NEWS_CHECK,
                         framework="django"))


@_MADE_UP
def test_over_block_a_podcasts_keywords_are_no_answer_for_an_articles(tmp_path: Path) -> None:
    """Over-block check (``sibling_answers``): the podcast feed answers an *episode's*
    empty ``keywords`` with ``settings.PODCAST_KEYWORDS``; ``_sibling_answer`` matches any
    ``<obj>.keywords``, so the article's ``return []`` (backed by ``-> list[str]`` and by
    its docstring: "an article the editor gave no keywords has none") loses its backing.
    Without the feed module the same app is fixed."""
    _fixed(fix_and_check(tmp_path, _newsroom("article_id", feed=True), NEWS_TRIGGER,
                         NEWS_CHECK, framework="django"))


INVOICE_MODELS = '''
    from django.db import models


    class Supplier(models.Model):
        name = models.CharField(max_length=120)

        def __str__(self) -> str:
            return self.name


    class Invoice(models.Model):
        supplier = models.ForeignKey(Supplier, related_name="invoices", on_delete=models.CASCADE)
        number = models.CharField(max_length=30)
        #: The amount as the supplier's portal exported it.
        amount_text = models.CharField(max_length=30)
        paid = models.BooleanField(default=False)

        def __str__(self) -> str:
            return self.number
'''

INVOICE_VIEWS = '''
    from django.http import JsonResponse
    from django.shortcuts import get_object_or_404

    from payables.models import Supplier

    #: What the portal exports for an invoice it has no amount for yet.
    UNREADABLE = ("n/a", "pending", "")


    def statement(request, supplier_id: int) -> JsonResponse:
        """The supplier's unpaid invoices and what we owe them.

        Amounts are the text the supplier's portal exports: it groups thousands with
        commas ('1,234.50'), and the decimal separator is always the point. An invoice
        the portal exported without an amount ('n/a', 'pending') is listed under
        "unreadable" for the clerk and left out of the total.
        """
        supplier = get_object_or_404(Supplier, pk=supplier_id)
        owed, unreadable = 0.0, []
        for inv in supplier.invoices.filter(paid=False).order_by("id"):
            text = inv.amount_text.strip()
            if text.lower() in UNREADABLE:
                unreadable.append(inv.number)
                continue
            owed += float(text)
        return JsonResponse({"supplier": supplier.name, "owed": round(owed, 2),
                             "unreadable": unreadable})
'''

INVOICE_URLS = '''
    from django.urls import path

    from payables import views

    urlpatterns = [path("suppliers/<int:supplier_id>/statement", views.statement)]
'''

INVOICE_TESTS = '''
    from django.test import Client

    from payables.models import Supplier


    def test_statement() -> None:
        acme = Supplier.objects.create(name="Acme")
        acme.invoices.create(number="A-1", amount_text="120.50")
        acme.invoices.create(number="A-2", amount_text="n/a")
        acme.invoices.create(number="A-3", amount_text="99.00", paid=True)
        got = Client().get(f"/suppliers/{acme.id}/statement").json()
        assert got == {"supplier": "Acme", "owed": 120.5, "unreadable": ["A-2"]}
        Supplier.objects.all().delete()
'''

INVOICE_TRIGGER = PRELUDE + """
from payables.models import Supplier
Supplier.objects.create(name="Old supplier").delete()
mill = Supplier.objects.create(name="Harrow Timber Mill")
mill.invoices.create(number="HTM-0412", amount_text="120.50")
mill.invoices.create(number="HTM-0413", amount_text="3,150.00")
Client().get(f"/suppliers/{mill.id}/statement")
"""

INVOICE_CHECK = PRELUDE + """
from payables.models import Supplier
mill = Supplier.objects.create(name="Harrow Timber Mill")
mill.invoices.create(number="HTM-0412", amount_text="120.50")
mill.invoices.create(number="HTM-0413", amount_text="3,150.00")
mill.invoices.create(number="HTM-0414", amount_text="pending")
got = Client().get(f"/suppliers/{mill.id}/statement").json()
assert got == {"supplier": "Harrow Timber Mill", "owed": 3270.5,
               "unreadable": ["HTM-0414"]}, got
"""


@_PLACEHOLDER
def test_over_block_a_placeholder_amount_is_no_grouped_number(tmp_path: Path) -> None:
    """Over-block check (``django_rows`` placeholders): the statement is reached only with
    the supplier and ``<Invoice: HTM-0413>`` seeded, and the invoice's ``amount_text`` is
    seeded as ``"amount_text-2"``. The documented thousands separator
    (``documented-thousands-separator``, from the captured ``text='3,150.00'``) is the
    right fix, but it cannot cure a placeholder that is no number at all, so it "still
    raises ValueError" and the engine declines."""
    files = _project("payables", {
        "site_conf/urls.py": INVOICE_URLS, "payables/models.py": INVOICE_MODELS,
        "payables/views.py": INVOICE_VIEWS, "tests/test_statement.py": INVOICE_TESTS})
    _fixed(fix_and_check(tmp_path, files, INVOICE_TRIGGER, INVOICE_CHECK, framework="django"))
