"""The weekly digest e-mail, rendered from a template."""

import jinja2  # installed on the developer's machine, never declared

TEMPLATE = jinja2.Template("Hello {{ name }}, {{ count }} new orders this week.")


def digest(name: str, count: int) -> str:
    return TEMPLATE.render(name=name, count=count)


if __name__ == "__main__":
    print(digest("Ada", 3))
