"""Reading the media server's download log (tab-separated, one request a line)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

#: Status codes of requests that sent video: a whole file (200) or part of it (206).
SERVED = {200, 206}


@dataclass(frozen=True)
class Download:
    client: str
    path: str
    status: int
    #: The request's Range header, "" when it asked for the whole file.
    range: str


def read_log(lines: Iterable[str]) -> Iterator[Download]:
    """Requests that sent video; comment lines (#) and other statuses are skipped.

    Columns: timestamp, client id, path, status, range header (may be empty).
    """
    for line in lines:
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        _, client, path, status, range_header = line.split("\t")
        if int(status) in SERVED:
            yield Download(client, path, int(status), range_header.strip())


def bytes_fetched(range_header: str, size: int) -> int:
    """Bytes a request fetched from a file of ``size`` bytes.

    An empty header is a whole-file download (status 200). ``bytes=START-END`` is
    inclusive at both ends, as in HTTP, and an END past the file stops at its last byte.
    An open-ended range, ``bytes=START-``, runs to the end of the file: it is how the
    players ask for the rest of a recording after a seek or a resume.
    """
    if not range_header:
        return size
    start, end = range_header.removeprefix("bytes=").split("-", 1)
    return min(int(end), size - 1) - int(start) + 1
