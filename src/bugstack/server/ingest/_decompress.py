"""Bounded decompression of request bodies.

Every decoder here stops as soon as the output would pass the limit, so a small body that
expands to gigabytes (a compression bomb) costs at most ``limit`` bytes of memory.
"""

from __future__ import annotations

import io
import zlib

import brotli
import zstandard

from bugstack.server.ingest._exceptions import BadPayload, PayloadTooLarge

__all__ = ["SUPPORTED_ENCODINGS", "decompress"]

SUPPORTED_ENCODINGS = ("identity", "gzip", "x-gzip", "deflate", "br", "zstd")
# zstd frames announce a window size; refusing huge windows bounds the decoder's own memory.
_ZSTD_MAX_WINDOW = 1 << 23


def _too_large(limit: int) -> PayloadTooLarge:
    return PayloadTooLarge(f"body is larger than {limit} bytes once decompressed")


def _zlib(data: bytes, limit: int, wbits: int) -> bytes:
    decoder = zlib.decompressobj(wbits)
    out = decoder.decompress(data, limit + 1)
    if len(out) > limit or decoder.unconsumed_tail:
        raise _too_large(limit)
    out += decoder.flush()
    if len(out) > limit:
        raise _too_large(limit)
    if not decoder.eof:
        raise BadPayload("compressed body is truncated")
    return out


def _deflate(data: bytes, limit: int) -> bytes:
    # HTTP's "deflate" is meant to be zlib-wrapped, but some clients send raw deflate.
    try:
        return _zlib(data, limit, zlib.MAX_WBITS)
    except zlib.error:
        return _zlib(data, limit, -zlib.MAX_WBITS)


def _brotli(data: bytes, limit: int) -> bytes:
    decoder = brotli.Decompressor()
    out = decoder.process(data, output_buffer_limit=limit + 1)
    if len(out) > limit or not decoder.can_accept_more_data():
        raise _too_large(limit)
    if not decoder.is_finished():
        raise BadPayload("compressed body is truncated")
    return bytes(out)


def _zstd(data: bytes, limit: int) -> bytes:
    decoder = zstandard.ZstdDecompressor(max_window_size=_ZSTD_MAX_WINDOW)
    with decoder.stream_reader(io.BytesIO(data)) as reader:
        out = reader.read(limit + 1)
    if len(out) > limit:
        raise _too_large(limit)
    return bytes(out)


def decompress(data: bytes, encoding: str, limit: int) -> bytes:
    """Decode ``data`` sent with ``Content-Encoding: encoding``, at most ``limit`` bytes out."""
    encoding = encoding.strip().lower()
    try:
        if encoding in ("", "identity"):
            if len(data) > limit:
                raise _too_large(limit)
            return data
        if encoding in ("gzip", "x-gzip"):
            return _zlib(data, limit, zlib.MAX_WBITS | 16)
        if encoding == "deflate":
            return _deflate(data, limit)
        if encoding == "br":
            return _brotli(data, limit)
        if encoding == "zstd":
            return _zstd(data, limit)
    except (zlib.error, brotli.error, zstandard.ZstdError) as exc:
        raise BadPayload(f"cannot decode {encoding} body: {exc}") from exc
    raise BadPayload(f"unsupported Content-Encoding {encoding!r}")
