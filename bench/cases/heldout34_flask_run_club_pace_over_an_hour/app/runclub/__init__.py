from flask import Flask


def create_app(testing: bool = False) -> Flask:
    app = Flask(__name__)
    app.config["TESTING"] = testing
    from runclub.views import bp

    app.register_blueprint(bp)
    return app
