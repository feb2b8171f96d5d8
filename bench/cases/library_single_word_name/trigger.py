"""A newsletter goes to a subscriber known by a single name."""

from people.names import salutation

salutation("Madonna")
