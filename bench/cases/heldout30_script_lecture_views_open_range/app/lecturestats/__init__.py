"""Weekly view counts of recorded lectures, from the media server's download log."""
