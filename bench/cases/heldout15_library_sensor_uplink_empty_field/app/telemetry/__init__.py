"""Decoding the uplinks of the greenhouse sensors and what the dashboard makes of them."""
