"""Names that are all defined, including ones that look alike."""

import json

response_code = 200


def respond(response: dict[str, object]) -> str:
    body = json.dumps(response)
    return f"{response_code} {body}"


class Responder:
    def send(self, payload: dict[str, object]) -> str:
        return respond(payload)
