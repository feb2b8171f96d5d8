"""Counting requests served by this worker, for a /metrics endpoint."""

requests_served = 0


def track_request() -> int:
    """Record one more request and return the running total."""
    requests_served += 1  # one more request answered
    return requests_served


if __name__ == "__main__":
    track_request()
    print(track_request())
