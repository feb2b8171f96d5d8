"""``asyncio.run() cannot be called from a running event loop``: the async caller awaits
the coroutine function itself, as its siblings do, and the sync wrapper stays for the
code that has no loop."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.domain import CrashSite, ErrorEvent, LocatedFrame
from bugstack.domain.event import Frame
from bugstack.repair.analyse import analyse
from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.loop_runners import AwaitInsteadOfLoopRunner
from tests.repair.apps import capture_event, make_repo, run_fix

MESSAGE = "asyncio.run() cannot be called from a running event loop"

GEO = '''
    """Where a visitor is."""
    import asyncio

    KNOWN = {"81.250.10.4": "Lyon"}


    async def city_for_ip(ip: str) -> str | None:
        await asyncio.sleep(0)
        return KNOWN.get(ip)


    def city_for_ip_sync(ip: str) -> str | None:
        """For the command-line tools, which have no event loop of their own."""
        return asyncio.run(city_for_ip(ip))
'''

API = '''
    from fastapi import FastAPI

    from geo.lookup import city_for_ip, city_for_ip_sync

    app = FastAPI()


    @app.get("/where")
    async def where(ip: str) -> dict[str, str | None]:
        return {"city": await city_for_ip(ip)}


    @app.post("/visits")
    async def record_visit(ip: str) -> dict[str, str | None]:
        city = city_for_ip_sync(ip)
        return {"ip": ip, "city": city}


    def report(ip: str) -> str:
        return str(city_for_ip_sync(ip))
'''


def _write(root: Path, files: dict[str, str]) -> dict[str, str]:
    texts = {}
    for rel, text in files.items():
        texts[rel] = textwrap.dedent(text).lstrip("\n")
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(texts[rel], encoding="utf-8")
    return texts


def _site(root: Path, files: dict[str, str], frames: list[tuple[str, str, str]],
          message: str = MESSAGE) -> CrashSite:
    """``frames``: (path, function, text on the frame's line), outermost first."""
    texts = _write(root, files)
    located, raw_frames = [], []
    for path, function, needle in frames:
        lineno = next(i for i, line in enumerate(texts[path].splitlines(), 1) if needle in line)
        raw = {"abs_path": f"/srv/app/{path}", "function": function, "lineno": lineno,
               "in_app": True}
        raw_frames.append(raw)
        located.append(LocatedFrame(frame=Frame.from_dict(raw), path=path, source=texts[path],
                                    lineno=lineno))
    event = ErrorEvent.from_dict({"exception": {"values": [
        {"type": "RuntimeError", "value": message, "stacktrace": {"frames": raw_frames}}]}})
    assert event.primary is not None
    return CrashSite(event=event, exception=event.primary, frames=tuple(located), root=root)


def _propose(site: CrashSite) -> list[Candidate]:
    assert site.root is not None
    return list(AwaitInsteadOfLoopRunner().propose(site, analyse(site, site.root)))


FILES = {"geo/__init__.py": "", "geo/lookup.py": GEO, "geo/api.py": API}
FRAMES = [("geo/api.py", "record_visit", "city_for_ip_sync(ip)"),
          ("geo/lookup.py", "city_for_ip_sync", "asyncio.run(")]


def test_the_async_caller_awaits_the_coroutine_function(tmp_path: Path) -> None:
    [candidate] = _propose(_site(tmp_path, FILES, FRAMES))
    before = textwrap.dedent(API).lstrip("\n")
    assert candidate.edits == {"geo/api.py": before.replace(
        "    city = city_for_ip_sync(ip)\n", "    city = await city_for_ip(ip)\n")}
    # The sync caller and the wrapper itself are left as they are.
    assert "return str(city_for_ip_sync(ip))" in candidate.edits["geo/api.py"]
    assert candidate.contract is not None
    assert "`where` (geo/api.py) already awaits `city_for_ip` directly" in candidate.contract
    assert "reserves it for code without an event loop" in candidate.contract


def test_arguments_are_bound_to_the_wrapper_parameters(tmp_path: Path) -> None:
    geo = GEO.replace("def city_for_ip_sync(ip: str)", "def city_for_ip_sync(ip: str, "
                      "exact: bool = False)").replace(
        "async def city_for_ip(ip: str)", "async def city_for_ip(address: str, exact: bool)"
    ).replace("asyncio.run(city_for_ip(ip))", "asyncio.run(city_for_ip(exact=exact, "
              "address=ip.strip()))")
    api = API.replace("city_for_ip_sync(ip)\n        return", "city_for_ip_sync(ip=request_ip)"
                      "\n        return")
    files = {**FILES, "geo/lookup.py": geo, "geo/api.py": api}
    [candidate] = _propose(_site(tmp_path, files, [
        ("geo/api.py", "record_visit", "city_for_ip_sync(ip=request_ip)"), FRAMES[1]]))
    assert "city = await city_for_ip(exact=False, address=request_ip.strip())" in \
        candidate.edits["geo/api.py"]


def test_a_module_reference_keeps_its_module(tmp_path: Path) -> None:
    api = API.replace("from geo.lookup import city_for_ip, city_for_ip_sync",
                      "from geo import lookup").replace(
        "await city_for_ip(ip)", "await lookup.city_for_ip(ip)").replace(
        "city = city_for_ip_sync(ip)", "city = lookup.city_for_ip_sync(ip)").replace(
        "str(city_for_ip_sync(ip))", "str(lookup.city_for_ip_sync(ip))")
    [candidate] = _propose(_site(tmp_path, {**FILES, "geo/api.py": api}, [
        ("geo/api.py", "record_visit", "lookup.city_for_ip_sync(ip)"), FRAMES[1]]))
    assert "city = await lookup.city_for_ip(ip)\n" in candidate.edits["geo/api.py"]


def test_an_unimported_coroutine_function_is_imported(tmp_path: Path) -> None:
    api = API.replace("import city_for_ip, city_for_ip_sync", "import city_for_ip_sync").replace(
        '''    @app.get("/where")
    async def where(ip: str) -> dict[str, str | None]:
        return {"city": await city_for_ip(ip)}
''', "")
    [candidate] = _propose(_site(tmp_path, {**FILES, "geo/api.py": api}, FRAMES))
    after = candidate.edits["geo/api.py"]
    assert "from geo.lookup import city_for_ip_sync\nfrom geo.lookup import city_for_ip\n" \
        in after
    assert "city = await city_for_ip(ip)" in after
    # Still backed by the wrapper's docstring alone.
    assert candidate.contract is not None and "already awaits" not in candidate.contract


def test_a_silent_contract_backs_nothing(tmp_path: Path) -> None:
    geo = GEO.replace('        """For the command-line tools, which have no event loop of their '
                      'own."""\n', "")
    api = API.replace('{"city": await city_for_ip(ip)}', '{"city": None}')
    [candidate] = _propose(_site(tmp_path, {**FILES, "geo/lookup.py": geo, "geo/api.py": api},
                                 FRAMES))
    assert candidate.contract is None
    assert candidate.plausibility < 0.8


def test_a_wrapper_that_does_more_than_run_is_left_alone(tmp_path: Path) -> None:
    geo = GEO.replace("        return asyncio.run(city_for_ip(ip))",
                      "        city = asyncio.run(city_for_ip(ip))\n        return city or '?'")
    assert _propose(_site(tmp_path, {**FILES, "geo/lookup.py": geo}, [
        FRAMES[0], ("geo/lookup.py", "city_for_ip_sync", "asyncio.run(")])) == []


def test_a_sync_caller_gets_nothing(tmp_path: Path) -> None:
    assert _propose(_site(tmp_path, FILES, [("geo/api.py", "report", "str(city_for_ip_sync"),
                                            FRAMES[1]])) == []


def test_other_runtime_errors_get_nothing(tmp_path: Path) -> None:
    assert _propose(_site(tmp_path, FILES, FRAMES, message="dictionary changed size")) == []


def test_a_runner_inside_async_code_becomes_an_await(tmp_path: Path) -> None:
    jobs = '''
        import asyncio


        async def fetch(n: int) -> int:
            return n


        async def total() -> int:
            # both at once
            return asyncio.run(fetch(1)) + 1


        def main() -> None:
            print(asyncio.run(total()))
    '''
    [candidate] = _propose(_site(tmp_path, {"jobs.py": jobs},
                                 [("jobs.py", "total", "asyncio.run(fetch(1))")]))
    before = textwrap.dedent(jobs).lstrip("\n")
    assert candidate.edits == {"jobs.py": before.replace("return asyncio.run(fetch(1)) + 1",
                                                         "return await fetch(1) + 1")}


def test_the_visit_is_recorded_with_its_city(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {
        **FILES,
        "tests/test_geo.py": '''
            from fastapi.testclient import TestClient

            from geo.api import app
            from geo.lookup import city_for_ip_sync


            def test_where() -> None:
                assert TestClient(app).get("/where", params={"ip": "81.250.10.4"}).json() == {
                    "city": "Lyon"}


            def test_sync() -> None:
                assert city_for_ip_sync("81.250.10.4") == "Lyon"
        ''',
    })
    event = capture_event(repo, tmp_path / "srv" / "app", '''
        from fastapi.testclient import TestClient
        from geo.api import app
        TestClient(app).post("/visits", params={"ip": "81.250.10.4"})
    ''', framework="fastapi")
    code, data, stderr = run_fix(repo, event, tmp_path)
    assert data is not None and data["status"] == "fixed", (data, stderr)
    assert code == 0
    assert "+    city = await city_for_ip(ip)" in data["patch"]
    assert "'city': 'Lyon'" in data["regression_test"]["content"]


def test_a_wrapper_driving_the_running_loop_is_bypassed_too(tmp_path: Path) -> None:
    geo = GEO.replace("        return asyncio.run(city_for_ip(ip))",
                      "        loop = asyncio.get_event_loop()\n"
                      "        return loop.run_until_complete(city_for_ip(ip))")
    [candidate] = _propose(_site(tmp_path, {**FILES, "geo/lookup.py": geo}, [
        FRAMES[0], ("geo/lookup.py", "city_for_ip_sync", "run_until_complete(")],
        message="This event loop is already running"))
    assert "    city = await city_for_ip(ip)\n" in candidate.edits["geo/api.py"]
