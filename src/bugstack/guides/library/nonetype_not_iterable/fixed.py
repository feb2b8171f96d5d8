"""Collecting the tag names of an article received from the CMS."""

from typing import Any


def tag_names(article: dict[str, Any]) -> list[str]:
    names = []
    for tag in article.get("tags") or ():  # drafts arrive without tags
        names.append(tag["name"].lower())
    return names


if __name__ == "__main__":
    print(tag_names({"title": "Draft", "tags": None}))
