"""A collection read directly where the project has an accessor that leaves out the items
that crash here, and the crashing function documents it shows only what the accessor
keeps: the function reads the accessor; nothing when the documentation does not restrict,
or the accessor filters on another attribute."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.filtered_accessors import FilteredAccessor
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

POSTS = '''
    from dataclasses import dataclass
    from datetime import datetime


    @dataclass(frozen=True)
    class Post:
        slug: str
        published: datetime | None
        pinned: bool = False


    POSTS = [Post("a", datetime(2026, 1, 5)), Post("draft", None), Post("b", datetime(2026, 2, 1))]


    def published_posts() -> list[Post]:
        """What visitors may see: drafts are left out."""
        return [p for p in POSTS if p.published is not None]
'''

FEED = '''
    from blog.posts import POSTS, published_posts


    def index() -> list[str]:
        return [p.slug for p in published_posts()]


    def feed() -> list[str]:
        """The newest posts first. Like the index, it shows published posts only."""
        newest = sorted(POSTS, key=lambda p: p.published, reverse=True)
        return [p.slug for p in newest]
'''

MESSAGE = "'<' not supported between instances of 'NoneType' and 'datetime.datetime'"


def _propose(tmp_path: Path, posts: str = POSTS, feed: str = FEED) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"blog/__init__.py": "", "blog/posts.py": posts,
                                         "blog/feed.py": feed},
                              "blog/feed.py", "newest = sorted(", "TypeError", MESSAGE)
    return list(FilteredAccessor().propose(site, analysis))


def test_the_feed_reads_the_accessor_that_leaves_drafts_out(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    assert found[0].edits["blog/feed.py"] == textwrap.dedent(FEED).lstrip("\n").replace(
        "from blog.posts import POSTS, published_posts",
        "from blog.posts import published_posts").replace(
        "sorted(POSTS, key", "sorted(published_posts(), key")
    assert "published posts only" in (found[0].contract or "")


def test_the_accessor_is_imported_and_the_collection_kept_while_still_read(
        tmp_path: Path) -> None:
    feed = FEED.replace("from blog.posts import POSTS, published_posts",
                        "from blog.posts import POSTS").replace(
        "for p in published_posts()]", "for p in POSTS]")
    found = _propose(tmp_path, feed=feed)
    assert len(found) == 1
    assert "from blog.posts import POSTS, published_posts\n" in found[0].edits["blog/feed.py"]


def test_silent_or_unrestricting_documentation_backs_nothing(tmp_path: Path) -> None:
    silent = FEED.replace("Like the index, it shows published posts only.", "")
    assert _propose(tmp_path, feed=silent) == []
    # Published posts are named, but nothing says the others are left out.
    mentions = FEED.replace("Like the index, it shows published posts only.",
                            "Published posts first, the rest after them.")
    assert _propose(tmp_path, feed=mentions) == []


def test_an_accessor_filtering_on_another_attribute_backs_nothing(tmp_path: Path) -> None:
    pinned = POSTS.replace("if p.published is not None]", "if p.pinned]")
    assert _propose(tmp_path, posts=pinned) == []


TESTS = '''
    from blog.feed import index


    def test_index() -> None:
        assert index() == ["a", "b"]
'''


def test_a_draft_never_reaches_the_feed_end_to_end(tmp_path: Path) -> None:
    check = 'from blog.feed import feed\nassert feed() == ["b", "a"], feed()'
    data = fix_and_check(tmp_path, {"blog/__init__.py": "", "blog/posts.py": POSTS,
                                    "blog/feed.py": FEED, "tests/test_feed.py": TESTS},
                         "from blog.feed import feed\nfeed()", check)
    assert data is not None and data["status"] == "fixed", data
    assert data["strategy"] == "filtered-accessor"
