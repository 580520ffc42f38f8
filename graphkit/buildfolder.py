"""The build folder (OUT): generations switched as a whole, a lock, and cleanup of leftovers.

Why generations: a build writes six outputs (graph.json, graph.jsonl, graph.nt,
build.json, cypher.lbdb, rdf-store).  Replacing them one by one means a kill
between two replacements leaves a mix (a new graph.json beside an old Cypher
store).  So every build writes all of them into a fresh ``generations/<n>/``
and then switches one symlink, ``current``, with a single ``rename`` — the
only step that changes what readers see.  The stable names readers open
(``OUT/graph.json``, ``OUT/cypher.lbdb``, ...) are symlinks through
``current``, so they always show one whole build::

    OUT/.lock  cache.sqlite  generations/<n>/  current -> generations/<n>
    OUT/graph.json -> current/graph.json   (and the other stable names)

The lock (``fcntl.flock`` on ``OUT/.lock``) keeps a second build from writing
into the same folder at once; ``clean`` removes what killed builds left behind.
"""
from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

from .errors import BuildFolderError, FolderLockedError, NoSpaceError

OUTPUTS = ("graph.json", "graph.jsonl", "graph.nt", "build.json", "cypher.lbdb", "rdf-store")
GENERATIONS = "generations"
CURRENT = "current"
LOCK = ".lock"


class BuildFolder:
    """One OUT folder: its generations, the ``current`` pointer and the lock."""

    def __init__(self, root: str | Path):
        self.root = Path(root)
        self.generations = self.root / GENERATIONS
        self._lock_fd: int | None = None

    # ---- the lock -------------------------------------------------------------------------------
    @contextlib.contextmanager
    def locked(self, wait: bool = False, on_wait=None) -> Iterator[None]:
        """Hold ``OUT/.lock`` for the block; a held lock means another build: wait or raise E081."""
        if self.root.exists() and not self.root.is_dir():
            raise BuildFolderError(f"{self.root} is a file, not a build folder",
                                   "give --out a folder (new or made by graphkit build)")
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.root / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _holder(fd)
                if not wait:
                    raise FolderLockedError(
                        f"{self.root} is in use by another graphkit process (pid {holder})") from None
                if on_wait:
                    on_wait(holder)
                fcntl.flock(fd, fcntl.LOCK_EX)
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
            self._lock_fd = fd
            yield
        finally:
            self._lock_fd = None
            os.close(fd)  # closing releases the flock

    # ---- generations ----------------------------------------------------------------------------
    def current(self) -> Path | None:
        """The generation folder ``current`` points to, or None before the first build."""
        link = self.root / CURRENT
        if not link.is_symlink():
            return None
        target = self.root / os.readlink(link)
        return target if target.is_dir() else None

    def numbers(self) -> list[int]:
        if not self.generations.is_dir():
            return []
        return sorted(int(p.name) for p in self.generations.iterdir() if p.name.isdigit())

    def new_generation(self) -> Path:
        """A fresh, empty ``generations/<n>`` numbered above every one that exists."""
        self.generations.mkdir(parents=True, exist_ok=True)
        n = max(self.numbers(), default=0) + 1
        gen = self.generations / str(n)
        shutil.rmtree(gen, ignore_errors=True)
        gen.mkdir()
        return gen

    def publish(self, gen: Path) -> None:
        """Make ``gen`` the current build: fsync it, switch ``current`` by rename, then tidy up.

        Until the ``os.replace`` of ``current`` readers see the previous build
        whole; from it on they see the new one whole.
        """
        _fsync_tree(gen)
        self._ensure_links(gen)
        tmp = self.root / f".{CURRENT}.{os.getpid()}.tmp"
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        os.symlink(f"{GENERATIONS}/{gen.name}", tmp)
        os.replace(tmp, self.root / CURRENT)
        _fsync_dir(self.root)
        for name in OUTPUTS:  # a stable name with nothing behind it (e.g. --no-stores) goes
            link = self.root / name
            if link.is_symlink() and not (gen / name).exists():
                link.unlink()
        self.clean()

    def _ensure_links(self, gen: Path) -> None:
        """Stable names as symlinks through ``current`` (each made by rename, so never missing)."""
        for name in OUTPUTS:
            link = self.root / name
            if not (gen / name).exists() or (link.is_symlink() and os.readlink(link) == f"{CURRENT}/{name}"):
                continue
            tmp = self.root / f".{name}.link.tmp"
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            os.symlink(f"{CURRENT}/{name}", tmp)
            if link.is_dir() and not link.is_symlink():  # a flat-layout folder: rename cannot replace it
                link.rename(self.root / f".{name}.old")
            os.replace(tmp, link)

    # ---- upgrading and cleaning -----------------------------------------------------------------
    def migrate_flat(self) -> Path | None:
        """A folder written before generations (real files at OUT/graph.json ...) becomes generation 1.

        Files are hard-linked into the generation and then replaced by a symlink
        in one rename, so a kill during the move still leaves every output readable.
        """
        flat = [n for n in OUTPUTS if (self.root / n).exists() and not (self.root / n).is_symlink()]
        if not flat:
            return None
        gen = self.current() or self.new_generation()
        if self.current() is None:
            tmp = self.root / f".{CURRENT}.{os.getpid()}.tmp"
            os.symlink(f"{GENERATIONS}/{gen.name}", tmp)
            os.replace(tmp, self.root / CURRENT)
        for name in flat:
            src, dst = self.root / name, gen / name
            if src.is_dir():
                shutil.rmtree(dst, ignore_errors=True)
                shutil.copytree(src, dst)
            else:
                with contextlib.suppress(FileNotFoundError):
                    dst.unlink()
                os.link(src, dst)
        for side in (".wal", ".shadow"):  # a flat store's side files stay with it, never beside the new link
            with contextlib.suppress(FileNotFoundError):
                os.replace(self.root / f"cypher.lbdb{side}", gen / f"cypher.lbdb{side}")
        self._ensure_links(gen)
        self.clean()
        return gen

    def clean(self) -> list[str]:
        """Remove what killed builds leave: temp files and folders, old and half-written generations."""
        removed: list[str] = []
        cur = self.current()
        for p in self.root.iterdir() if self.root.is_dir() else ():
            stale = (p.name.startswith(".") and (p.name.endswith(".tmp") or p.name.endswith(".old")
                                                 or ".tmp." in p.name)) \
                or p.name in ("cypher.lbdb.wal", "cypher.lbdb.shadow")  # side files of the link, never of a store
            if stale:
                _remove(p)
                removed.append(p.name)
        for n in self.numbers():
            gen = self.generations / str(n)
            if cur is None or gen.resolve() != cur.resolve():
                _remove(gen)
                removed.append(f"{GENERATIONS}/{n}")
        return removed


def _holder(fd: int) -> str:
    with contextlib.suppress(OSError, ValueError):
        return os.pread(fd, 32, 0).decode().strip() or "unknown"
    return "unknown"


def _remove(p: Path) -> None:
    if p.is_dir() and not p.is_symlink():
        shutil.rmtree(p, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(root: Path) -> None:
    """Flush every file of a generation before it becomes visible (a power cut keeps it whole)."""
    for folder, _, files in os.walk(root):
        for name in files:
            with contextlib.suppress(OSError):
                fd = os.open(os.path.join(folder, name), os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
        _fsync_dir(Path(folder))


def is_no_space(exc: BaseException) -> bool:
    """A full disk, however the layer below reports it (OSError, SQLite, a store's wrapped error)."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        text = str(exc).lower()
        if "disk is full" in text or "no space left" in text:
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def no_space(out: Path, exc: BaseException) -> NoSpaceError:
    return NoSpaceError(f"no space left in {out} ({type(exc).__name__}: {str(exc).splitlines()[0][:120]})")


def timestamp() -> str:
    return time.strftime("%Y%m%d-%H%M%S")
