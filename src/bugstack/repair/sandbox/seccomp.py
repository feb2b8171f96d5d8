"""A seccomp filter that refuses new user namespaces to the sandboxed code.

Inside bwrap the code has no capabilities, but where the kernel lets unprivileged users
create user namespaces it could make one and be "root" there: over nothing of the host's,
yet with the much larger kernel interface such a root may reach (mounts, netfilter…),
where kernel bugs are found. This classic BPF program (no libseccomp needed) answers
``unshare`` and ``clone`` with ``CLONE_NEWUSER`` by ``EPERM``, and ``clone3`` (whose flags
it cannot read) by ``ENOSYS``, which makes the C library fall back to ``clone``. x32
system calls are refused. Only the architectures listed are filtered; elsewhere
:func:`user_namespace_filter` gives None and the sandbox runs without the filter.
"""

from __future__ import annotations

import platform
import struct

__all__ = ["user_namespace_filter"]

_CLONE_NEWUSER = 0x10000000
_EPERM, _ENOSYS = 1, 38
_RET_ALLOW, _RET_ERRNO = 0x7FFF0000, 0x00050000
_X32_BIT = 0x40000000
# BPF opcodes: load word at absolute offset, jumps on constant, return constant.
_LD_ABS, _JEQ, _JGE, _JSET, _RET = 0x20, 0x15, 0x35, 0x45, 0x06
# Offsets in struct seccomp_data: nr, arch, then args[0] (low word on little-endian).
_NR, _ARCH, _ARG0 = 0, 4, 16

#: machine -> (AUDIT_ARCH value, unshare, clone, clone3, whether x32 exists)
_ARCHITECTURES = {
    "x86_64": (0xC000003E, 272, 56, 435, True),
    "aarch64": (0xC00000B7, 97, 220, 435, False),
}


def _op(code: int, k: int = 0, jt: int = 0, jf: int = 0) -> bytes:
    return struct.pack("=HBBI", code, jt, jf, k)


def user_namespace_filter() -> bytes | None:
    """The compiled filter for this machine, or None where it is not known."""
    known = _ARCHITECTURES.get(platform.machine())
    if known is None:
        return None
    arch, unshare, clone, clone3, has_x32 = known
    # Jump offsets count instructions after the jump; the tail is, in order:
    # [flags check] [deny EPERM] [deny ENOSYS] [allow].
    program = [
        _op(_LD_ABS, _ARCH),
        _op(_JEQ, arch, 0, 9),              # another ABI: allow (9 ahead = allow)
        _op(_LD_ABS, _NR),
        _op(_JGE, _X32_BIT if has_x32 else 0xFFFFFFFF, 5, 0),  # x32: deny EPERM
        _op(_JEQ, unshare, 2, 0),           # -> flags check
        _op(_JEQ, clone, 1, 0),             # -> flags check
        _op(_JEQ, clone3, 3, 4),            # -> ENOSYS, else allow
        _op(_LD_ABS, _ARG0),                # flags check
        _op(_JSET, _CLONE_NEWUSER, 0, 2),   # new user namespace? deny : allow
        _op(_RET, _RET_ERRNO | _EPERM),
        _op(_RET, _RET_ERRNO | _ENOSYS),
        _op(_RET, _RET_ALLOW),
    ]
    return b"".join(program)
