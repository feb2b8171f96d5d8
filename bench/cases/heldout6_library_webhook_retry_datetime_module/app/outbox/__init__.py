"""Outgoing webhook deliveries and their retries.

Every timestamp in this package is an aware datetime in UTC: deliveries are compared with
each other and with the worker's clock, and a naive one cannot be compared with an aware one.
"""
