"""Dictionary access that is correct as written."""


def build(email: str) -> dict[str, str]:
    record = {"email": email}
    record["source"] = "signup"
    return {"email": record["email"]}


def optional(payload: dict[str, str]) -> str | None:
    return payload.get("nickname")


def forget(cache: dict[str, int], key: str) -> None:
    del cache[key]
