"""Twenty-seventh adversarial review: a missing key refused "the way" another case is, and
a term whose item is not there yet.

Two rules are under review:

* ``refused-alike`` (``candidates/refused_alike.py``): a KeyError on a text key read from a
  name or an attribute, one sentence of the function's docstring naming the key and saying
  the case "is refused the way"/"like"/"as" another case is, and exactly one ``raise`` of
  the function under a test or with a message sharing a word with that other case: the
  raise is copied in front of the crashing statement, its message replaced by the
  sentence's words for the case;
* ``term-not-reached-yet`` (``candidates/terms_not_reached.py``): an IndexError in
  ``total += seq[i]``, the docstring saying the term counts "once it has been" done and
  "until then" the total is "just" the rest: the statement is wrapped in
  ``if i < len(seq):``.

Each trap is a small app whose crash is the rule's case while its words or its code give
another answer; the hidden assertion checks the behaviour a careful reviewer expects, and
a declined fix passes. The club's apps refuse with their own ``Refused`` exception: the
hidden assertion turns that refusal into the answer ``("refused", status)`` (so that a
copied refusal is not taken for a decline), while the unfixed KeyError still passes.

Wrong-fix traps, ``refused-alike``:

* ``test_a_daytime_hour_on_the_unlit_court_is_not_refused``: the fee is read in the one
  ``return`` of every booking, daytime ones too (their evening hours are 0): the copied
  refusal turns away every booking of the court without floodlights, which the docstring
  refuses "after dusk" only;
* ``test_the_refused_evening_keeps_its_slot_held``: the slot is held before the price is
  worked out; the copied refusal comes after the hold, and the refused evening keeps the
  court held for nobody;
* ``test_an_unlit_court_isnt_refused_in_summer``: "isn't refused the way a taken slot
  is" (only "not"/"never" and "n't be" are read as negations);
* ``test_a_pitch_without_a_hookup_is_priced_rather_than_refused``: "priced without the
  hookup fee rather than refused the way a booked night is";
* ``test_the_hall_is_answered_the_way_a_free_slot_is``: "answered the way a free slot
  is": the raise whose test shares "free" is ``if not is_free(...)``, the refusal of a
  slot that is *not* free;
* ``test_a_closed_court_is_not_a_court_that_does_not_exist``: closed courts are refused
  (423) by the helper ``open_court``; the one raise of the function sharing "court" is the
  404 "no such court";
* ``test_a_park_court_gives_members_no_discount``: the sentence naming ``member`` (of
  ``member_discount``) is about a member whose subscription has lapsed; the sentence
  before says the park courts give no discount.

Wrong-fix traps, ``term-not-reached-yet``:

* ``test_a_joker_on_the_last_round_counts_when_it_is_marked``: the joker round is read
  0-based (``scores[team.joker]``): a joker on the last round, all rounds marked, is past
  the end; the guard drops the joker of a round that has been marked;
* ``test_the_average_still_counts_the_joker_round``: the total is divided by
  ``len(scores) + 1``, the joker's place; the guard leaves the divisor counting it;
* ``test_a_strike_shows_just_ten_until_both_balls_are_bowled``: the first bonus ball is
  added in the statement before; the guard makes the frame ten plus one ball, where the
  docstring says just ten;
* ``test_until_then_only_the_jokers_par_is_added``: "until then only its par of 10 is
  added" (the "only" of the rule's rest is the par);
* ``test_the_bonus_table_lacks_the_new_picture_round``: the unmarked joker is already
  guarded; the index is past the end of ``JOKER_BONUS``, a table one round short;
* ``test_a_joker_on_a_round_the_quiz_lacks_is_caught``: every round is marked and the
  joker names a round the quiz does not have, which the docstring says must be caught;
* ``test_team_is_a_word_of_another_sentence``: the sentence with "once it has been" and
  "until then ... just" is about a team's registration; it matches by the word "team"
  of ``team.joker``; a joker on a round still to come is refused.

Over-block checks (the words back the fix; the engine must end ``fixed``):

* ``test_over_block_a_dog_in_a_room_without_a_pet_supplement``: "turned away like a full
  night is";
* ``test_over_block_lending_a_reference_book``: "rejected exactly as a loan to a member
  with overdue books is";
* ``test_over_block_the_final_lap_counts_double_when_it_has_been_run``: "when it has been
  run; till then the race time is only the laps run".

As written, the 14 wrong-fix traps fail: each is reported ``fixed`` (the first 7 by
``refused-alike``, the last 7 by ``term-not-reached-yet``, the only candidate tried in
each) with the wrong behaviour; the 3 over-block checks pass.

All pass since `refused_alike.py` was tightened (same commit); `term-not-reached-yet` was
withdrawn, so its over-block check is a strict xfail.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import expect_fixed as _fixed
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or
from tests.repair.adversarial import shown as _shown

# --- refused-alike ------------------------------------------------------------------------

# The head of the club's modules: their refusal, which the API answers with its status.
CLUB_HEAD = '''
    """Court bookings at the tennis club."""

    from __future__ import annotations


    class Refused(Exception):
        """A booking the club will not take; ``status`` is the HTTP status the API answers."""

        def __init__(self, status: int, detail: str) -> None:
            super().__init__(detail)
            self.status = status


    #: The hour the sun sets: hours from then on are played under floodlights.
    DUSK = 18
'''

# Run before the hidden assertion: the app's refusal is an answer, not a decline.
OUTCOME = '''
def outcome(call):
    try:
        return call()
    except Refused as exc:
        return ("refused", exc.status)
'''


def _check(module: str, call: str, ok: str, what: str) -> str:
    return (f"from {module} import *\nfrom {module} import Refused\n" + OUTCOME
            + _raises_or(f"outcome(lambda: {call})", ok, what))


DAYTIME = CLUB_HEAD + '''

    COURTS = {
        1: {"hourly": 1200, "floodlight_fee": 400},
        2: {"hourly": 1200, "floodlight_fee": 400},
        3: {"hourly": 900},
    }
    TAKEN = {(1, 19)}


    def price(court_id: int, start: int, hours: int) -> int:
        """The price in pence of playing on ``court_id`` from ``start`` for ``hours`` hours.

        Each hour from dusk on also pays the court's floodlight fee. A court without
        floodlights cannot be played on after dusk, so such a booking is refused the way a
        taken slot is.
        """
        if (court_id, start) in TAKEN:
            raise Refused(409, "that slot is already taken")
        court = COURTS[court_id]
        evening = max(0, start + hours - max(start, DUSK))
        return court["hourly"] * hours + evening * court["floodlight_fee"]
'''

DAYTIME_TESTS = '''
    import pytest

    from club.prices import Refused, price


    def test_price() -> None:
        assert price(1, 10, 2) == 2400
        assert price(2, 17, 2) == 2800


    def test_taken() -> None:
        with pytest.raises(Refused):
            price(1, 19, 1)
'''


def test_a_daytime_hour_on_the_unlit_court_is_not_refused(tmp_path: Path) -> None:
    # The fee is read by every booking (its evening hours may be 0): the copied refusal
    # turns away court 3 in the morning, which the docstring refuses after dusk only.
    call = "price(3, 10, 2)"
    _shown(fix_and_check(
        tmp_path, _app("club", "prices", DAYTIME, DAYTIME_TESTS),
        f"from club.prices import price\n{call}",
        _check("club.prices", call, "got == 1800",
               "a morning on the court without floodlights refused")))


HELD = CLUB_HEAD + '''

    COURTS = {
        1: {"hourly": 1200, "floodlight_fee": 400},
        3: {"hourly": 900},
    }
    #: The (court, hour) slots held by a booking.
    HELD: set[tuple[int, int]] = set()
    #: What each member has been charged, in pence.
    LEDGER: list[tuple[str, int]] = []


    def book(member: str, court_id: int, start: int, hours: int) -> int:
        """Book ``court_id`` for ``member`` from ``start`` for ``hours`` hours, charge their
        account and return the price in pence.

        Each hour from dusk on also pays the court's floodlight fee. A court without
        floodlights cannot be played on after dusk, so such a booking is refused the way a
        taken slot is.
        """
        for hour in range(start, start + hours):
            if (court_id, hour) in HELD:
                raise Refused(409, "that slot is already taken")
        court = COURTS[court_id]
        HELD.update((court_id, hour) for hour in range(start, start + hours))
        total = court["hourly"] * hours
        if start + hours > DUSK:
            total += (start + hours - max(start, DUSK)) * court["floodlight_fee"]
        LEDGER.append((member, total))
        return total
'''

HELD_TESTS = '''
    import pytest

    from club.bookings import HELD, LEDGER, Refused, book


    def test_book() -> None:
        assert book("ana", 1, 17, 2) == 2800
        assert {(1, 17), (1, 18)} <= HELD
        assert LEDGER[-1] == ("ana", 2800)
        with pytest.raises(Refused):
            book("ben", 1, 18, 1)
'''


def test_the_refused_evening_keeps_its_slot_held(tmp_path: Path) -> None:
    # The slot is held before the price is worked out: a refusal copied in front of the
    # fee comes after the hold, and the court stays held for a booking that was refused.
    call = 'book("ana", 3, 19, 1)'
    _shown(fix_and_check(
        tmp_path, _app("club", "bookings", HELD, HELD_TESTS),
        f"from club.bookings import book\n{call}",
        _check("club.bookings", call, 'got == ("refused", 409) and (3, 19) not in HELD',
               "a refused evening left its slot held")))


SUMMER = CLUB_HEAD + '''

    COURTS = {
        1: {"hourly": 1200, "floodlight_fee": 400},
        3: {"hourly": 900},
    }
    TAKEN = {(1, 19)}


    def price(court_id: int, start: int, hours: int) -> int:
        """The summer price in pence of playing on ``court_id`` from ``start`` for ``hours``
        hours.

        Each hour from dusk on also pays the court's floodlight fee. A court without
        floodlights isn't refused the way a taken slot is: in summer the light lasts past
        nine, and its evening hours are sold at its plain hourly rate.
        """
        if (court_id, start) in TAKEN:
            raise Refused(409, "that slot is already taken")
        court = COURTS[court_id]
        total = court["hourly"] * hours
        if start + hours > DUSK:
            total += (start + hours - max(start, DUSK)) * court["floodlight_fee"]
        return total
'''

SUMMER_TESTS = '''
    import pytest

    from club.summer import Refused, price


    def test_price() -> None:
        assert price(1, 10, 2) == 2400
        assert price(1, 17, 2) == 2800
        assert price(3, 10, 1) == 900


    def test_taken() -> None:
        with pytest.raises(Refused):
            price(1, 19, 1)
'''


def test_an_unlit_court_isnt_refused_in_summer(tmp_path: Path) -> None:
    # "isn't refused the way a taken slot is": only "not"/"never" and "n't be" are read as
    # negations.
    call = "price(3, 19, 1)"
    _shown(fix_and_check(
        tmp_path, _app("club", "summer", SUMMER, SUMMER_TESTS),
        f"from club.summer import price\n{call}",
        _check("club.summer", call, "got == 900",
               "a summer evening on the unlit court refused")))


CAMPSITE = '''
    """The campsite's pitches."""

    from __future__ import annotations


    class Refused(Exception):
        """A booking the site will not take; ``status`` is the HTTP status answered."""

        def __init__(self, status: int, detail: str) -> None:
            super().__init__(detail)
            self.status = status


    PITCHES = {
        "A1": {"nightly": 2500, "hookup_fee": 600},
        "B7": {"nightly": 1800},
    }
    BOOKED = {("A1", "2025-08-01")}


    def quote(pitch_id: str, nights: list[str], caravan: bool = False) -> int:
        """The price in pence of ``pitch_id`` for ``nights``.

        A caravan pays the pitch's hookup fee each night, for its electricity. A pitch
        without a hookup still takes caravans, priced without the hookup fee rather than
        refused the way a booked night is.
        """
        pitch = PITCHES[pitch_id]
        total = 0
        for night in nights:
            if (pitch_id, night) in BOOKED:
                raise Refused(409, "that night is booked")
            total += pitch["nightly"]
            if caravan:
                total += pitch["hookup_fee"]
        return total
'''

CAMPSITE_TESTS = '''
    import pytest

    from camp.pitches import Refused, quote


    def test_quote() -> None:
        assert quote("A1", ["2025-08-02", "2025-08-03"], caravan=True) == 6200
        assert quote("B7", ["2025-08-02"]) == 1800


    def test_booked() -> None:
        with pytest.raises(Refused):
            quote("A1", ["2025-08-01"])
'''


def test_a_pitch_without_a_hookup_is_priced_rather_than_refused(tmp_path: Path) -> None:
    # "priced without the hookup fee rather than refused the way a booked night is".
    call = 'quote("B7", ["2025-08-02"], caravan=True)'
    _shown(fix_and_check(
        tmp_path, _app("camp", "pitches", CAMPSITE, CAMPSITE_TESTS),
        f"from camp.pitches import quote\n{call}",
        _check("camp.pitches", call, "got == 1800",
               "a caravan on a pitch without a hookup refused")))


HALL = CLUB_HEAD + '''

    COURTS = {
        "court 1": {"hourly": 1200, "floodlight_fee": 400},
        "hall": {"hourly": 1500},
    }
    #: The hours booked, by court.
    SCHEDULE = {("hall", 19), ("court 1", 18)}


    def is_free(court: str, hour: int) -> bool:
        return (court, hour) not in SCHEDULE


    def price(court: str, start: int, hours: int) -> int:
        """The price in pence of ``court`` from ``start`` for ``hours`` hours; each hour
        from dusk on adds the court's floodlight fee.

        The indoor hall has no floodlights to pay for, its roof lights being on all day,
        and its evening hours are answered the way a free slot is on an outdoor court: at
        the plain hourly rate.
        """
        for hour in range(start, start + hours):
            if not is_free(court, hour):
                raise Refused(409, "that slot is taken")
        rates = COURTS[court]
        total = rates["hourly"] * hours
        evening = max(0, start + hours - max(start, DUSK))
        if evening:
            total += evening * rates["floodlight_fee"]
        return total
'''

HALL_TESTS = '''
    import pytest

    from club.hall import Refused, price


    def test_price() -> None:
        assert price("court 1", 16, 2) == 2400
        assert price("court 1", 19, 1) == 1600
        assert price("hall", 10, 2) == 3000


    def test_taken() -> None:
        with pytest.raises(Refused):
            price("hall", 19, 1)
'''


def test_the_hall_is_answered_the_way_a_free_slot_is(tmp_path: Path) -> None:
    # "answered the way a free slot is": the raise sharing "free" is `if not is_free(...)`,
    # the refusal of a slot that is not free.
    call = 'price("hall", 20, 1)'
    _shown(fix_and_check(
        tmp_path, _app("club", "hall", HALL, HALL_TESTS),
        f"from club.hall import price\n{call}",
        _check("club.hall", call, "got == 1500", "an evening in the lit hall refused")))


CLOSED = CLUB_HEAD + '''

    COURTS = {
        1: {"hourly": 1200, "floodlight_fee": 400},
        2: {"hourly": 1200, "floodlight_fee": 400},
        3: {"hourly": 900},
    }
    #: Courts shut for resurfacing.
    CLOSED = {2}


    def open_court(number: int) -> dict[str, int]:
        """The court's rates; a closed court is refused with 423 (Locked): the app shows
        it greyed out, to be booked again later."""
        if number in CLOSED:
            raise Refused(423, "closed for resurfacing")
        return COURTS[number]


    def price(number: int, start: int, hours: int) -> int:
        """The price in pence of court ``number`` from ``start`` for ``hours`` hours.

        Each hour from dusk on also pays the court's floodlight fee. A court without
        floodlights cannot be played on after dusk, so an evening booking there is refused
        the way a closed court is. A number the club has no court for is answered 404,
        and the app drops it from its list of courts.
        """
        if number not in COURTS:
            raise Refused(404, "no such court")
        court = open_court(number)
        total = court["hourly"] * hours
        if start + hours > DUSK:
            total += (start + hours - max(start, DUSK)) * court["floodlight_fee"]
        return total
'''

CLOSED_TESTS = '''
    import pytest

    from club.courts import Refused, price


    def test_price() -> None:
        assert price(1, 17, 2) == 2800
        assert price(3, 10, 1) == 900


    def test_refusals() -> None:
        with pytest.raises(Refused) as closed:
            price(2, 10, 1)
        assert closed.value.status == 423
        with pytest.raises(Refused) as unknown:
            price(9, 10, 1)
        assert unknown.value.status == 404
'''


def test_a_closed_court_is_not_a_court_that_does_not_exist(tmp_path: Path) -> None:
    # Closed courts are refused (423) inside `open_court`; the one raise of `price` that
    # shares "court" with "a closed court" is the 404 "no such court", after which the
    # app drops court 3 from its list.
    call = "price(3, 19, 1)"
    _shown(fix_and_check(
        tmp_path, _app("club", "courts", CLOSED, CLOSED_TESTS),
        f"from club.courts import price\n{call}",
        _check("club.courts", call, 'got == ("refused", 423)',
               "an evening on the unlit court answered as no such court")))


MEMBERS = CLUB_HEAD + '''

    from dataclasses import dataclass

    COURTS = {
        1: {"hourly": 1200, "member_discount": 0.25},
        5: {"hourly": 800},
    }
    TAKEN = {(1, 19)}


    @dataclass(frozen=True)
    class Member:
        name: str
        lapsed: bool = False


    def price(court_id: int, start: int, hours: int, member: Member | None = None) -> int:
        """The price in pence of playing on ``court_id`` from ``start`` for ``hours`` hours.

        Members get the court's member discount where it has one; the park courts give
        none. A member whose subscription has lapsed is refused the way a taken slot is.
        """
        if (court_id, start) in TAKEN:
            raise Refused(409, "that slot is already taken")
        if member is not None and member.lapsed:
            raise Refused(409, "your subscription has lapsed")
        court = COURTS[court_id]
        total = court["hourly"] * hours
        if member is not None:
            total -= round(total * court["member_discount"])
        return total
'''

MEMBERS_TESTS = '''
    import pytest

    from club.members import Member, Refused, price


    def test_price() -> None:
        assert price(1, 10, 2) == 2400
        assert price(1, 10, 2, Member("ana")) == 1800
        assert price(5, 10, 1) == 800


    def test_refusals() -> None:
        with pytest.raises(Refused):
            price(1, 19, 1)
        with pytest.raises(Refused):
            price(1, 10, 1, Member("ben", lapsed=True))
'''


def test_a_park_court_gives_members_no_discount(tmp_path: Path) -> None:
    # The sentence naming "member" (of `member_discount`) is about a lapsed subscription;
    # the one before says the park courts give no discount.
    call = 'price(5, 10, 1, Member("ana"))'
    _shown(fix_and_check(
        tmp_path, _app("club", "members", MEMBERS, MEMBERS_TESTS),
        f"from club.members import Member, price\n{call}",
        _check("club.members", call, "got == 800",
               "a member refused on a park court as if lapsed")))


# --- term-not-reached-yet -----------------------------------------------------------------

QUIZ_HEAD = '''
    """The pub quiz's scoreboard."""

    from __future__ import annotations

    from dataclasses import dataclass, field

    #: Rounds in a quiz night.
    ROUNDS = 6


    @dataclass
    class Team:
        name: str
        #: The round (1 to ROUNDS) the team plays its joker on.
        joker: int
        #: The marks of the rounds marked so far, in order.
        scores: list[int] = field(default_factory=list)
'''

ZERO_BASED = QUIZ_HEAD + '''

    def points(team: Team) -> int:
        """The team's points so far. The joker round counts twice once it has been marked;
        until then the total is just the sum of the marked rounds."""
        total = sum(team.scores)
        total += team.scores[team.joker]
        return total
'''

QUIZ_TESTS = '''
    from quiz.board import Team, points


    def test_points() -> None:
        assert points(Team("Quizzly Bears", 2, [5, 5, 5, 5])) == 25
'''


def test_a_joker_on_the_last_round_counts_when_it_is_marked(tmp_path: Path) -> None:
    # The joker round is read 0-based: with every round marked, a joker on the sixth is
    # past the end, and the guard drops the joker of a round that has been marked.
    imports = "from quiz.board import Team, points\n"
    call = 'points(Team("Quizzly Bears", 6, [5, 7, 6, 8, 4, 9]))'
    _shown(fix_and_check(
        tmp_path, _app("quiz", "board", ZERO_BASED, QUIZ_TESTS), imports + call,
        imports + _raises_or(call, "got == 48", "a marked joker round not counted")))


AVERAGE = QUIZ_HEAD + '''

    def average(team: Team) -> float:
        """The team's average per round so far, for the big screen. The joker round counts
        twice once it has been marked; until then the average is just that of the marked
        rounds."""
        total = sum(team.scores)
        total += team.scores[team.joker - 1]
        return round(total / (len(team.scores) + 1), 1)
'''

AVERAGE_TESTS = '''
    from quiz.board import Team, average


    def test_average() -> None:
        assert average(Team("Quizzly Bears", 1, [8, 6])) == 7.3
'''


def test_the_average_still_counts_the_joker_round(tmp_path: Path) -> None:
    # The total is divided by the rounds plus the joker's: the guard leaves the divisor
    # counting a joker it no longer adds (14 / 3 instead of 14 / 2).
    imports = "from quiz.board import Team, average\n"
    call = 'average(Team("Quizzly Bears", 5, [8, 6]))'
    _shown(fix_and_check(
        tmp_path, _app("quiz", "board", AVERAGE, AVERAGE_TESTS), imports + call,
        imports + _raises_or(call, "got == 7.0", "the average divided by an unplayed joker")))


BOWLING = '''
    """Scoring a game of ten-pin bowling."""

    from __future__ import annotations


    def strike_frame(rolls: list[int], ball: int) -> int:
        """The score of the strike bowled with ``ball``: ten, plus the pins of the two balls
        after it once they have been bowled; until then the frame shows just the ten."""
        score = 10
        score += rolls[ball + 1]
        score += rolls[ball + 2]
        return score
'''

BOWLING_TESTS = '''
    from lanes.scoring import strike_frame


    def test_strike_frame() -> None:
        assert strike_frame([10, 7, 2], 0) == 19
        assert strike_frame([3, 4, 10, 10, 10], 2) == 30
'''


def test_a_strike_shows_just_ten_until_both_balls_are_bowled(tmp_path: Path) -> None:
    # The first bonus ball is added by the statement before the crash: the guard makes
    # the frame ten plus one ball, where the docstring says just ten until both are bowled.
    imports = "from lanes.scoring import strike_frame\n"
    call = "strike_frame([10, 7], 0)"
    _shown(fix_and_check(
        tmp_path, _app("lanes", "scoring", BOWLING, BOWLING_TESTS), imports + call,
        imports + _raises_or(call, "got == 10", "a strike showing one bonus ball")))


PAR = QUIZ_HEAD + '''

    #: What an unmarked joker round is credited with.
    JOKER_PAR = 10


    def points(team: Team) -> int:
        """The team's points so far. The joker round counts twice once it has been marked;
        until then only its par of 10 is added to the marked rounds."""
        total = sum(team.scores)
        total += team.scores[team.joker - 1]
        return total
'''

PAR_TESTS = '''
    from quiz.board import Team, points


    def test_points() -> None:
        assert points(Team("Quizzly Bears", 1, [6, 7])) == 19
'''


def test_until_then_only_the_jokers_par_is_added(tmp_path: Path) -> None:
    # "until then only its par of 10 is added": the rest is not "just" the marked rounds.
    imports = "from quiz.board import Team, points\n"
    call = 'points(Team("Quizzly Bears", 4, [6, 7]))'
    _shown(fix_and_check(
        tmp_path, _app("quiz", "board", PAR, PAR_TESTS), imports + call,
        imports + _raises_or(call, "got == 23", "an unmarked joker without its par")))


BONUS_TABLE = QUIZ_HEAD + '''

    #: The joker's bonus for each round, from the first: later rounds are harder.
    JOKER_BONUS = [5, 5, 10, 10, 15]


    def points(team: Team) -> int:
        """The team's points so far. The joker's bonus counts once it has been earned by
        marking the joker round; until then the total is just the sum of the marked
        rounds."""
        total = sum(team.scores)
        if team.joker <= len(team.scores):
            total += JOKER_BONUS[team.joker - 1]
        return total
'''

BONUS_TESTS = '''
    from quiz.board import Team, points


    def test_points() -> None:
        assert points(Team("Quizzly Bears", 3, [6, 7, 8])) == 31
        assert points(Team("Quizzly Bears", 3, [6, 7])) == 13
'''


def test_the_bonus_table_lacks_the_new_picture_round(tmp_path: Path) -> None:
    # The unmarked joker is already guarded; the index is past the end of the bonus
    # table, one round short of ROUNDS: the sixth round's joker, marked, earns nothing.
    imports = "from quiz.board import Team, points\n"
    call = 'points(Team("Quizzly Bears", 6, [5, 7, 6, 8, 4, 9]))'
    _shown(fix_and_check(
        tmp_path, _app("quiz", "board", BONUS_TABLE, BONUS_TESTS), imports + call,
        imports + _raises_or(call, "got > 39", "a marked joker round earned no bonus")))


NO_SUCH_ROUND = QUIZ_HEAD + '''

    def points(team: Team) -> int:
        """The team's points so far, out of the quiz's ROUNDS rounds. The joker round
        counts twice once it has been marked; until then the total is just the sum of the
        marked rounds. A joker on a round the quiz doesn't have is the desk's typing
        mistake: it must be caught, never scored."""
        total = sum(team.scores)
        total += team.scores[team.joker - 1]
        return total
'''

NO_SUCH_TESTS = '''
    from quiz.board import Team, points


    def test_points() -> None:
        assert points(Team("Quizzly Bears", 2, [6, 7, 8])) == 28
'''


def test_a_joker_on_a_round_the_quiz_lacks_is_caught(tmp_path: Path) -> None:
    # Every round is marked; the joker names an eighth round, which the quiz does not
    # have: the guard scores the desk's typo as a joker still to come.
    imports = "from quiz.board import Team, points\n"
    call = 'points(Team("Quizzly Bears", 8, [5, 7, 6, 8, 4, 9]))'
    _shown(fix_and_check(
        tmp_path, _app("quiz", "board", NO_SUCH_ROUND, NO_SUCH_TESTS), imports + call,
        imports + _raises_or(call, "False", "a joker on a round the quiz lacks scored")))


REGISTERED = QUIZ_HEAD + '''

    def points(team: Team) -> int:
        """The team's points so far.

        A team is on the scoreboard once it has been registered at the desk; until then
        the board shows just its table number. Jokers are played on a round already
        marked, doubling it; a joker on a round still to come is refused.
        """
        total = sum(team.scores)
        total += team.scores[team.joker - 1]
        return total
'''

REGISTERED_TESTS = '''
    from quiz.board import Team, points


    def test_points() -> None:
        assert points(Team("Quizzly Bears", 2, [6, 7, 8])) == 28
'''


def test_team_is_a_word_of_another_sentence(tmp_path: Path) -> None:
    # The sentence with "once it has been" and "until then ... just" is the registration
    # of a team, matched by "team" of `team.joker`; a joker still to come is refused.
    imports = "from quiz.board import Team, points\n"
    call = 'points(Team("Quizzly Bears", 4, [6, 7]))'
    _shown(fix_and_check(
        tmp_path, _app("quiz", "board", REGISTERED, REGISTERED_TESTS), imports + call,
        imports + _raises_or(call, "False", "a joker on a round still to come scored")))


# --- over-block checks: the words back the fix, and it must be reported ------------------

HOTEL = '''
    """Room prices at the Harbour Inn."""

    from __future__ import annotations


    class Unavailable(Exception):
        pass


    ROOMS = {
        "12": {"nightly": 9000, "pet_supplement": 1500},
        "14": {"nightly": 8500},
    }
    FULL = {("12", "2025-06-01")}


    def quote(room: str, night: str, dogs: int = 0) -> int:
        """The price in pence of ``room`` for ``night``.

        Each dog pays the room's pet supplement. A room without a pet supplement takes no
        pets, and a booking with a dog there is turned away like a full night is.
        """
        if (room, night) in FULL:
            raise Unavailable("that night is full")
        rate = ROOMS[room]
        total = rate["nightly"]
        if dogs:
            total += dogs * rate["pet_supplement"]
        return total
'''

HOTEL_TESTS = '''
    import pytest

    from inn.rooms import Unavailable, quote


    def test_quote() -> None:
        assert quote("12", "2025-06-02", dogs=1) == 10500
        assert quote("14", "2025-06-02") == 8500


    def test_full() -> None:
        with pytest.raises(Unavailable):
            quote("12", "2025-06-01")
'''


def test_over_block_a_dog_in_a_room_without_a_pet_supplement(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: "turned away like a full night is"."""
    imports = "from inn.rooms import Unavailable, quote\n"
    call = 'quote("14", "2025-06-02", dogs=1)'
    _fixed(fix_and_check(
        tmp_path, _app("inn", "rooms", HOTEL, HOTEL_TESTS), imports + call,
        imports + f"try:\n    {call}\nexcept Unavailable:\n    pass\n"
        "else:\n    raise AssertionError('a dog let into a room without pets')\n"
        'assert quote("14", "2025-06-02") == 8500\n'
        'assert quote("12", "2025-06-02", dogs=2) == 12000\n'))


LIBRARY = '''
    """Lending at the town library."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date, timedelta


    class LoanRefused(Exception):
        pass


    CATALOGUE = {
        "B1": {"title": "Dune", "loan_days": 21},
        "R9": {"title": "Oxford English Dictionary"},
    }


    @dataclass(frozen=True)
    class Member:
        name: str
        overdue: int = 0


    def lend(member: Member, item_id: str, today: date) -> date:
        """Lend ``item_id`` to ``member``; returns the day it is due back.

        A reference book has no loan period, so lending one is rejected exactly as a loan
        to a member with overdue books is.
        """
        if member.overdue:
            raise LoanRefused("please return your overdue books first")
        item = CATALOGUE[item_id]
        return today + timedelta(days=item["loan_days"])
'''

LIBRARY_TESTS = '''
    from datetime import date

    import pytest

    from town.loans import LoanRefused, Member, lend


    def test_lend() -> None:
        assert lend(Member("ana"), "B1", date(2025, 3, 1)) == date(2025, 3, 22)


    def test_overdue() -> None:
        with pytest.raises(LoanRefused):
            lend(Member("ben", overdue=2), "B1", date(2025, 3, 1))
'''


def test_over_block_lending_a_reference_book(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: "rejected exactly as a loan to a member with overdue books is"."""
    imports = "from datetime import date\nfrom town.loans import LoanRefused, Member, lend\n"
    call = 'lend(Member("ana"), "R9", date(2025, 3, 1))'
    _fixed(fix_and_check(
        tmp_path, _app("town", "loans", LIBRARY, LIBRARY_TESTS), imports + call,
        imports + f"try:\n    {call}\nexcept LoanRefused:\n    pass\n"
        "else:\n    raise AssertionError('a reference book lent')\n"
        'assert lend(Member("ana"), "B1", date(2025, 3, 1)) == date(2025, 3, 22)\n'))


RACE = '''
    """The club's time trial."""

    from __future__ import annotations

    from dataclasses import dataclass, field


    @dataclass
    class Runner:
        name: str
        #: Seconds for each lap run so far.
        laps: list[float] = field(default_factory=list)
        #: The lap that counts double: the eighth, the last.
        final_lap: int = 8


    def race_time(runner: Runner) -> float:
        """The runner's race time so far, in seconds. The final lap counts double when it
        has been run; till then the race time is only the laps run."""
        seconds = sum(runner.laps)
        seconds += runner.laps[runner.final_lap - 1]
        return seconds
'''

RACE_TESTS = '''
    from trial.times import Runner, race_time


    def test_race_time() -> None:
        assert race_time(Runner("Ida", [60.0] * 7 + [70.0])) == 560.0
'''


@pytest.mark.xfail(strict=True, reason="term-not-reached-yet was withdrawn after this review "
                   "beat it 7 times in 7: it cannot tell an item not there yet from an off-by-one")
def test_over_block_the_final_lap_counts_double_when_it_has_been_run(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: "when it has been run; till then the race time is only the laps
    run"."""
    imports = "from trial.times import Runner, race_time\n"
    call = 'race_time(Runner("Ida", [70.0, 72.5]))'
    _fixed(fix_and_check(
        tmp_path, _app("trial", "times", RACE, RACE_TESTS), imports + call,
        imports + f"assert {call} == 142.5\n"
        'assert race_time(Runner("Ida", [60.0] * 7 + [70.0])) == 560.0\n'))
