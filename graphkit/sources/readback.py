"""Read an article's text back from the source its build recorded, verified by sha256.

Why one function for every reader (``view``, ``explain``, ``eval --errors``):
the graph keeps only character offsets, so quoting evidence means reading
the article again.  An Article node records its source (``path``, the file
the build read it from; one file can hold many records: .jsonl, .json, .csv)
and the ``sha256`` of its text.  The text is read back through the very
readers the build used (``read_articles``), the record is picked by its
sha256 (ids may be disambiguated by the build; the hash is what identifies
the text), and anything that does not match is never returned:

* a file edited since the build gives ``changed``, not a wrong sentence;
* a crafted graph whose Article ``path`` points at any local file cannot get
  that file's text copied into a page: the path must be an article format
  the readers know, and its text must hash to the recorded ``sha256``
  (without a recorded sha256 nothing is read: ``unverified``).

A source file is read once (streamed) and only the texts asked for are kept.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

OK, MISSING, CHANGED, UNVERIFIED = "ok", "missing", "changed", "unverified"


@dataclass(frozen=True)
class Recorded:
    """What the build recorded about one article: its id, source path and text hash."""

    article_id: str
    path: str | None
    sha256: str | None

    @classmethod
    def from_props(cls, article_id: str, props: Mapping | None) -> Recorded:
        props = props or {}
        path, digest = props.get("path"), props.get("sha256")
        return cls(article_id, str(path) if isinstance(path, str) and path else None,
                   str(digest) if isinstance(digest, str) and digest else None)


def _article_format(path: Path) -> bool:
    from . import KNOWN
    return path.suffix.lower() in KNOWN


def candidates(raw: str, roots: Iterable[Path]) -> list[Path]:
    """Where a recorded path may be now: as given, then under each root (and by file name)."""
    path = Path(raw)
    if path.is_absolute():
        return [path]
    roots = list(roots)
    return [path, *(r / path for r in roots), *(r / path.name for r in roots)]


class SourceTexts:
    """Article texts read back from their recorded sources, cached per source file.

    ``articles`` maps article ids (``article:...``) to what the build recorded
    (a ``Recorded``, or the Article node's properties); ``extra`` are files to
    look in too (``explain --articles``); ``roots`` are folders where a
    relative path may be resolved (the graph's folder and its parent).
    """

    def __init__(self, articles: Mapping[str, Recorded | Mapping], *, roots: Iterable[Path] = (),
                 extra: Iterable[str | Path] = ()):
        self.recorded = {aid: r if isinstance(r, Recorded) else Recorded.from_props(aid, r)
                         for aid, r in articles.items()}
        self.roots = [Path(r) for r in roots]
        self.extra = [Path(p) for p in extra]
        self._files: dict[Path, dict[str, str]] = {}   # resolved file -> sha256 -> text (wanted ones only)
        self._scanned: dict[Path, set[str]] = {}        # resolved file -> the sha256s it was read for
        self._want: set[str] = set()
        self._results: dict[str, tuple[str | None, str]] = {}

    def want(self, article_ids: Iterable[str]) -> SourceTexts:
        """Say which articles will be asked for, so a file holding many is read once for all of them.

        Without it each article not yet seen costs one more pass over its file;
        with it memory holds only these texts, not a whole corpus's.
        """
        self._want |= {self.recorded[a].sha256 for a in article_ids
                       if a in self.recorded and self.recorded[a].sha256}
        return self

    @classmethod
    def of_graph(cls, graph, **kw) -> SourceTexts:
        """For a ``graphkit.model.Graph``: its Article nodes."""
        return cls({n.id: n.properties for n in graph.nodes.values() if "Article" in n.labels}, **kw)

    def get(self, article_id: str) -> tuple[str | None, str]:
        """``(text, status)``; status is ok, missing, changed or unverified (text is None unless ok)."""
        if article_id not in self._results:
            self._results[article_id] = self._find(article_id)
        return self._results[article_id]

    def text(self, article_id: str) -> str | None:
        return self.get(article_id)[0]

    def source(self, article_id: str) -> Path | None:
        """The file an article's text was verified in (None when it was not)."""
        rec = self.recorded.get(article_id)
        if rec is None or rec.sha256 is None or self.get(article_id)[1] != OK:
            return None
        for f in self._files_for(rec):
            if rec.sha256 in self._files.get(f, {}):
                return f
        return None

    def _files_for(self, rec: Recorded) -> list[Path]:
        """Recorded path candidates (article files only), then the extra files or folders given."""
        found: list[Path] = []
        paths = candidates(rec.path, self.roots) if rec.path else []
        for cand in [*paths, *self.extra]:
            try:
                if (cand.is_file() and _article_format(cand)) or (cand in self.extra and cand.is_dir()):
                    resolved = cand.resolve()
                    if resolved not in found:
                        found.append(resolved)
            except OSError:
                continue
        return found

    def _find(self, article_id: str) -> tuple[str | None, str]:
        rec = self.recorded.get(article_id)
        if rec is None:
            return None, MISSING
        files = self._files_for(rec)
        if not files:
            return None, MISSING
        if rec.sha256 is None:
            return None, UNVERIFIED
        self._want.add(rec.sha256)
        for f in files:
            text = self._load(f, rec.sha256).get(rec.sha256)
            if text is not None:
                return text, OK
        return None, CHANGED

    def _load(self, path: Path, digest: str | None = None) -> dict[str, str]:
        """The texts in ``path`` (a file, or a folder given as extra) with a wanted sha256.

        Streamed; only wanted texts are kept; read again only for a digest not looked for before."""
        if path not in self._files or (digest is not None and digest not in self._scanned[path]):
            from . import ReadReport, read_articles
            from .decode import sha256
            wanted, kept = set(self._want), {}
            self._scanned[path] = wanted
            try:
                for art in read_articles([path], ReadReport()):
                    found = art.sha256 or sha256(art.text)
                    if found in wanted:
                        kept.setdefault(found, art.text)
            except Exception:  # noqa: BLE001 - a source that no longer reads is simply not a source
                kept = {}
            self._files[path] = kept
        return self._files[path]


def read_back(article_id: str, props: Mapping | None, *, roots: Iterable[Path] = ()) -> tuple[str | None, str]:
    """One article's text from its recorded source, or ``(None, status)``; see ``SourceTexts``."""
    return SourceTexts({article_id: props or {}}, roots=roots).get(article_id)


def roots_of(graph_path: str | Path | None) -> list[Path]:
    """Folders where relative Article paths may be resolved: cwd, the graph's folder and its parent."""
    roots = [Path.cwd()]
    if graph_path is not None:
        p = Path(graph_path).absolute()   # not resolve(): OUT/graph.json may link into OUT/generations/<n>/
        folder = p if p.is_dir() else p.parent
        roots += [folder, folder.parent]
    return roots
