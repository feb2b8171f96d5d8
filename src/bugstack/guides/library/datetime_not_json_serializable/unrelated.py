"""JSON encoding that needs no help, or already has it."""

import json
from datetime import datetime


class Encoder(json.JSONEncoder):
    def default(self, o: object) -> object:
        return str(o)


def encoded(order_id: int) -> str:
    return json.dumps({"order_id": order_id}, cls=Encoder)


def stamped(when: datetime) -> str:
    return json.dumps({"at": when}, default=str)


def parsed(text: str) -> object:
    return json.loads(text)
