"""The release-notes job lists the tags of one of the oldest repositories."""

from relnotes.changelog import latest_release

latest_release(["v1.8", "v1.9", "v1.10", "v1.10.1", "latest"])
