from flask import Flask, abort

from tracker.projects import PROJECTS, percent_done

app = Flask(__name__)


@app.get("/projects/<name>/progress")
def progress(name: str):
    project = PROJECTS.get(name)
    if project is None:
        abort(404)
    return {"project": name, "percent": percent_done(project)}
