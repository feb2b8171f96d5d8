"""The asyncio.run and run_until_complete guides make a sync wrapper ``async def`` only
when every use of it can await it: a sync caller, a callback or another file naming the
wrapper makes the recipe decline (the fix engine's await-the-coroutine template answers
those)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.guides import load_guides
from tests.repair.crash_sites import crash_at

# (guide id, the loop call in the wrapper, the message asyncio raises)
RUNNERS = {
    "asyncio.run": ("asyncio-run-in-running-loop", "asyncio.run(",
                    "asyncio.run() cannot be called from a running event loop"),
    "run_until_complete": ("event-loop-already-running",
                           "asyncio.get_event_loop().run_until_complete(",
                           "This event loop is already running"),
}


@pytest.fixture(params=sorted(RUNNERS))
def runner(request: pytest.FixtureRequest) -> str:
    return str(request.param)

RATES = '''
    import asyncio


    async def fetch_rate(currency: str) -> float:
        await asyncio.sleep(0)
        return 1.1


    def convert(amount: float, currency: str) -> float:
        rate = asyncio.run(fetch_rate(currency))
        return amount * rate


    async def convert_endpoint(amount: float, currency: str) -> float:
        return convert(amount, currency)


    def unrelated(currency: str) -> str:
        return currency.upper()
'''


def _fix(tmp_path: Path, rates: str, others: dict[str, str] | None = None,
         runner: str = "asyncio.run") -> dict[str, str]:
    guide_id, call, message = RUNNERS[runner]
    rates = rates.replace("asyncio.run(", call)
    others = {path: text.replace("asyncio.run(", call) for path, text in (others or {}).items()}
    guide = next(g for g in load_guides() if g.id == guide_id)
    site, _ = crash_at(tmp_path, {"shop/rates.py": rates, **others}, "shop/rates.py",
                       call, "RuntimeError", message)
    return guide.fix(site)


def test_a_wrapper_only_async_code_calls_becomes_async(tmp_path: Path, runner: str) -> None:
    fixed = _fix(tmp_path, RATES, runner=runner)
    expected = textwrap.dedent(RATES).lstrip("\n").replace(
        "def convert(", "async def convert(").replace(
        "rate = asyncio.run(fetch_rate(currency))", "rate = await fetch_rate(currency)").replace(
        "return convert(amount", "return await convert(amount")
    assert fixed == {"shop/rates.py": expected}
    assert "    return currency.upper()" in expected  # the unrelated function is untouched


def test_a_caller_in_another_file_keeps_the_wrapper_sync(tmp_path: Path, runner: str) -> None:
    report = '''
        from shop.rates import convert


        def nightly_report() -> str:
            return str(convert(10, "USD"))
    '''
    assert _fix(tmp_path, RATES, {"shop/report.py": report}, runner=runner) == {}


def test_another_file_with_the_same_word_but_not_the_module_does_not_count(
        tmp_path: Path, runner: str) -> None:
    other = '''
        def convert(text: str) -> str:
            return text.strip()
    '''
    assert _fix(tmp_path, RATES, {"shop/text.py": other}, runner=runner) != {}


def test_a_wrapper_passed_as_a_callback_keeps_it_sync(tmp_path: Path, runner: str) -> None:
    rates = RATES.replace(
        "        return convert(amount, currency)",
        "        loop = asyncio.get_running_loop()\n"
        "        return await loop.run_in_executor(None, convert, amount, currency)\n"
        "\n"
        "\n"
        "    async def other_endpoint(amount: float) -> float:\n"
        "        return convert(amount, \"EUR\")")
    assert _fix(tmp_path, rates, runner=runner) == {}


def test_an_exported_wrapper_keeps_it_sync(tmp_path: Path, runner: str) -> None:
    rates = RATES.replace("    import asyncio\n",
                          "    import asyncio\n\n    __all__ = [\"convert\"]\n")
    assert _fix(tmp_path, rates, runner=runner) == {}


def test_a_sync_caller_in_the_same_file_keeps_the_wrapper_sync(tmp_path: Path, runner: str) -> None:
    rates = RATES + '''

    def cli(amount: float) -> None:
        print(convert(amount, "USD"))
'''
    assert _fix(tmp_path, rates, runner=runner) == {}
