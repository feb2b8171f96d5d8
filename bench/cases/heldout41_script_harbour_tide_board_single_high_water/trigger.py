"""Monday morning: the harbour master prints this week's board from the new export."""

from tideboard.board import main

main(["data/predictions.csv"])
