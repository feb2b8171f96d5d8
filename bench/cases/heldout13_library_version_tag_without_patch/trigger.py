"""The deploy bot checks the service's git tags after someone pushed "v2.1"."""

from relcheck.versions import latest

latest(["v1.9.3", "v2.0.0", "v2.1"])
