from flask import Flask, request

app = Flask(__name__)
SUBSCRIBERS: list[str] = []


def _bad_request(message: str):
    return {"error": message}, 400


@app.post("/unsubscribe")
def unsubscribe():
    payload = request.get_json(silent=True)
    if payload is None:
        return _bad_request("a JSON body is required")
    email = payload.get("email", "")
    if email in SUBSCRIBERS:
        SUBSCRIBERS.remove(email)
    return {"unsubscribed": email}


@app.post("/subscribe")
def subscribe():
    payload = request.get_json(silent=True)
    email = payload.get("email", "").strip().lower()
    if "@" not in email:
        return _bad_request("a valid email is required")
    SUBSCRIBERS.append(email)
    return {"subscribed": email}, 201
