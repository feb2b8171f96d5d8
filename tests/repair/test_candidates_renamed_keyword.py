"""A keyword renamed in the callee is mapped to the parameter the code itself points at:
the one unbound parameter sharing a word with it, or the one a sibling call site passes
a value of the same type to. Without such evidence the rename is only a guess."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.analyse import analyse
from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.names import NameResolution
from tests.repair.test_candidates import _site

_PAGING = '''
    DEFAULT_PAGE_SIZE = 20


    def paginate(items, page=1, *, {parameters}):
        return items[(page - 1) * page_size:page * page_size]
'''
_WEB = '''
    from paging import paginate

    CATEGORY_PAGE_SIZE = 2


    def search(found):
        return paginate(found, 1, {sibling})


    def category(products, page):
        first = paginate(products, 1, per_page=CATEGORY_PAGE_SIZE)
        return paginate(products, page, per_page=CATEGORY_PAGE_SIZE)
'''
_MESSAGE = "paginate() got an unexpected keyword argument 'per_page'"


def _renames(tmp_path: Path, parameters: str = "page_size=DEFAULT_PAGE_SIZE",
             sibling: str = "") -> list[Candidate]:
    files = {"paging.py": _PAGING.format(parameters=parameters),
             "web.py": _WEB.format(sibling=sibling)}
    site, root = _site(tmp_path, files, "web.py", "return paginate(products, page",
                       "TypeError", _MESSAGE)
    return list(NameResolution().propose(site, analyse(site, root)))


def test_the_one_unbound_parameter_sharing_a_word_takes_the_value(tmp_path: Path) -> None:
    found = _renames(tmp_path)
    assert len(found) == 1
    new = found[0].edits["web.py"]
    assert "    return paginate(products, page, page_size=CATEGORY_PAGE_SIZE)\n" in new
    # Only the crashing call changes; the other call with the same mistake is left as is.
    assert "first = paginate(products, 1, per_page=CATEGORY_PAGE_SIZE)\n" in new
    assert found[0].contract is not None and "shares the word `page`" in found[0].contract


def test_a_sibling_call_of_the_same_type_is_evidence_too(tmp_path: Path) -> None:
    found = _renames(tmp_path, sibling="page_size=10")
    assert len(found) == 1 and found[0].contract is not None
    assert "web.py:7 already passes `page_size=10` to `paginate`, an int" in found[0].contract


def test_a_sibling_passing_another_type_is_no_evidence(tmp_path: Path) -> None:
    # Two unbound parameters share the word `page`: the words alone do not decide.
    found = _renames(tmp_path, parameters="page_size=DEFAULT_PAGE_SIZE, page_label='p'",
                     sibling="page_label='Page'")
    assert all(c.contract is None for c in found)


def test_two_parameters_sharing_the_word_are_not_chosen_between(tmp_path: Path) -> None:
    found = _renames(tmp_path, parameters="page_size=DEFAULT_PAGE_SIZE, page_count=1")
    assert all(c.contract is None for c in found)
    # ... unless a sibling passes one of them a value of the same type.
    found = _renames(tmp_path / "2", parameters="page_size=DEFAULT_PAGE_SIZE, page_count=1",
                     sibling="page_size=10")
    backed = [c for c in found if c.contract]
    assert len(backed) == 1 and "page_size=CATEGORY_PAGE_SIZE)\n" in backed[0].edits["web.py"]


def test_an_annotation_that_rules_the_value_out_backs_nothing(tmp_path: Path) -> None:
    found = _renames(tmp_path, parameters="page_size: str = 'twenty'")
    assert found == []


def test_no_parameter_related_to_the_keyword_gives_no_candidate(tmp_path: Path) -> None:
    assert _renames(tmp_path, parameters="limit=DEFAULT_PAGE_SIZE") == []


def test_a_rename_that_changes_the_unit_is_not_proposed(tmp_path: Path) -> None:
    site, root = _site(tmp_path, {"client.py": '''
        def fetch(url, *, timeout_s=10):
            return url, timeout_s


        def ping(url):
            return fetch(url, timeout_ms=500)
    '''}, "client.py", "return fetch(url", "TypeError",
        "fetch() got an unexpected keyword argument 'timeout_ms'")
    # 500 ms passed as 500 s: a close spelling and a shared word, but another meaning.
    assert list(NameResolution().propose(site, analyse(site, root))) == []


def test_a_method_of_the_same_name_is_not_a_sibling_call(tmp_path: Path) -> None:
    # `found.paginate(...)` calls some object's method, not the module's `paginate`.
    found = _renames(tmp_path, parameters="page_size=DEFAULT_PAGE_SIZE, page_count=1",
                     sibling=") + found.paginate(page_size=10")
    assert all(c.contract is None for c in found)
