"""Lines of UTF-8 text from a stream of byte chunks (an HTTP body, a socket, a pipe)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator


def iter_lines(chunks: Iterable[bytes], encoding: str = "utf-8") -> Iterator[str]:
    """Yields each line without its line ending, as the chunks arrive.

    Chunks are cut wherever the transport cut them, which can be in the middle of a
    multi-byte character: the text must come out exactly as if the whole body had been
    decoded at once.
    """
    pending = ""
    for chunk in chunks:
        pending += chunk.decode(encoding)
        *complete, pending = pending.split("\n")
        for line in complete:
            yield line.removesuffix("\r")
    if pending:
        yield pending.removesuffix("\r")
