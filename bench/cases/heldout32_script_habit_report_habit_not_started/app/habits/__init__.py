"""The weekly habit report mailed from the tracker's nightly export."""
