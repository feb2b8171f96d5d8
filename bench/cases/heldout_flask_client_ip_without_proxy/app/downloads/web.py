"""Release downloads, counted per client address for the mirror statistics."""

from collections import Counter

from flask import Flask, abort, request

app = Flask(__name__)

RELEASES = {"1.4.2": "tool-1.4.2.tar.gz", "1.5.0": "tool-1.5.0.tar.gz"}
DOWNLOADS: Counter[tuple[str, str]] = Counter()


def client_address() -> str:
    """The client's address: behind the load balancer, the first hop of
    ``X-Forwarded-For``; otherwise the address of the connecting peer."""
    forwarded = request.headers.get("X-Forwarded-For")
    return forwarded.split(",")[0].strip()


@app.get("/releases/<version>")
def download(version: str):
    filename = RELEASES.get(version)
    if filename is None:
        abort(404)
    DOWNLOADS[(version, client_address())] += 1
    return {"version": version, "url": f"https://files.example.org/{filename}"}
