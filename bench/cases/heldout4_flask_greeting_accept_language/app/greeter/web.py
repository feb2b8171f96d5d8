from __future__ import annotations

from flask import Flask, request

from greeter.i18n import pick_language

app = Flask(__name__)

GREETINGS = {"en": "Welcome back", "de": "Willkommen zurück", "fr": "Bon retour", "pl": "Witaj ponownie"}


@app.get("/greeting")
def greeting():
    language = pick_language(request.headers.get("Accept-Language"))
    return {"language": language, "text": GREETINGS[language]}
