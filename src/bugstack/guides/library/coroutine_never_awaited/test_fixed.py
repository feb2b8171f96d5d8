# mypy: disable-error-code="import-not-found"
import asyncio
import warnings

from fixed import greeting


def test_the_greeting_uses_the_fetched_name() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a coroutine left unawaited would warn
        assert asyncio.run(greeting(1)) == "Hello, Ada"
