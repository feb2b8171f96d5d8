"""Timing how long request handlers take."""

import functools
import time


def timed(func):
    # Measure every call of the decorated function.
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            wrapper.last_duration = time.perf_counter() - start


@timed
def greet(name: str) -> str:
    return f"Hello, {name}"


if __name__ == "__main__":
    print(greet("Ada"))
