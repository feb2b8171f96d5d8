"""A customer orders a birthday cake on the website and leaves the tiers box blank."""

from bakery.app import app

app.test_client().post(
    "/cakes/order",
    data={"size": "8", "tiers": "", "inscription": "Happy 40th Sam"},
)
