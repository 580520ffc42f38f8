"""A real Neo4j 5 Community server for the tests and benchmarks, from Maven Central.

Why this shape: the machines reach Maven Central but no Docker hub and no
tarball site, so the server is Neo4j's embedded DBMS with its Bolt connector
(the same kernel, Cypher and Bolt server the tarball runs), started by the
small launcher in ``tests/neo4j`` (pom.xml + ``Neo4jTestServer.java``).  Maven
resolves it once into ``~/.m2``; later builds run offline (``mvn -o``).

* ``classpath()`` builds the launcher when its sources changed and returns the
  Java class path; ``Neo4jUnavailable`` says what to install when Java or Maven
  is missing (the fixtures skip on it, or fail when ``CI`` is set).
* ``Neo4jServer`` is one DBMS home: Bolt on 127.0.0.1 only, authentication on,
  ``start``/``stop``/``kill`` (SIGKILL)/``restart`` on the same files, ``wipe``
  (an empty database, no constraints), ``delete``.
* ``import_database`` runs ``neo4j-admin database import full`` (Neo4j's own
  import tool, ``org.neo4j.cli.AdminTool``) into a home before it is started.

No pytest here: bench/neo4j_bench.py uses it too.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent / "neo4j"
MAIN = "graphkit.testserver.Neo4jTestServer"
ADMIN = "org.neo4j.cli.AdminTool"
PASSWORD = "graphkit-test-Pw1"
INSTALL_HINT = ("install Java 17 and Maven (apt-get install openjdk-17-jdk-headless maven), with Maven Central "
                "reachable once; then `mvn -q -B -f tests/neo4j/pom.xml compile dependency:build-classpath`")


class Neo4jUnavailable(RuntimeError):
    """Java or Maven (or the Maven artifacts) are missing: the message says what to install."""


def java() -> str:
    home = os.environ.get("GRAPHKIT_JAVA_HOME") or os.environ.get("JAVA_HOME")
    exe = str(Path(home) / "bin" / "java") if home and (Path(home) / "bin" / "java").exists() else shutil.which("java")
    if not exe:
        raise Neo4jUnavailable(f"Neo4j tests need Java: {INSTALL_HINT}")
    return exe


def _stale(target: Path) -> bool:
    if not target.is_file():
        return True
    newest = max(p.stat().st_mtime for p in [HERE / "pom.xml", *HERE.glob("src/**/*.java")])
    return target.stat().st_mtime < newest


_lock = threading.Lock()


def classpath() -> str:
    """The launcher's class path, building it with Maven first when needed (offline if it can)."""
    cp_file, cls = HERE / "target" / "classpath.txt", HERE / "target" / "classes" / "graphkit"
    with _lock:
        java()
        if _stale(cp_file) or not cls.is_dir():
            mvn = shutil.which("mvn")
            if not mvn:
                raise Neo4jUnavailable(f"Neo4j tests need Maven: {INSTALL_HINT}")
            cmd = [mvn, "-q", "-B", "-f", str(HERE / "pom.xml"), "compile", "dependency:build-classpath"]
            done = subprocess.run([*cmd, "-o"], capture_output=True, text=True)
            if done.returncode != 0:  # not cached yet: resolve from Maven Central
                done = subprocess.run(cmd, capture_output=True, text=True)
            if done.returncode != 0:
                tail = (done.stdout + done.stderr).strip().splitlines()[-3:]
                raise Neo4jUnavailable(f"Maven could not build tests/neo4j ({' / '.join(tail)}): {INSTALL_HINT}")
            cp_file.touch()
    return f"{HERE / 'target' / 'classes'}{os.pathsep}{cp_file.read_text(encoding='utf-8').strip()}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def jvm_options(heap: str, tuned: bool = False) -> list[str]:
    """Tests: a small heap, the serial collector and the quick JIT only (CI has 2 cores shared with
    the test process, and a test server lives a few minutes).  ``tuned`` (benchmarks): the full JIT
    and the default collector, heap fixed."""
    if tuned:
        return [f"-Xmx{heap}", f"-Xms{heap}", "-XX:+AlwaysPreTouch", "-Dfile.encoding=UTF-8"]
    return [f"-Xmx{heap}", "-Xms128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8"]


class Neo4jServer:
    """One Neo4j DBMS home served on 127.0.0.1 (see the module docstring)."""

    user = "neo4j"
    database = "neo4j"

    def __init__(self, home: Path, *, password: str = PASSWORD, heap: str = "768m", port: int | None = None,
                 tuned: bool = False):
        self.home = Path(home)
        self.tuned = tuned
        self.password = password
        self.heap = heap
        self.port = port or free_port()
        self.proc: subprocess.Popen | None = None
        self.start_seconds: list[float] = []

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    @property
    def auth(self) -> tuple[str, str]:
        return (self.user, self.password)

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def start(self, timeout: float = 300.0) -> "Neo4jServer":
        self.home.mkdir(parents=True, exist_ok=True)
        log = (self.home / "launcher.log").open("ab")
        began = time.monotonic()
        self.proc = subprocess.Popen([java(), *jvm_options(self.heap, self.tuned), "-cp", classpath(), MAIN, str(self.home),
                                      str(self.port), self.password],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, start_new_session=True)
        log.close()
        line: list[bytes] = []
        reader = threading.Thread(target=lambda: line.append(self.proc.stdout.readline()), daemon=True)
        reader.start()
        reader.join(timeout)
        if not line or not line[0].startswith(b"READY"):
            self.kill()
            tail = (self.home / "launcher.log").read_text(errors="replace").strip().splitlines()[-5:]
            raise RuntimeError(f"Neo4j did not start in {timeout:.0f} s on port {self.port}: {' | '.join(tail)}")
        self.start_seconds.append(round(time.monotonic() - began, 1))
        return self

    def stop(self, timeout: float = 60.0) -> None:
        """Clean shutdown: closing the launcher's stdin makes it shut the DBMS down."""
        if self.proc and self.proc.poll() is None:
            try:
                self.proc.stdin.close()
                self.proc.wait(timeout)
            except (subprocess.TimeoutExpired, OSError):
                self.kill()
        self.proc = None

    def kill(self) -> None:
        """``kill -9``: no shutdown, no checkpoint; the next start recovers from the transaction log."""
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(30)
        self.proc = None

    def restart(self, timeout: float = 300.0) -> "Neo4jServer":
        self.stop()
        return self.start(timeout)

    def driver(self):
        from neo4j import GraphDatabase
        return GraphDatabase.driver(self.uri, auth=self.auth)

    def wipe(self) -> None:
        """An empty database: every node, relationship, constraint and index gone."""
        with self.driver() as d, d.session(database=self.database) as s:
            for r in list(s.run("SHOW CONSTRAINTS YIELD name")):
                s.run(f"DROP CONSTRAINT `{r['name']}` IF EXISTS").consume()
            for r in list(s.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")):
                s.run(f"DROP INDEX `{r['name']}` IF EXISTS").consume()
            s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()

    def counts(self) -> tuple[int, int]:
        with self.driver() as d, d.session(database=self.database) as s:
            n = s.run("MATCH (n) RETURN count(n) AS n").single()["n"]
            r = s.run("MATCH ()-[r]->() RETURN count(r) AS r").single()["r"]
        return n, r

    def delete(self) -> None:
        self.kill() if self.proc else None
        shutil.rmtree(self.home, ignore_errors=True)


def import_database(home: Path, csv_dir: Path, import_args: list[str], *, heap: str = "1g",
                    timeout: float = 1800.0) -> subprocess.CompletedProcess:
    """``neo4j-admin database import full ARGS`` into ``home`` (not running), files resolved in ``csv_dir``.

    ``import_args`` are the arguments after ``full`` as ``export neo4j-import`` writes
    them in import.sh (``--nodes=...``, ``--relationships=...``, options, database name).
    """
    home = Path(home)
    (home / "conf").mkdir(parents=True, exist_ok=True)
    (home / "conf" / "neo4j.conf").touch()
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf"),
           "HEAP_SIZE": heap}
    return subprocess.run([java(), f"-Xmx{heap}", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp", classpath(),
                           ADMIN, "database", "import", "full", *import_args],
                          cwd=csv_dir, env=env, capture_output=True, text=True, timeout=timeout)


def listening_sockets() -> list[tuple[str, int, int]]:
    """(address, port, inode) of every listening TCP socket, read from /proc/net/tcp and tcp6."""
    out = []
    for name, width in (("tcp", 8), ("tcp6", 32)):
        path = Path("/proc/net") / name
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            parts = line.split()
            if parts[3] != "0A":  # LISTEN
                continue
            addr_hex, port_hex = parts[1].split(":")
            out.append((_address(addr_hex, width), int(port_hex, 16), int(parts[9])))
    return out


def _address(hexaddr: str, width: int) -> str:
    raw = bytes.fromhex(hexaddr)
    words = [raw[i:i + 4][::-1] for i in range(0, len(raw), 4)]  # each 32-bit word is little-endian
    data = b"".join(words)
    if width == 8:
        return socket.inet_ntop(socket.AF_INET, data)
    return socket.inet_ntop(socket.AF_INET6, data)


def sockets_of(pid: int) -> set[int]:
    """Inodes of the sockets a process holds open."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").glob("*"):
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(int(target[8:-1]))
    return inodes
