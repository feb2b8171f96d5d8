"""Tells the deploy bot whether a newer release of a service has been tagged."""
