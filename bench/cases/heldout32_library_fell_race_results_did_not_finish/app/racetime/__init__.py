"""Results of the club's fell races, from the timekeepers' sheet to the published table."""
