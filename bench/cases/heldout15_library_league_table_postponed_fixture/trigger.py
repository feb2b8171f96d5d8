"""Round 2's derby was postponed; the federation's feed carries it with a null score."""

import json

from league.feed import load
from league.table import render, standings

feed = json.dumps(
    {
        "season": "2024",
        "fixtures": [
            {"round": 1, "home": "Rovers", "away": "Albion", "score": "2-1", "status": "played"},
            {"round": 1, "home": "United", "away": "City", "score": "0-0", "status": "played"},
            {"round": 2, "home": "City", "away": "Rovers", "score": None, "status": "postponed"},
            {"round": 2, "home": "Albion", "away": "United", "score": "3-0", "status": "played"},
        ],
    }
)
print(render(standings(load(feed))))
