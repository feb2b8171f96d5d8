"""A daily report job that reuses the Flask app's configuration."""

from flask import Flask, current_app

app = Flask(__name__)
app.config["REPORT_RECIPIENTS"] = ["ops@example.com", "cto@example.com"]


def send_daily_report() -> str:
    recipients = current_app.config["REPORT_RECIPIENTS"]
    return "report sent to " + ", ".join(recipients)


if __name__ == "__main__":
    # Started by cron, outside any request.
    print(send_daily_report())
