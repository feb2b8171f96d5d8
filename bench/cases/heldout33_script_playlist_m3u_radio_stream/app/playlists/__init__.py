"""Turning the music app's playlist exports into files other players can open."""
