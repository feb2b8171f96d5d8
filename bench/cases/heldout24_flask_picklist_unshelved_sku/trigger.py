"""A picker opens the route for an order whose kettle arrived this morning and is not shelved yet."""

from picking import warehouse
from picking.app import create_app

warehouse.ORDERS["SO-1003"] = warehouse.Order(
    "SO-1003",
    [warehouse.Line("KETTLE-STEEL", 1), warehouse.Line("MUG-RED", 4), warehouse.Line("COASTER-4", 1)],
)
app = create_app()
app.testing = True
app.test_client().get("/orders/SO-1003/picklist")
