"""Turning a sign-up webhook payload into the name shown in the app."""


def display_name(payload: dict[str, str]) -> str:
    nickname = payload["nickname"]  # people may leave it empty in the form
    return nickname or payload["email"].split("@")[0]


if __name__ == "__main__":
    print(display_name({"email": "ada@example.com"}))
