"""A customer presses "order again" on a past order."""

from shopfront.orders import app

app.testing = True
app.test_client().post("/orders/B-1001/reorder")
