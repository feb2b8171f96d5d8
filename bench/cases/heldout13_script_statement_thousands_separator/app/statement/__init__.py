"""Month-end summary of the business account's CSV statement: ``python -m statement FILE``."""
