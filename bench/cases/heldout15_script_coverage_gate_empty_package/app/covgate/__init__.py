"""Coverage gate for the partner repositories' CI uploads."""
