"""A family of four books the nearly full Circle for Saturday's matinee; they accept sitting apart."""

from seatpick.checkout import reserve

circle = {"A": [4, 5], "B": [1, 12, 13], "C": [6], "D": [2, 3, 9]}
reserve(circle, 4, allow_split=True)
