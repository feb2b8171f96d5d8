"""The bubblewrap command line: what the code sees, and as whom it runs.

Nothing is visible by default. The sandbox gets, read-only: the system directories
(``/usr`` and the ``/bin``, ``/lib``… beside it), a short list of ``/etc`` files that
programs need to start (the loader cache, time zone, certificates…), and the environment
of the interpreter it runs (a virtual environment and the Python it was made from, which
may live anywhere, e.g. in the repository or under a home directory). Read-write: the
workspace, at its own path so tracebacks name the files the engine knows, and the extra
directories the caller lends it. ``/tmp`` (with ``HOME`` inside) is a private tmpfs of a
fixed size. The server's data directory, database, configuration and other workspaces
are simply not there. ``/etc/passwd`` and ``/etc/group`` are written for the sandbox, so
the host's accounts are not listed either.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bugstack.repair.sandbox.model import SandboxLimits
from bugstack.repair.sandbox.seccomp import user_namespace_filter

__all__ = ["SANDBOX_HOME", "MountPlan", "hide_again", "interpreter_roots", "show_inside",
           "shown_inside"]

SANDBOX_HOME = "/tmp/home"
_SYSTEM_TREES = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
#: What a Python program (and the tools its tests call) reads in /etc to start and run.
_ETC_ALLOWED = (
    "ld.so.cache", "ld.so.conf", "ld.so.conf.d", "localtime", "timezone", "nsswitch.conf",
    "hosts", "host.conf", "resolv.conf", "gai.conf", "services", "protocols", "mime.types",
    "ssl", "ca-certificates", "ca-certificates.conf", "alternatives", "os-release",
    "debian_version", "locale.alias", "mailcap", "magic",
)
_SHM_BYTES = 64 * 1024**2


def _under(path: str, roots: Iterable[str]) -> bool:
    return any(path == root or path.startswith(root.rstrip("/") + "/") for root in roots)


def interpreter_roots(executable: str) -> list[Path]:
    """Directories a program needs to run: its virtual environment (found by the
    ``pyvenv.cfg`` next to its ``bin``) and the prefix its real executable lives in."""
    program = Path(executable)
    if not program.is_absolute():
        return []
    roots: list[Path] = []
    environment = program.parent.parent
    config = environment / "pyvenv.cfg"
    if config.is_file():
        roots.append(environment)
        for line in config.read_text(encoding="utf-8", errors="replace").splitlines():
            key, _, value = line.partition("=")
            if key.strip() == "home" and value.strip():
                roots.append(Path(value.strip()).parent)
    real = program.resolve()
    roots.append(real.parent.parent)
    return [root for root in roots
            if root.is_dir() and not _under(str(root), _SYSTEM_TREES) and root != Path("/")]


@dataclass(slots=True)
class MountPlan:
    """Builds the argv; ``uid`` is set when the code must drop root inside the sandbox."""

    limits: SandboxLimits
    workspace: Path
    uid: int | None
    readable: Sequence[Path] = ()
    writable: Sequence[Path] = ()
    #: Interpreters the command runs besides its own program (named in a Makefile): their
    #: environments are shown read-only at their own path, like the program's.
    programs: Sequence[str] = ()
    #: Read-only directories shown at a relative path inside the workspace.
    inside: Mapping[str, Path] = field(default_factory=dict)
    #: File descriptors the argv refers to (the written /etc/passwd and /etc/group).
    fds: list[int] = field(default_factory=list)
    _made: set[str] = field(default_factory=set)

    def argv(self, command: Sequence[str], bwrap: str, setpriv: str | None) -> list[str]:
        args = [bwrap, "--die-with-parent", "--new-session", "--unshare-pid", "--unshare-ipc",
                "--unshare-uts", "--unshare-cgroup-try", "--hostname", "sandbox"]
        if self.uid is None:
            args.append("--unshare-user")
        if not self.limits.network:
            args.append("--unshare-net")
        args += self._system()
        args += ["--proc", "/proc", "--dev", "/dev",
                 "--perms", "1777", "--size", str(self.limits.tmp_bytes), "--tmpfs", "/tmp",
                 "--perms", "1777", "--size", str(_SHM_BYTES), "--tmpfs", "/dev/shm",
                 "--perms", "0777", "--dir", SANDBOX_HOME]
        self._made.update({"/", "/tmp", "/proc", "/dev", "/etc", SANDBOX_HOME})
        own = self._program_roots(command)
        named = [root for program in self.programs for root in self._program_roots([program])
                 if root not in own]
        binds = [("--ro-bind", root, root) for root in dict.fromkeys(own)]
        binds += [bind for root in dict.fromkeys(named) for bind in _installation_binds(root)]
        binds += [("--ro-bind", path, path) for path in self.readable]
        binds += [("--bind", path, path) for path in self.writable]
        binds.append(("--bind", self.workspace, self.workspace))
        binds += [("--ro-bind", source, self.workspace / rel)
                  for rel, source in sorted(self.inside.items())]
        for option, source, path in sorted(binds, key=lambda bind: len(bind[2].parts)):
            args += self._parents(path)
            args += [option, str(source), str(path)]
            self._made.add(str(path))
        args += ["--chdir", str(self.workspace)]
        program = user_namespace_filter()
        if program is not None:
            args += ["--seccomp", str(self._pipe(program))]
        if self.uid is not None and setpriv is not None:
            uid = str(self.uid)
            args += [setpriv, f"--reuid={uid}", f"--regid={uid}", "--clear-groups",
                     "--inh-caps=-all", "--bounding-set=-all"]
        return [*args, "--", *command]

    def _system(self) -> list[str]:
        args: list[str] = []
        for tree in _SYSTEM_TREES:
            if os.path.islink(tree):
                args += ["--symlink", os.readlink(tree), tree]
            elif os.path.isdir(tree):
                args += ["--ro-bind", tree, tree]
        args += ["--perms", "0755", "--dir", "/etc"]
        for name in _ETC_ALLOWED:
            args += ["--ro-bind-try", f"/etc/{name}", f"/etc/{name}"]
        for entry in sorted(Path("/etc").glob("python3*")):
            args += ["--ro-bind-try", str(entry), str(entry)]
        uid = self.uid if self.uid is not None else os.getuid()
        gid = self.uid if self.uid is not None else os.getgid()
        args += self._data("/etc/passwd",
                           "root:x:0:0:root:/root:/usr/sbin/nologin\n"
                           f"sandbox:x:{uid}:{gid}:bugstack sandbox:{SANDBOX_HOME}:/bin/sh\n"
                           "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n")
        args += self._data("/etc/group", f"root:x:0:\nsandbox:x:{gid}:\nnogroup:x:65534:\n")
        return args

    def _data(self, destination: str, text: str) -> list[str]:
        """A file with ``text`` at ``destination``, passed through a pipe bwrap reads."""
        return ["--perms", "0644", "--ro-bind-data", str(self._pipe(text.encode())),
                destination]

    def _pipe(self, data: bytes) -> int:
        """A pipe holding ``data`` for bwrap to read; the descriptor to pass it."""
        read, write = os.pipe()
        os.write(write, data)  # far below a pipe's buffer: never blocks
        os.close(write)
        self.fds.append(read)
        return read

    def _program_roots(self, command: Sequence[str]) -> list[Path]:
        roots = interpreter_roots(command[0]) if command else []
        return [root for root in roots if root != self.workspace]

    def _parents(self, path: Path) -> list[str]:
        """``--dir`` for each missing parent, world-traversable (bwrap's own are 0700)."""
        args: list[str] = []
        for parent in reversed(path.parents):
            name = str(parent)
            if name in self._made or _under(name, _SYSTEM_TREES):
                continue
            self._made.add(name)
            args += ["--perms", "0755", "--dir", name]
        return args

    def close(self) -> None:
        for fd in self.fds:
            with contextlib.suppress(OSError):
                os.close(fd)
        self.fds.clear()


#: What an interpreter needs of a Python installation or virtual environment.
_INSTALLATION_PARTS = ("pyvenv.cfg", "bin", "lib", "lib64", "include")


def _installation_binds(root: Path) -> list[tuple[str, Path, Path]]:
    """The parts of an installation an interpreter named by the repository (in a Makefile)
    needs, not the whole directory: a "virtual environment" at the root of a server's
    installation must not show its configuration or data."""
    binds: list[tuple[str, Path, Path]] = []
    for name in _INSTALLATION_PARTS:
        part = root / name
        if part.is_symlink():  # lib64 -> lib: the same link inside, pointing inside
            binds.append(("--symlink", Path(os.readlink(part)), part))
        elif part.exists():
            binds.append(("--ro-bind", part, part))
    return binds


def shown_inside(workspace: Path, inside: Mapping[str, Path]) -> dict[str, Path]:
    """The directories that can be shown at a relative path in the workspace: a plain
    relative path (no ``..``) where the workspace has nothing yet, and a directory to show."""
    shown: dict[str, Path] = {}
    for rel, source in inside.items():
        parts = Path(rel).parts
        if not parts or Path(rel).is_absolute() or ".." in parts or not source.is_dir():
            continue
        if os.path.lexists(workspace / rel) or not (workspace / rel).parent.is_dir():
            continue
        shown[rel] = source
    return shown


def show_inside(workspace: Path, inside: Mapping[str, Path], *, as_links: bool) -> list[Path]:
    """Make the places to show ``inside`` the workspace: an empty directory for bwrap to
    mount on, or, below the ``bwrap`` level (where nothing is mounted), a link."""
    made = []
    for rel, source in inside.items():
        target = workspace / rel
        if as_links:
            target.symlink_to(source, target_is_directory=True)
        else:
            target.mkdir()
        made.append(target)
    return made


def hide_again(made: Iterable[Path]) -> None:
    """Remove what :func:`show_inside` made (a link, or the now empty mount point)."""
    for target in made:
        with contextlib.suppress(OSError):
            if target.is_symlink():
                target.unlink()
            else:
                target.rmdir()
