from flask import Flask


def create_app() -> Flask:
    app = Flask(__name__)

    from bookshelf.views import shelf

    app.register_blueprint(shelf)
    return app
