"""Concatenations that are already correct: the recipe must leave them alone."""


def greeting(name: str) -> str:
    return "Hello, " + name.title()


def label(count: int) -> str:
    return "Items: " + str(count) + " in total"


def total(prices: list[int]) -> int:
    return sum(prices) + 5
