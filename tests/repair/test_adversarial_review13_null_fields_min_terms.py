"""Thirteenth adversarial review: ``documented-null-field`` and ``unconstrained-min-term``.

``documented-null-field`` (``candidates/null_fields.py``) turns a ZeroDivisionError in one
field of a dict answer into ``... if divisor else None`` where a sentence of the crashing
function's docstring names that field with null and an "empty case" word.
``unconstrained-min-term`` (``candidates/unconstrained_terms.py``) turns each term of a
``min()`` reading a side unpacked from a parameter into ``... if side is not None else
float("inf")`` where every None sentence of the docstring (and of the comment above the
parameter's type alias) says "unconstrained" or the like. Each wrong-fix trap is a small
app whose words say the null (or the infinite term) is not the answer; the hidden
assertion checks the behaviour those words give, and a declined fix passes.

Wrong-fix traps, ``documented-null-field``:

* ``test_a_closed_poll_nobody_voted_in_shows_zero_percent``: the null sentence is about
  an open poll ("until it closes"); a poll that closed without a vote is documented as
  0.0 in words ``_OTHER_ANSWER`` does not read ("a ``percent`` of 0.0");
* ``test_a_pupil_without_marks_is_left_off_not_given_a_null_average``: the null sentence
  is about the *class* ``average``, a key of another dict of the same answer; the pupil
  without marks is left off the list;
* ``test_the_export_writes_n_a_where_the_api_gives_null``: the one null sentence says the
  JSON API gives null, and that this export writes "n/a" there instead;
* ``test_a_percent_that_is_never_null_is_not_made_null``: the one sentence naming
  ``percent`` with null and "nobody" says it is *never* null, and gives 0.0;
* ``test_a_course_nobody_enrolled_on_has_no_stats_object``: the docstring makes the
  enclosing ``stats`` object null, naming ``pass_rate`` only as part of it;
* ``test_unestimated_tasks_count_as_one_hour_not_as_no_progress``: the zero divisor is
  tasks nobody estimated, which count as one hour each; null is for no tasks at all;
* ``test_cancelling_budget_moves_share_the_gross_change``: the net change is 0 because
  moves cancel out (negative values), documented to use the gross change; null is for
  a month with no moves yet.

Wrong-fix traps, ``unconstrained-min-term``:

* ``test_a_side_not_limited_by_the_preset_is_still_capped_at_max_side``: "not limited by
  the preset: the site-wide MAX_SIDE still applies" reads as unconstrained; inf drops
  the cap;
* ``test_an_svg_without_a_height_is_drawn_unscaled``: the None is the *image's* height
  (``size``), not the box's; the sentence about the box's None sides mentions "size";
* ``test_only_the_height_of_a_box_may_be_none``: the comment makes a None height
  unconstrained and says every preset gives its width; the fix makes a None width
  unconstrained too;
* ``test_a_none_limit_is_unconstrained_but_a_box_side_is_not``: the one None sentence is
  about the ``limit`` parameter and says the scale is bounded by the ``box``; it names
  ``box``, so the box's None sides drop out.

Over-block checks (the words back the fix; the engine must end ``fixed``):

* ``test_over_block_rounding_errors_are_no_other_answer_for_percent``: "rounding
  errors" in a sentence about ``percent`` reads as a refusal to ``_OTHER_ANSWER``;
* ``test_over_block_a_percent_already_hidden_while_the_poll_is_open``: the field is
  already a conditional (``round(...) if poll.closed else None``); the edit appends ``if
  total else None`` unparenthesised, Python groups it with the else branch, and the
  candidate "still raises";
* ``test_over_block_the_box_alias_documented_in_its_own_module``: ``Box`` is imported
  from ``gallery.types``, whose comment above the alias says a None side is
  unconstrained; ``_documented`` reads aliases of the crashing module only.

As written, 13 of the 14 fail: 10 wrong-fix traps are reported ``fixed`` with the wrong
behaviour and the 3 over-block checks end ``unverified``. The pupil trap is declined by
``borrowed_backing._case_answered_otherwise`` (the sentence on the pupil's own case).
The same precedence slip hides two traps when the division is already inside a
conditional (the closed poll's ``... if poll.closed else None``, the SVG's ``... if
box_height is not None else float("inf")``): both are written without one here, so that
they probe the words and not the slip.
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import expect_fixed as _fixed
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or
from tests.repair.adversarial import shown as _shown

# Shared by the poll apps.
POLL_MODELS = '''
    """Polls of the members' site."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Choice:
        text: str
        votes: int = 0


    @dataclass
    class Poll:
        question: str
        choices: list[Choice]
        closed: bool = False
'''


def _polls(module: str, source: str, tests: str) -> dict[str, str]:
    return _app("polls", module, source, tests, {"polls/models.py": POLL_MODELS})


# --- documented-null-field: null for another case than the zero divisor ------------------

CLOSED_RESULTS = '''
    """The results page of a poll."""

    from __future__ import annotations

    from polls.models import Poll


    def results(poll: Poll) -> dict[str, object]:
        """The results page's data: the question, the votes cast and each choice's share.

        While the poll is still open every ``percent`` is null, so that early results do
        not sway the vote until it closes. Once it has closed each choice shows its share
        of the votes, and a poll that closed without a single vote gives every choice a
        ``percent`` of 0.0 (the page prints "0 %" beside each of them).
        """
        total = sum(c.votes for c in poll.choices)
        if not poll.closed:
            return {"question": poll.question, "total_votes": total,
                    "choices": [{"text": c.text, "votes": c.votes, "percent": None}
                                for c in poll.choices]}
        return {
            "question": poll.question,
            "total_votes": total,
            "choices": [
                {"text": c.text, "votes": c.votes, "percent": round(100 * c.votes / total, 1)}
                for c in poll.choices
            ],
        }
'''

CLOSED_TESTS = '''
    from polls.models import Choice, Poll
    from polls.results import results


    def test_an_open_poll_hides_its_percents() -> None:
        poll = Poll("Tea or coffee?", [Choice("Tea", 3), Choice("Coffee", 1)])
        assert [c["percent"] for c in results(poll)["choices"]] == [None, None]


    def test_a_closed_poll_shows_each_share() -> None:
        poll = Poll("Tea or coffee?", [Choice("Tea", 3), Choice("Coffee", 1)], closed=True)
        got = results(poll)
        assert got["total_votes"] == 4
        assert [c["percent"] for c in got["choices"]] == [75.0, 25.0]
'''


def test_a_closed_poll_nobody_voted_in_shows_zero_percent(tmp_path: Path) -> None:
    # The null sentence is about an open poll ("until it closes"); a closed poll without
    # votes is documented as 0.0 in words `_OTHER_ANSWER` does not read.
    imports = "from polls.models import Choice, Poll\nfrom polls.results import results\n"
    call = 'results(Poll("Cake for the AGM?", [Choice("Lemon"), Choice("Carrot")], closed=True))'
    _shown(fix_and_check(
        tmp_path, _polls("results", CLOSED_RESULTS, CLOSED_TESTS), imports + call,
        imports + _raises_or(call, '[c["percent"] for c in got["choices"]] == [0.0, 0.0]',
                             "a closed poll without votes not shown as 0.0")))


MARK_SHEET = '''
    """The end-of-term mark sheet."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Pupil:
        name: str
        marks: list[int]


    def mark_sheet(pupils: list[Pupil]) -> dict[str, object]:
        """The term's mark sheet: each pupil's average mark, and the class's.

        The class ``average`` is null while no pupil has a mark yet. A pupil without any
        marks (one who joined after the last test) is left off the ``pupils`` list and
        named under ``unmarked`` instead, so that the form tutor arranges a catch-up test.
        """
        marks = [m for p in pupils for m in p.marks]
        return {
            "average": round(sum(marks) / len(marks), 1) if marks else None,
            "pupils": [
                {"name": p.name, "average": round(sum(p.marks) / len(p.marks), 1)}
                for p in pupils
            ],
            "unmarked": [p.name for p in pupils if not p.marks],
        }
'''

MARK_SHEET_TESTS = '''
    from school.marks import Pupil, mark_sheet


    def test_mark_sheet() -> None:
        got = mark_sheet([Pupil("Ann", [70, 80]), Pupil("Ben", [60])])
        assert got == {"average": 70.0,
                       "pupils": [{"name": "Ann", "average": 75.0},
                                  {"name": "Ben", "average": 60.0}],
                       "unmarked": []}


    def test_an_empty_class() -> None:
        assert mark_sheet([])["average"] is None
'''


def test_a_pupil_without_marks_is_left_off_not_given_a_null_average(tmp_path: Path) -> None:
    # The null sentence is about the class `average`, another dict's key of the same
    # name; a pupil without marks is left off `pupils` (and named under `unmarked`).
    imports = "from school.marks import Pupil, mark_sheet\n"
    call = 'mark_sheet([Pupil("Ann", [70, 80]), Pupil("Tom", [])])'
    _shown(fix_and_check(
        tmp_path, _app("school", "marks", MARK_SHEET, MARK_SHEET_TESTS), imports + call,
        imports + _raises_or(
            call, 'got["pupils"] == [{"name": "Ann", "average": 75.0}] '
                  'and got["unmarked"] == ["Tom"]',
            "a pupil without marks listed with an average")))


EXPORT = '''
    """Exports of poll results for the newsletter team."""

    from __future__ import annotations

    from polls.models import Poll


    def export_rows(poll: Poll) -> list[dict[str, object]]:
        """One spreadsheet row per choice of ``poll``, for the newsletter team.

        The JSON API gives a null ``percent`` while nobody has voted, but a spreadsheet
        cell cannot hold a null, so in these rows the ``percent`` of such a poll is the
        text "n/a".
        """
        total = sum(c.votes for c in poll.choices)
        return [{"poll": poll.question, "choice": c.text, "votes": c.votes,
                 "percent": round(100 * c.votes / total, 1)}
                for c in poll.choices]
'''

EXPORT_TESTS = '''
    from polls.export import export_rows
    from polls.models import Choice, Poll


    def test_rows() -> None:
        poll = Poll("Tea or coffee?", [Choice("Tea", 1), Choice("Coffee", 3)])
        assert export_rows(poll) == [
            {"poll": "Tea or coffee?", "choice": "Tea", "votes": 1, "percent": 25.0},
            {"poll": "Tea or coffee?", "choice": "Coffee", "votes": 3, "percent": 75.0},
        ]
'''


def test_the_export_writes_n_a_where_the_api_gives_null(tmp_path: Path) -> None:
    # The one null sentence says the API gives null, and that these rows hold "n/a".
    imports = "from polls.export import export_rows\nfrom polls.models import Choice, Poll\n"
    call = 'export_rows(Poll("Cake for the AGM?", [Choice("Lemon"), Choice("Carrot")]))'
    _shown(fix_and_check(
        tmp_path, _polls("export", EXPORT, EXPORT_TESTS), imports + call,
        imports + _raises_or(call, '[r["percent"] for r in got] == ["n/a", "n/a"]',
                             "the export's percent not n/a for a poll without votes")))


NEVER_NULL = '''
    """The poll results the members' phone app reads."""

    from __future__ import annotations

    from polls.models import Poll


    def app_results(poll: Poll) -> dict[str, object]:
        """The phone app's results of ``poll``: its question and each choice's share.

        A ``percent`` here is never null, since the app's bar chart cannot draw one: a
        poll nobody has voted in gives every choice 0.0, and the app writes "No votes
        yet" under the chart.
        """
        total = sum(c.votes for c in poll.choices)
        return {
            "question": poll.question,
            "choices": [{"text": c.text, "percent": round(100 * c.votes / total, 1)}
                        for c in poll.choices],
        }
'''

NEVER_NULL_TESTS = '''
    from polls.app import app_results
    from polls.models import Choice, Poll


    def test_app_results() -> None:
        poll = Poll("Tea or coffee?", [Choice("Tea", 3), Choice("Coffee", 1)])
        assert app_results(poll) == {"question": "Tea or coffee?",
                                     "choices": [{"text": "Tea", "percent": 75.0},
                                                 {"text": "Coffee", "percent": 25.0}]}
'''


def test_a_percent_that_is_never_null_is_not_made_null(tmp_path: Path) -> None:
    # The one sentence naming `percent` with null and "nobody" says it is *never* null,
    # and gives 0.0 for a poll nobody has voted in.
    imports = "from polls.app import app_results\nfrom polls.models import Choice, Poll\n"
    call = 'app_results(Poll("Cake for the AGM?", [Choice("Lemon"), Choice("Carrot")]))'
    _shown(fix_and_check(
        tmp_path, _polls("app", NEVER_NULL, NEVER_NULL_TESTS), imports + call,
        imports + _raises_or(call, '[c["percent"] for c in got["choices"]] == [0.0, 0.0]',
                             "a percent documented as never null made null")))


COURSES = '''
    """Course pages of the evening school."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Student:
        name: str
        passed: bool


    @dataclass
    class Course:
        title: str
        tutor: str
        students: list[Student]


    def course_page(course: Course) -> dict[str, object]:
        """The course page's data: its title, its tutor and its results box.

        The results box, ``stats``, gives the number ``enrolled`` and the ``pass_rate``,
        the share of them who passed. For a course nobody has enrolled on yet there is no
        results box: ``stats`` (with its ``enrolled`` and ``pass_rate``) is null, and the
        page leaves the box out.
        """
        enrolled = len(course.students)
        return {
            "title": course.title,
            "tutor": course.tutor,
            "stats": {
                "enrolled": enrolled,
                "pass_rate": round(sum(s.passed for s in course.students) / enrolled, 2),
            },
        }
'''

COURSES_TESTS = '''
    from school.courses import Course, Student, course_page


    def test_course_page() -> None:
        course = Course("Pottery", "Mrs Hale",
                        [Student("Ann", True), Student("Ben", False), Student("Cy", True),
                         Student("Di", True)])
        assert course_page(course) == {"title": "Pottery", "tutor": "Mrs Hale",
                                       "stats": {"enrolled": 4, "pass_rate": 0.75}}
'''


def test_a_course_nobody_enrolled_on_has_no_stats_object(tmp_path: Path) -> None:
    # The docstring makes the enclosing `stats` null; `pass_rate` is named as part of it.
    imports = "from school.courses import Course, course_page\n"
    call = 'course_page(Course("Welsh for beginners", "Mr Rees", []))'
    _shown(fix_and_check(
        tmp_path, _app("school", "courses", COURSES, COURSES_TESTS), imports + call,
        imports + _raises_or(call, 'got["stats"] is None',
                             "a course nobody enrolled on given a stats box")))


# --- documented-null-field: a zero divisor that is not the documented empty case ----------

BOARD = '''
    """The project board's header."""

    from __future__ import annotations

    from dataclasses import dataclass, field


    @dataclass
    class Task:
        title: str
        #: The estimate in hours; 0 until somebody estimates the task.
        hours: float = 0
        done: bool = False


    @dataclass
    class Project:
        name: str
        tasks: list[Task] = field(default_factory=list)


    def board_header(project: Project) -> dict[str, object]:
        """The header of ``project``'s board: its name, task count and progress.

        ``progress`` is the share of the estimated hours that are done, from 0.0 to 1.0,
        and it is null for a project with no tasks yet. A task nobody has estimated yet
        counts as one hour, so that a board of unestimated tasks still shows how far it
        has got.
        """
        hours = sum(t.hours for t in project.tasks)
        done = sum(t.hours for t in project.tasks if t.done)
        return {
            "name": project.name,
            "tasks": len(project.tasks),
            "progress": round(done / hours, 2),
        }
'''

BOARD_TESTS = '''
    from work.board import Project, Task, board_header


    def test_header() -> None:
        project = Project("Website", [Task("Design", 6, done=True), Task("Build", 18)])
        assert board_header(project) == {"name": "Website", "tasks": 2, "progress": 0.25}
'''


def test_unestimated_tasks_count_as_one_hour_not_as_no_progress(tmp_path: Path) -> None:
    # The divisor is 0 because nobody estimated the tasks, which count as an hour each;
    # null is for a project without tasks.
    imports = "from work.board import Project, Task, board_header\n"
    call = ('board_header(Project("Office move", [Task("Book van", done=True), '
            'Task("Pack"), Task("Label boxes", done=True), Task("Unpack")]))')
    _shown(fix_and_check(
        tmp_path, _app("work", "board", BOARD, BOARD_TESTS), imports + call,
        imports + _raises_or(call, 'got == {"name": "Office move", "tasks": 4, '
                                   '"progress": 0.5}',
                             "unestimated tasks not counted as an hour each")))


BUDGET = '''
    """This month's changes to the club's budget."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Line:
        name: str
        #: Pence moved this month: positive for an increase, negative for a cut.
        change: int = 0


    def changes_table(lines: list[Line]) -> list[dict[str, object]]:
        """This month's budget changes, one row per budget line.

        Each row's ``share`` is the line's part of the month's net change, in percent.
        While no line has changed yet this month every ``share`` is null. When the
        month's moves cancel out (money moved between lines, so the net change is
        nothing), each ``share`` is the line's part of the gross change instead, the sum
        of the sizes of all the moves.
        """
        net = sum(line.change for line in lines)
        return [{"line": line.name, "change": line.change,
                 "share": round(100 * line.change / net, 1)}
                for line in lines]
'''

BUDGET_TESTS = '''
    from club.budget import Line, changes_table


    def test_changes() -> None:
        got = changes_table([Line("Kit", 3000), Line("Travel", 1000)])
        assert [row["share"] for row in got] == [75.0, 25.0]
'''


def test_cancelling_budget_moves_share_the_gross_change(tmp_path: Path) -> None:
    # The net change is 0 because moves cancel out (a negative change), documented to be
    # shared against the gross change; null is for a month with no moves.
    imports = "from club.budget import Line, changes_table\n"
    call = 'changes_table([Line("Kit", 5000), Line("Travel", -5000), Line("Hall hire")])'
    _shown(fix_and_check(
        tmp_path, _app("club", "budget", BUDGET, BUDGET_TESTS), imports + call,
        imports + _raises_or(call, '[row["share"] for row in got] == [50.0, -50.0, 0.0]',
                             "moves that cancel out not shared against the gross change")))


# --- unconstrained-min-term ---------------------------------------------------------------

RENDITIONS_CAPPED = '''
    """Renditions of uploaded images, one per preset."""

    from __future__ import annotations

    #: No rendition is ever wider or taller than this, whatever its preset.
    MAX_SIDE = 2048

    Size = tuple[int, int]
    #: (width, height) bounds in pixels. A side that is None is not limited by the
    #: preset: the site-wide MAX_SIDE still applies to it.
    Box = tuple[int | None, int | None]

    PRESETS: dict[str, Box] = {
        "thumb": (200, 200),
        "card": (600, 400),
        "banner": (1600, None),
    }


    def fit(size: Size, box: Box) -> float:
        """The scale that fits an image of ``size`` inside ``box``, never enlarging it."""
        width, height = size
        box_width, box_height = box
        return min(box_width / width, box_height / height, 1.0)


    def rendition(size: Size, preset: str) -> Size:
        """The pixel size of ``preset``'s rendition of an image of ``size``."""
        scale = fit(size, PRESETS[preset])
        return round(size[0] * scale), round(size[1] * scale)
'''

RENDITIONS_TESTS = '''
    from gallery.renditions import rendition


    def test_renditions() -> None:
        assert rendition((3000, 2000), "thumb") == (200, 133)
        assert rendition((3000, 2000), "card") == (600, 400)
        assert rendition((100, 50), "card") == (100, 50)
'''


def test_a_side_not_limited_by_the_preset_is_still_capped_at_max_side(tmp_path: Path) -> None:
    # "not limited by the preset: the site-wide MAX_SIDE still applies to it": the side is
    # capped at 2048, and float("inf") drops the cap. A tall image shows it.
    imports = "from gallery.renditions import rendition\n"
    _shown(fix_and_check(
        tmp_path, _app("gallery", "renditions", RENDITIONS_CAPPED, RENDITIONS_TESTS),
        imports + 'rendition((3000, 2000), "banner")',
        imports + _raises_or('rendition((1000, 4000), "banner")', "got == (512, 2048)",
                             "a banner taller than MAX_SIDE")))


LAYOUT = '''
    """Placing SVG images in the page layout's boxes."""

    from __future__ import annotations

    import math
    import re

    Size = tuple[int, int]
    Box = tuple[int | None, int | None]


    def measure(svg: str) -> tuple[int, int | None]:
        """The pixel ``width`` and ``height`` on an SVG's root element; None for a height
        the file leaves out."""
        tag = re.search(r"<svg\\b[^>]*>", svg)
        assert tag is not None, "not an SVG"
        width = re.search(r'\\bwidth="(\\d+)', tag.group(0))
        height = re.search(r'\\bheight="(\\d+)', tag.group(0))
        assert width is not None, "an SVG without a width"
        return int(width.group(1)), int(height.group(1)) if height else None


    def fit(size: Size, box: Box) -> float:
        """The scale that fits an image of ``size`` inside ``box``, never enlarging it.

        Either side of ``box`` may be None, which leaves the image's size on that side
        unconstrained.
        """
        width, height = size
        box_width, box_height = (math.inf if side is None else side for side in box)
        return min(box_width / width, box_height / height, 1.0)


    def place(svg: str, box: Box) -> float:
        """The scale ``svg`` is drawn at in ``box``.

        An SVG that leaves its height out is drawn at its own size, unscaled: the browser
        sizes it from its viewBox, which we do not read.
        """
        return fit(measure(svg), box)  # type: ignore[arg-type]
'''

LAYOUT_TESTS = '''
    from layout.place import place

    LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">'


    def test_place() -> None:
        assert place(LOGO, (400, 300)) == 0.5
        assert place(LOGO, (400, None)) == 0.5
        assert place(LOGO, (None, None)) == 1.0
'''


def test_an_svg_without_a_height_is_drawn_unscaled(tmp_path: Path) -> None:
    # The None is the image's own height (`size`), not a side of the box; the sentence
    # about the box's None sides happens to say "the image's size".
    imports = "from layout.place import place\n"
    svg = "'<svg width=\"800\" viewBox=\"0 0 800 600\">'"
    _shown(fix_and_check(
        tmp_path, _app("layout", "place", LAYOUT, LAYOUT_TESTS),
        imports + f"place({svg}, (400, 300))",
        imports + _raises_or(f"place({svg}, (400, 300))", "got == 1.0",
                             "an SVG without a height scaled")))


RENDITIONS_HEIGHT_ONLY = '''
    """Renditions of uploaded images, one per preset."""

    from __future__ import annotations

    Size = tuple[int, int]
    #: (width, height) bounds in pixels. A height of None is unconstrained: a banner is
    #: fitted to its width alone. Every preset gives its width.
    Box = tuple[int, int | None]

    PRESETS: dict[str, Box] = {
        "thumb": (200, 200),
        "card": (600, 400),
        "banner": (1600, None),
        "tower": (None, 900),  # added for the side column
    }


    def fit(size: Size, box: Box) -> float:
        """The scale that fits an image of ``size`` inside ``box``, never enlarging it."""
        width, height = size
        box_width, box_height = box
        return min(box_width / width,
                   box_height / height if box_height is not None else float("inf"), 1.0)


    def rendition(size: Size, preset: str) -> Size:
        """The pixel size of ``preset``'s rendition of an image of ``size``."""
        scale = fit(size, PRESETS[preset])
        return round(size[0] * scale), round(size[1] * scale)
'''

RENDITIONS_HEIGHT_ONLY_TESTS = '''
    from gallery.renditions import rendition


    def test_renditions() -> None:
        assert rendition((3000, 2000), "thumb") == (200, 133)
        assert rendition((3000, 2000), "card") == (600, 400)
        assert rendition((3200, 1000), "banner") == (1600, 500)
'''


def test_only_the_height_of_a_box_may_be_none(tmp_path: Path) -> None:
    # The comment makes a None height unconstrained and says every preset gives its
    # width (and `Box` is `tuple[int, int | None]`); the fix makes a None width
    # unconstrained too, taking the broken "tower" preset as fitted to its height.
    imports = "from gallery.renditions import rendition\n"
    call = 'rendition((3000, 2000), "tower")'
    _shown(fix_and_check(
        tmp_path, _app("gallery", "renditions", RENDITIONS_HEIGHT_ONLY,
                       RENDITIONS_HEIGHT_ONLY_TESTS),
        imports + call,
        imports + _raises_or(call, "False", "a preset without a width rendered")))


RENDITIONS_LIMIT = '''
    """Renditions of uploaded images, one per preset."""

    from __future__ import annotations

    Size = tuple[int, int]
    #: (width, height) bounds in pixels.
    Box = tuple[int, int]

    PRESETS: dict[str, Box] = {
        "thumb": (200, 200),
        "card": (600, 400),
        "banner": (1600, None),  # type: ignore[dict-item]
    }


    def fit(size: Size, box: Box, limit: float | None = 1.0) -> float:
        """The scale that fits an image of ``size`` inside ``box``.

        ``limit`` caps the scale: 1.0, the default, never enlarges the image. A ``limit``
        of None is for vector art, and leaves the scale unconstrained by anything but the
        ``box``.
        """
        width, height = size
        box_width, box_height = box
        return min(box_width / width, box_height / height,
                   limit if limit is not None else float("inf"))


    def rendition(size: Size, preset: str) -> Size:
        """The pixel size of ``preset``'s rendition of an image of ``size``."""
        scale = fit(size, PRESETS[preset])
        return round(size[0] * scale), round(size[1] * scale)
'''

RENDITIONS_LIMIT_TESTS = '''
    from gallery.renditions import fit, rendition


    def test_renditions() -> None:
        assert rendition((3000, 2000), "thumb") == (200, 133)
        assert rendition((100, 50), "card") == (100, 50)


    def test_vector_art_is_enlarged() -> None:
        assert fit((100, 50), (600, 400), limit=None) == 6.0
'''


def test_a_none_limit_is_unconstrained_but_a_box_side_is_not(tmp_path: Path) -> None:
    # The one None sentence is about `limit`, and says the box still bounds the scale; it
    # names `box`, so the box's None side is taken as unconstrained.
    imports = "from gallery.renditions import rendition\n"
    call = 'rendition((3000, 2000), "banner")'
    _shown(fix_and_check(
        tmp_path, _app("gallery", "renditions", RENDITIONS_LIMIT, RENDITIONS_LIMIT_TESTS),
        imports + call,
        imports + _raises_or(call, "False", "a box with a None side taken as unconstrained")))


# --- over-block checks: the fix is backed, and must be reported ---------------------------

ROUNDED_RESULTS = '''
    """The results page of a poll."""

    from __future__ import annotations

    from polls.models import Poll


    def results(poll: Poll) -> dict[str, object]:
        """The results page's data: the question, the votes cast and each choice's share.

        Each ``percent`` is rounded to one decimal, so rounding errors can leave the
        percents a little off 100 in all. While nobody has voted yet every ``percent`` is
        null, and the page shows a dash there rather than a 0 % that would say the choice
        lost.
        """
        total = sum(c.votes for c in poll.choices)
        return {
            "question": poll.question,
            "total_votes": total,
            "choices": [
                {"text": c.text, "votes": c.votes,
                 "percent": round(100 * c.votes / total, 1)}
                for c in poll.choices
            ],
        }
'''

ROUNDED_TESTS = '''
    from polls.models import Choice, Poll
    from polls.results import results


    def test_results() -> None:
        poll = Poll("Tea, coffee or juice?", [Choice("Tea", 1), Choice("Coffee", 1),
                                               Choice("Juice", 1)])
        got = results(poll)
        assert got["total_votes"] == 3
        assert [c["percent"] for c in got["choices"]] == [33.3, 33.3, 33.3]
'''


def test_over_block_rounding_errors_are_no_other_answer_for_percent(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the template's own poll, with a sentence saying the rounded
    percents may not add up to 100 ("rounding errors"). `_OTHER_ANSWER` reads "errors" in
    any sentence naming ``percent`` as another answer, and the backed null is declined."""
    imports = "from polls.models import Choice, Poll\nfrom polls.results import results\n"
    call = 'results(Poll("Cake for the AGM?", [Choice("Lemon"), Choice("Carrot")]))'
    _fixed(fix_and_check(
        tmp_path, _polls("results", ROUNDED_RESULTS, ROUNDED_TESTS), imports + call,
        imports + f"got = {call}\n"
        'assert got == {"question": "Cake for the AGM?", "total_votes": 0, "choices": ['
        '{"text": "Lemon", "votes": 0, "percent": None}, '
        '{"text": "Carrot", "votes": 0, "percent": None}]}, got\n'))


HIDDEN_RESULTS = '''
    """The results page of a poll."""

    from __future__ import annotations

    from polls.models import Poll


    def results(poll: Poll) -> dict[str, object]:
        """The results page's data: the question, the votes cast and each choice's share.

        Every ``percent`` is null while the poll is still open, so that early results do
        not sway the vote, and while nobody has voted yet (the page shows a dash there,
        since 0 % would say the choice lost).
        """
        total = sum(c.votes for c in poll.choices)
        return {
            "question": poll.question,
            "total_votes": total,
            "choices": [
                {"text": c.text, "votes": c.votes,
                 "percent": round(100 * c.votes / total, 1) if poll.closed else None}
                for c in poll.choices
            ],
        }
'''


def test_over_block_a_percent_already_hidden_while_the_poll_is_open(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the template's own documented null, for a field that is already
    a conditional (``round(...) if poll.closed else None``). The edit appends ``if total
    else None`` without parentheses, which Python reads as ``round(...) if poll.closed
    else (None if total else None)``: the division still runs for a closed poll, the
    candidate "still raises", and the backed fix is declined."""
    imports = "from polls.models import Choice, Poll\nfrom polls.results import results\n"
    call = 'results(Poll("Cake for the AGM?", [Choice("Lemon"), Choice("Carrot")], closed=True))'
    _fixed(fix_and_check(
        tmp_path, _polls("results", HIDDEN_RESULTS, CLOSED_TESTS), imports + call,
        imports + f"got = {call}\n"
        'assert got == {"question": "Cake for the AGM?", "total_votes": 0, "choices": ['
        '{"text": "Lemon", "votes": 0, "percent": None}, '
        '{"text": "Carrot", "votes": 0, "percent": None}]}, got\n'
        'got = results(Poll("Tea?", [Choice("Yes", 1), Choice("No", 3)], closed=True))\n'
        'assert [c["percent"] for c in got["choices"]] == [25.0, 75.0], got\n'
        'got = results(Poll("Tea?", [Choice("Yes", 1), Choice("No", 3)]))\n'
        'assert [c["percent"] for c in got["choices"]] == [None, None], got\n'))


GALLERY_TYPES = '''
    """Types shared by the gallery's modules."""

    from __future__ import annotations

    Size = tuple[int, int]
    #: (width, height) bounds in pixels. A side that is None is unconstrained: a banner is
    #: fitted to its width alone.
    Box = tuple[int | None, int | None]
'''

RENDITIONS_IMPORTED = '''
    """Renditions of uploaded images, one per preset."""

    from __future__ import annotations

    from gallery.types import Box, Size

    PRESETS: dict[str, Box] = {
        "thumb": (200, 200),
        "card": (600, 400),
        "banner": (1600, None),
    }


    def fit(size: Size, box: Box) -> float:
        """The scale that fits an image of ``size`` inside ``box``, never enlarging it."""
        width, height = size
        box_width, box_height = box
        return min(box_width / width, box_height / height, 1.0)


    def rendition(size: Size, preset: str) -> Size:
        """The pixel size of ``preset``'s rendition of an image of ``size``."""
        scale = fit(size, PRESETS[preset])
        return round(size[0] * scale), round(size[1] * scale)
'''


def test_over_block_the_box_alias_documented_in_its_own_module(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the template's own comment ("A side that is None is
    unconstrained") above ``Box`` in ``gallery/types.py``, the module of the project's
    shared types, imported by the renditions module. `_documented` reads the comments
    above aliases assigned in the crashing module only."""
    imports = "from gallery.renditions import rendition\n"
    _fixed(fix_and_check(
        tmp_path, _app("gallery", "renditions", RENDITIONS_IMPORTED, RENDITIONS_TESTS,
                       {"gallery/types.py": GALLERY_TYPES}),
        imports + 'rendition((3000, 2000), "banner")',
        imports + 'got = rendition((3000, 2000), "banner")\n'
        "assert got == (1600, 1067), got\n"
        'got = rendition((1000, 4000), "banner")\n'
        "assert got == (1000, 4000), got\n"
        'assert rendition((3000, 2000), "card") == (600, 400)\n'))
