"""``python -m bugstack``: the command line."""

from bugstack.cli import main

main()
