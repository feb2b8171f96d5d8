"""Northgate joined the division mid-season; the secretary registered them before their
first fixture, and supporters open the table."""

from league import web

teams, results = web.LEAGUES["sunday-div-1"]
teams.append("Northgate")
web.app.test_client().get("/leagues/sunday-div-1/table")
