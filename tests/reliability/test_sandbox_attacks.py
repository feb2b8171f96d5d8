"""Hostile code against the sandbox, run exactly as the engine runs an app's tests.

Each attack is a test file in a throwaway git repository: the engine's workspace copy of
it is run by ``run_sandboxed`` with the default test command (``python -m pytest -q``
with the repository's interpreter). The hostile test writes what it managed to
``escape.json`` in its workspace; the host also checks, from outside, that nothing it
guards changed, and that it still runs: a live HTTP server thread answers, new
processes start. Each attempt is recorded (``sandbox_escape``) before it is asserted.

Where the isolation level in use cannot stop an attack (see ``docs/sandbox.md``), the
attempt is recorded as not held and the test is skipped with the reason.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from bugstack.repair.sandbox import (
    Isolation,
    SandboxLimits,
    SandboxResult,
    isolation_level,
    run_sandboxed,
)
from bugstack.repair.verify import suite_command
from bugstack.repair.workspace import Workspace, find_interpreter, prepare_workspace
from tests.reliability.conftest import Figures

_MIB = 1024**2

#: Put at the top of every hostile test file: how the attack reports what it got.
_PRELUDE = '''
import json, os, pathlib

def report(**found):
    path = pathlib.Path("escape.json")
    known = json.loads(path.read_text()) if path.exists() else {}
    known.update(found)
    path.write_text(json.dumps(known))
'''


@dataclass
class Attack:
    result: SandboxResult
    found: dict[str, Any]
    workspace: Workspace

    @property
    def output(self) -> str:
        return self.result.stdout + self.result.stderr


class _Ok(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"alive")

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def live_server() -> Iterator[str]:
    """Stands for the bugstack server: a thread of this process answering HTTP."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Ok)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
    thread.join()


def _host_is_fine(url: str) -> bool:
    with urllib.request.urlopen(url, timeout=30) as answer:
        alive = answer.status == 200 and answer.read() == b"alive"
    started = subprocess.run([sys.executable, "-c", "print('ok')"], capture_output=True,
                             timeout=60, check=False)
    return alive and started.stdout.strip() == b"ok"


def _attack(tmp_path: Path, body: str, limits: SandboxLimits | None = None) -> Attack:
    repo = tmp_path / "app"
    (repo / "tests").mkdir(parents=True)
    (repo / "app.py").write_text("def answer():\n    return 42\n")
    (repo / "tests" / "test_hostile.py").write_text(
        _PRELUDE + "\n\ndef test_attack():\n" + textwrap.indent(textwrap.dedent(body), "    "))
    for git in (["init", "-q"], ["add", "."],
                ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "app"]):
        subprocess.run(["git", "-C", str(repo), *git], check=True, capture_output=True)
    engine = tmp_path / "engine"
    engine.mkdir()
    workspace = prepare_workspace(repo, None, root=engine)
    command = suite_command(None, find_interpreter(repo))
    result = run_sandboxed(command, workspace.path, limits or SandboxLimits(timeout=120))
    escape = workspace.path / "escape.json"
    found = json.loads(escape.read_text()) if escape.is_file() else {}
    return Attack(result=result, found=found, workspace=workspace)


def _needs(level: Isolation, figures: Figures, name: str, why: str) -> None:
    """Skip (recorded as not held) where the isolation in use cannot stop this attack."""
    if isolation_level().rank < level.rank:
        figures.attempt("sandbox_escape", name, held=False,
                        detail=f"not stopped at isolation {isolation_level()}: {why}")
        pytest.skip(f"isolation {isolation_level()} cannot stop this: {why}")


def _record(figures: Figures, name: str, held: bool, attack: Attack) -> None:
    figures.attempt("sandbox_escape", name, held=held,
                    detail=f"isolation={attack.result.isolation}; found={attack.found}")


def test_reading_the_servers_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, figures: Figures, live_server: str
) -> None:
    secret = f"bs_secret_{uuid.uuid4().hex}"
    monkeypatch.setenv("BUGSTACK_SECRET_KEY", secret)
    monkeypatch.setenv("DATABASE_URL", f"postgresql://bugstack:{secret}@db/bugstack")
    attack = _attack(tmp_path, '''
        seen = dict(os.environ)
        for entry in pathlib.Path("/proc").iterdir():  # every process we can see
            try:
                seen[entry.name] = (entry / "environ").read_bytes().decode("latin-1")
            except OSError:
                pass
        report(seen=seen)
        print(json.dumps(seen))
    ''')
    held = secret not in json.dumps(attack.found) and secret not in attack.output
    _record(figures, "read the server's environment", held and bool(attack.found), attack)
    assert attack.found, attack.output
    assert held
    assert _host_is_fine(live_server)


def test_reading_files_outside_the_workspace(
    tmp_path: Path, figures: Figures, live_server: str
) -> None:
    _needs(Isolation.BWRAP, figures, "read the server's database file",
           "the code runs as the server's user and sees its files")
    token = uuid.uuid4().hex
    data_dir = tmp_path / "server-data"
    data_dir.mkdir()
    (data_dir / "bugstack.db").write_text(f"SQLite format 3 ... api_key={token}")
    (data_dir / "bugstack.toml").write_text(f"secret_key = '{token}'")
    attack = _attack(tmp_path, f'''
        import glob
        got = {{}}
        targets = [{str(data_dir / "bugstack.db")!r}, {str(data_dir / "bugstack.toml")!r},
                   "/etc/shadow", "/root/.ssh/id_rsa", "/root/.bash_history",
                   *glob.glob("/tmp/bugstack-ws-*/**", recursive=True),
                   *glob.glob({str(tmp_path)!r} + "/**", recursive=True)]
        for target in targets:
            try:
                got[target] = pathlib.Path(target).read_text(errors="replace")
            except OSError as exc:
                got[target] = "refused: " + type(exc).__name__
        report(read=got)
    ''')
    inside = str(attack.workspace.path)
    readable = {path: text for path, text in attack.found.get("read", {}).items()
                if not text.startswith("refused") and not path.startswith(inside)}
    held = bool(attack.found) and token not in json.dumps(attack.found) and not any(
        path in readable for path in ("/etc/shadow", "/root/.ssh/id_rsa"))
    _record(figures, "read the server's database file, config and /etc/shadow", held, attack)
    assert held, readable


def test_writing_outside_the_workspace(
    tmp_path: Path, figures: Figures, live_server: str
) -> None:
    _needs(Isolation.BWRAP, figures, "write outside the workspace",
           "the code runs as the server's user and may write what it may")
    token = uuid.uuid4().hex
    data_dir = tmp_path / "server-data"
    data_dir.mkdir()
    database = data_dir / "bugstack.db"
    database.write_text("the server's database")
    planted = [data_dir / f"planted-{token}", Path(f"/etc/bugstack-planted-{token}"),
               tmp_path / "app" / f"planted-{token}", Path(f"/tmp/planted-{token}")]
    attack = _attack(tmp_path, f'''
        results = {{}}
        for target in {[str(p) for p in planted] + [str(database)]!r}:
            try:
                with open(target, "w") as out:
                    out.write("pwned")
                results[target] = "written"
            except OSError as exc:
                results[target] = "refused: " + type(exc).__name__
        # A link the server might follow after the run, where it expects its own files.
        os.symlink({str(database)!r}, "app.py.tmp")
        os.replace("app.py.tmp", "app.py")
        os.mkfifo("report.xml")
        report(write=results)
    ''')
    try:
        outside = [p for p in planted if p.exists()]
        held = (bool(attack.found) and not outside
                and database.read_text() == "the server's database"
                and not (attack.workspace.path / "app.py").is_symlink()
                and not (attack.workspace.path / "report.xml").exists())
        _record(figures, "write outside the workspace (database, /etc, the user's repo, "
                "links left for the server)", held, attack)
        assert attack.found, attack.output
        assert not outside
        assert database.read_text() == "the server's database"
        # What the code left that would lead the server outside was removed.
        assert not (attack.workspace.path / "app.py").is_symlink()
        assert not (attack.workspace.path / "report.xml").exists()
        assert _host_is_fine(live_server)
    finally:
        for path in planted:
            path.unlink(missing_ok=True)


def test_opening_a_network_connection(
    tmp_path: Path, figures: Figures, live_server: str
) -> None:
    _needs(Isolation.NETWORK, figures, "open a TCP connection",
           "no network namespace can be created here")
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.2)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection = listener.accept()[0]
                accepted.append(connection)
                connection.close()
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    port = listener.getsockname()[1]
    server_port = int(live_server.rsplit(":", 1)[1].strip("/"))
    try:
        attack = _attack(tmp_path, f'''
            import socket
            results = {{}}
            for port in ({port}, {server_port}):
                s = socket.socket()
                s.settimeout(5)
                results[port] = s.connect_ex(("127.0.0.1", port))
            try:
                results["dns"] = socket.gethostbyname("example.com")
            except OSError as exc:
                results["dns"] = "refused: " + type(exc).__name__
            report(connect=results)
        ''')
    finally:
        stop.set()
        thread.join()
        listener.close()
    connected = [key for key, value in attack.found.get("connect", {}).items() if value == 0]
    held = bool(attack.found) and not accepted and not connected
    _record(figures, "open a TCP connection to a loopback listener and the server, DNS",
            held, attack)
    assert attack.found, attack.output
    assert not accepted and not connected
    assert _host_is_fine(live_server)


def test_reaching_the_database_socket(
    tmp_path: Path, figures: Figures, live_server: str
) -> None:
    _needs(Isolation.BWRAP, figures, "connect to PostgreSQL's unix socket",
           "a unix socket is a file: without bwrap the host's are there")
    attack = _attack(tmp_path, '''
        import socket
        results = {}
        for path in ("/run/postgresql/.s.PGSQL.5432", "/var/run/postgresql/.s.PGSQL.5432",
                     "/run/dbus/system_bus_socket"):
            unix = socket.socket(socket.AF_UNIX)
            try:
                unix.connect(path)
                results[path] = "connected"
            except OSError as exc:
                results[path] = "refused: " + type(exc).__name__
        report(unix=results)
    ''')
    found = attack.found.get("unix", {})
    held = bool(found) and all(value.startswith("refused") for value in found.values())
    _record(figures, "connect to the host's unix sockets (PostgreSQL, D-Bus)", held, attack)
    assert held, found or attack.output
    assert _host_is_fine(live_server)


def test_fork_bomb(tmp_path: Path, figures: Figures, live_server: str) -> None:
    if os.geteuid() == 0:
        _needs(Isolation.BWRAP, figures, "fork bomb",
               "RLIMIT_NPROC does not apply to root, and only bwrap gives the code a uid")
    attack = _attack(tmp_path, '''
        import time
        children = 0
        try:
            for _ in range(20000):  # far above the sandbox's cap, bounded if it has none
                if os.fork() == 0:
                    time.sleep(30)
                    os._exit(0)
                children += 1
            outcome = "never refused"
        except OSError as exc:
            outcome = "refused: " + type(exc).__name__
        report(children=children, outcome=outcome)
    ''', SandboxLimits(timeout=120, max_processes=256))
    held = attack.found.get("outcome", "").startswith("refused") and attack.found["children"] <= 256
    _record(figures, "fork bomb", held, attack)
    assert held, attack.found or attack.output
    assert _host_is_fine(live_server)


def test_allocating_memory_without_end(
    tmp_path: Path, figures: Figures, live_server: str
) -> None:
    attack = _attack(tmp_path, '''
        chunks = []
        try:
            while True:
                chunks.append(bytearray(64 * 1024 * 1024))
                report(allocated_mib=64 * len(chunks))
        except MemoryError:
            report(outcome="MemoryError", allocated_mib=64 * len(chunks))
    ''', SandboxLimits(timeout=120, memory_bytes=1024 * _MIB))
    held = attack.found.get("outcome") == "MemoryError" and attack.found["allocated_mib"] <= 1024
    _record(figures, "allocate memory without end", held, attack)
    assert held, attack.found or attack.output
    assert _host_is_fine(live_server)


def test_memory_across_many_processes(
    tmp_path: Path, figures: Figures, live_server: str
) -> None:
    """Each process stays under RLIMIT_AS; together they ask for three times the total."""
    limits = SandboxLimits(timeout=120, total_memory_bytes=512 * _MIB)
    attack = _attack(tmp_path, '''
        import time
        children = []
        for _ in range(6):
            pid = os.fork()
            if pid == 0:
                try:
                    block = bytearray(256 * 1024 * 1024)
                    for page in range(0, len(block), 4096):  # touch it: really resident
                        block[page] = 1
                    time.sleep(3)
                    os._exit(0)
                except MemoryError:
                    os._exit(3)
            children.append(pid)
        statuses = [os.waitpid(pid, 0)[1] for pid in children]
        report(filled=sum(1 for status in statuses if status == 0), statuses=statuses)
    ''', limits)
    if not attack.result.memory_capped:
        figures.attempt("sandbox_escape", "memory across many processes", held=False,
                        detail="no memory cgroup can be made here (not root, or no hierarchy)")
        pytest.skip("no memory cgroup here: only RLIMIT_AS per process bounds memory")
    held = bool(attack.found) and attack.found["filled"] * 256 <= 512
    _record(figures, "memory across many processes (6 x 256 MiB against 512 MiB)", held,
            attack)
    assert held, attack.found or attack.output
    assert _host_is_fine(live_server)


def test_filling_the_disk(tmp_path: Path, figures: Figures, live_server: str) -> None:
    limits = SandboxLimits(timeout=120, file_bytes=64 * _MIB, disk_bytes=256 * _MIB)
    attack = _attack(tmp_path, '''
        block = b"x" * (4 * 1024 * 1024)
        written, number = 0, 0
        while True:  # files, each as large as it may be, until something stops us
            number += 1
            try:
                with open(f"fill-{number}.bin", "wb") as out:
                    while True:
                        out.write(block)
                        out.flush()
                        written += len(block)
            except OSError as exc:
                report(written_mib=written // 2**20, last="refused: " + type(exc).__name__)
    ''', limits)
    on_disk = sum(f.stat().st_size for f in attack.workspace.path.glob("fill-*.bin"))
    attack.workspace.remove()
    # Free space is sampled a few times a second: allow what a fast disk writes meanwhile.
    held = attack.result.stopped == "disk" and on_disk <= limits.disk_bytes + 1024 * _MIB
    _record(figures, "fill the disk with many files, each under the size limit", held, attack)
    assert attack.found.get("last", "").startswith("refused"), attack.output  # RLIMIT_FSIZE
    assert held, (attack.result.stopped, on_disk)
    assert _host_is_fine(live_server)


def test_filling_tmp(tmp_path: Path, figures: Figures, live_server: str) -> None:
    _needs(Isolation.BWRAP, figures, "fill /tmp", "/tmp is the host's without bwrap")
    attack = _attack(tmp_path, '''
        block = b"x" * (4 * 1024 * 1024)
        written = 0
        try:
            for number in range(10000):
                with open(f"/tmp/fill-{number}.bin", "wb") as out:
                    for _ in range(8):
                        out.write(block)
                        out.flush()
                        written += len(block)
        except OSError as exc:
            report(written_mib=written // 2**20, last="refused: " + type(exc).__name__)
    ''', SandboxLimits(timeout=120, tmp_bytes=128 * _MIB))
    held = (attack.found.get("last") == "refused: OSError"
            and attack.found.get("written_mib", 10**9) <= 128)
    _record(figures, "fill the private /tmp", held, attack)
    assert held, attack.found or attack.output
    assert _host_is_fine(live_server)


def test_never_exiting(tmp_path: Path, figures: Figures, live_server: str) -> None:
    token = f"bugstack-never-exits-{uuid.uuid4().hex}"
    attack = _attack(tmp_path, f'''
        import signal, subprocess, sys, time
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        # A daemon that leaves the process group, as a forgotten server would.
        subprocess.Popen([sys.executable, "-c", "import time; time.sleep(3600)", {token!r}],
                         start_new_session=True)
        report(started=True)
        while True:
            time.sleep(1)
    ''', SandboxLimits(timeout=40))
    survivors = _survivors(token)
    held = attack.result.timed_out and attack.found.get("started") is True and not survivors
    _record(figures, "never exit (ignoring SIGTERM, with a setsid daemon)", held, attack)
    if survivors and isolation_level() is not Isolation.BWRAP:
        for pid in survivors:
            os.kill(pid, 9)
        pytest.skip("without a PID namespace a setsid daemon outlives the process group")
    assert held, (attack.result, survivors)
    assert _host_is_fine(live_server)


def _survivors(token: str) -> list[int]:
    """Host pids of live processes with ``token`` in their command line, once they have
    had time to die (a killed PID namespace is torn down asynchronously)."""
    deadline = time.monotonic() + 30
    while True:
        found = []
        for entry in Path("/proc").iterdir():
            try:
                if (entry.name.isdigit() and token.encode() in (entry / "cmdline").read_bytes()
                        and (entry / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"):
                    found.append(int(entry.name))
            except (OSError, IndexError):
                continue
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.2)


def test_killing_the_server(tmp_path: Path, figures: Figures, live_server: str) -> None:
    _needs(Isolation.BWRAP, figures, "kill the server process",
           "without a PID namespace and a uid of its own the code may signal the server")
    attack = _attack(tmp_path, f'''
        import signal
        results = {{}}
        for name, pid in (("server", {os.getpid()}), ("parent", os.getppid()), ("init", 1)):
            try:
                os.kill(pid, signal.SIGKILL if name != "init" else signal.SIGTERM)
                results[name] = "sent"
            except OSError as exc:
                results[name] = "refused: " + type(exc).__name__
        report(kill=results)
        try:
            os.kill(-1, signal.SIGKILL)  # every process this uid may signal
        except OSError:
            pass
    ''')
    # Reaching this line at all means this process (the server's stand-in) survived.
    held = _host_is_fine(live_server)
    _record(figures, "kill the server's process (by pid, the parent, kill -1)", held, attack)
    assert held


def test_becoming_root(tmp_path: Path, figures: Figures, live_server: str) -> None:
    _needs(Isolation.BWRAP, figures, "become root",
           "the code runs as the server's user, root when the server is")
    attack = _attack(tmp_path, '''
        import subprocess
        results = {"uid": os.getuid(), "euid": os.geteuid()}
        try:
            os.setuid(0)
            results["setuid"] = "done"
        except OSError as exc:
            results["setuid"] = "refused: " + type(exc).__name__
        for program in (["su", "-c", "id -u", "root"], ["sudo", "-n", "id", "-u"],
                        # root of a user namespace of its own: what can it reach from there?
                        ["unshare", "-r", "sh", "-c", "cat /etc/shadow /proc/1/environ"]):
            try:
                done = subprocess.run(program, capture_output=True, text=True, timeout=20,
                                      stdin=subprocess.DEVNULL)
                results[program[0]] = "refused: " + done.stderr[-120:] if done.returncode \
                    else done.stdout
            except (OSError, subprocess.TimeoutExpired) as exc:
                results[program[0]] = "refused: " + type(exc).__name__
        report(root=results)
    ''')
    found = attack.found.get("root", {})
    # "unshare -r" (root of a user namespace of its own) is refused by bwrap's seccomp filter.
    held = bool(found) and found["uid"] != 0 and found["euid"] != 0 and all(
        str(value).startswith("refused") for key, value in found.items()
        if key not in ("uid", "euid"))
    _record(figures, "become root (setuid, su, sudo, unshare -r)", held, attack)
    assert held, found or attack.output
    assert _host_is_fine(live_server)
