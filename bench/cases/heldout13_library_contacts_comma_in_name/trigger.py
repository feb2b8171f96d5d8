"""The CRM imports the sales team's spreadsheet, saved as CSV."""

import io

from addressbook.csvio import load

load(io.StringIO(
    "name,email,phone\n"
    "Ada Lovelace,ada@example.com,+44 20 7946 0018\n"
    '"Hopper, Grace",grace@example.com,\n'
))
