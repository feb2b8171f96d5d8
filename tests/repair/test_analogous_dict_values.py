"""A field JSON refuses goes out through the one conversion sibling dicts of the module
use for the same field; nothing when siblings disagree, convert another attribute, or
there is no sibling."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates.analogous_dict_values import AnalogousDictValue
from tests.repair.crash_sites import crash_at

APP = '''
    from flask import jsonify


    def post_json(post):
        return {"id": post.id, "tags": sorted(post.tags)}


    def tagged(matching):
        return jsonify({"posts": [{"id": p.id, "tags": p.tags} for p in matching]})
'''

LINE = 'return jsonify({"posts"'


def _edits(tmp_path: Path, source: str = APP) -> list[str]:
    site, analysis = crash_at(tmp_path, {"app.py": source}, "app.py", LINE, "TypeError",
                              "Object of type set is not JSON serializable", {})
    return [c.edits["app.py"] for c in AnalogousDictValue().propose(site, analysis)]


def test_the_set_goes_out_sorted_like_the_sibling_writes_it(tmp_path: Path) -> None:
    assert _edits(tmp_path) == [textwrap.dedent(APP).lstrip("\n").replace(
        '"tags": p.tags}', '"tags": sorted(p.tags)}')]


def test_disagreeing_other_or_missing_siblings_get_nothing(tmp_path: Path) -> None:
    disagree = APP.replace('    def tagged(', '    def feed(post):\n'
                           '        return {"tags": list(post.tags)}\n\n\n    def tagged(')
    assert _edits(tmp_path / "disagree", disagree) == []
    other = APP.replace("sorted(post.tags)", "sorted(post.labels)")
    assert _edits(tmp_path / "other", other) == []
    alone = APP.replace('"tags": sorted(post.tags)', '"name": post.name')
    assert _edits(tmp_path / "alone", alone) == []
