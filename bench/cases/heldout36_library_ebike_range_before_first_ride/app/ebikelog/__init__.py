"""Ride log and range estimates behind the e-bike companion app's dashboard."""
