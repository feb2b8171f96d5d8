"""A newsletter sign-up endpoint."""

from flask import Flask, request

app = Flask(__name__)
subscribers: list[str] = []


@app.post("/subscribe")
def subscribe():
    email = request.form["email"].strip().lower()
    if email not in subscribers:
        subscribers.append(email)
        return {"subscribed": email}, 201
    # Already subscribed: nothing to do.
    return "", 204


if __name__ == "__main__":
    app.testing = True  # let errors reach the caller instead of a bare 500 page
    client = app.test_client()
    print(client.post("/subscribe", data={"email": "ada@example.com"}).status_code)
    print(client.post("/subscribe", data={"email": "ada@example.com"}).status_code)
