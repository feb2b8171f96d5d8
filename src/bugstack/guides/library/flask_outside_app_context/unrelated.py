"""Flask code that already has its context, and code that needs none."""

from flask import Flask, current_app

app = Flask(__name__)


def recipients() -> list[str]:
    return list(current_app.config.get("RECIPIENTS", []))


def plain() -> str:
    return "no context needed"


if __name__ == "__main__":
    print(plain())
    with app.app_context():
        print(recipients())
