"""The first monthly run after importing the subscriptions of a customer from 2019."""

from billing.run import monthly_run

monthly_run(
    [
        {"customer": "acme", "plan": "pro", "seats": 3},
        {"customer": "cobalt", "plan": "pro-2019", "seats": 4},
    ]
)
