"""Decorators that return their wrapper, and plain functions."""

import functools
from collections.abc import Callable
from typing import Any


def logged(func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    return wrapper


def register(func: Callable[..., Any]) -> None:
    def helper() -> None:
        pass

    helper()


@logged
def greet(name: str) -> str:
    return f"Hello, {name}"


def main() -> None:
    print(greet("Ada"))
