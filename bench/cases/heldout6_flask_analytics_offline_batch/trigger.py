"""A phone back online flushes the events it queued on the underground."""

from analytics.web import app

app.test_client().post(
    "/v1/events",
    json=[
        {"name": "app_open", "user": "u-88", "props": {"os": "android"}},
        {"name": "screen_view", "user": "u-88", "props": {"screen": "basket"}},
        {"name": "purchase", "user": "u-88", "props": {"total": "23.90"}},
    ],
)
