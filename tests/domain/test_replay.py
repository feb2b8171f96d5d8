from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import uuid
from decimal import Decimal

import pytest

from bugstack.domain.replay import Limits, ReplayDecodeError, decode_value, encode_value


class Colour(enum.Enum):
    RED = "red"


@dataclasses.dataclass
class Item:
    sku: str
    qty: int
    tags: tuple[str, ...] = ()


class Plain:
    def __init__(self, name: str) -> None:
        self.name = name


def test_values_survive_a_round_trip_through_json() -> None:
    value = {
        "items": [Item("A-1", 2, ("x",))],
        "when": dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC),
        "naive": dt.datetime(2026, 1, 2),
        "colour": Colour.RED,
        3: {1, 2},
        "money": Decimal("1.10"),
        "id": uuid.UUID(int=7),
        "blob": b"\x00\xff",
        "nan": float("nan"),
    }
    encoded = json.loads(json.dumps(encode_value(value)))
    decoded = decode_value(encoded)
    assert decoded["items"] == [Item("A-1", 2, ("x",))]
    assert decoded["when"] == value["when"] and decoded["naive"].tzinfo is None
    assert decoded["colour"] is Colour.RED
    assert decoded[3] == {1, 2}
    assert decoded["money"] == Decimal("1.10") and decoded["id"] == uuid.UUID(int=7)
    assert decoded["blob"] == b"\x00\xff"
    assert decoded["nan"] != decoded["nan"]


def test_plain_objects_are_rebuilt_by_class_and_attributes() -> None:
    decoded = decode_value(json.loads(json.dumps(encode_value(Plain("ada")))))
    assert isinstance(decoded, Plain) and decoded.name == "ada"


def test_secrets_are_scrubbed_at_any_depth() -> None:
    value = {"user": {"profile": {"password": "hunter2"}}, "obj": Plain("x")}
    value["obj"].api_token = "tok"  # type: ignore[attr-defined]
    text = json.dumps(encode_value(value, is_secret=lambda k: k in {"password", "api_token"}))
    assert "hunter2" not in text and "tok\"" not in text
    assert text.count('"scrubbed"') == 2


def test_bounds_hold_on_deep_wide_and_cyclic_values() -> None:
    deep: list[object] = []
    cursor = deep
    for _ in range(100):
        nxt: list[object] = []
        cursor.append(nxt)
        cursor = nxt
    cyclic: list[object] = []
    cyclic.append(cyclic)
    limits = Limits(max_depth=5, max_items=10, max_string=8, max_values=500)
    encoded = encode_value({"deep": deep, "wide": list(range(10_000)),
                            "long": "x" * 10_000, "cyclic": cyclic}, limits)
    text = json.dumps(encoded)
    assert len(text) < 2_000
    assert '"depth"' in text and '"cycle"' in text and '"size"' in text


def test_unrebuildable_values_refuse_to_decode() -> None:
    import threading

    encoded = encode_value(threading.Lock())
    assert encoded["$type"] == "repr"
    with pytest.raises(ReplayDecodeError):
        decode_value(encoded)
