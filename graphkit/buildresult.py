"""What a build returns: where it wrote, what it read, and the summary written as build.json."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import diagnose
from .model import Graph
from .sources import ReadReport
from .stores import graphdoc


@dataclass
class BuildResult:
    out: Path
    loaded: Graph | None
    report: ReadReport
    extracted: int = 0
    unchanged: int = 0
    merges: dict = field(default_factory=dict)
    stores: dict = field(default_factory=dict)
    changes: dict = field(default_factory=dict)   # added / changed / removed / members
    generation: str | None = None                 # the generation now current (None: nothing written)
    previous: dict | None = None                  # build.json of an unchanged folder (graph not loaded)
    timings: dict = field(default_factory=dict)   # seconds per phase of the generation written
    merge: dict = field(default_factory=dict)     # how the merged graph was made: folded or re-merged
    facts: dict | None = None                     # counts and diagnostics, taken before the graph was let go
    code: str | None = None                       # the post-extraction code that wrote it (codeprint)

    @property
    def graph(self) -> Graph:
        """The resolved graph.  Read from OUT on first use when the build had nothing to write, or let its graph go
        before the stores (``buildjob.RELEASE_GRAPH_OVER``): then it is the graph the folder holds at that time."""
        if self.loaded is None:
            self.loaded = graphdoc.read_graph(self.out / "graph.json")
        return self.loaded

    def summary(self) -> dict:
        articles = {**self.report.to_dict(), "extracted": self.extracted, "unchanged": self.unchanged,
                    **self.changes}
        if self.previous is not None:  # nothing changed: the counts of the current build, not recomputed
            keep = {k: self.previous.get(k, {}) for k in ("nodes", "edges", "merges", "diagnostics", "stores")}
            return {"out": str(self.out), "articles": articles, **keep, "generation": self.generation,
                    "code": self.previous.get("code")}
        if self.facts is None:  # once: build.json and the command's report both ask (a scan of the whole graph)
            self.facts = {"counts": self.graph.counts(), "diagnostics": diagnose(self.graph)}
        facts = self.facts
        return {"out": str(self.out), "articles": articles, **facts["counts"], "merges": self.merges,
                "diagnostics": facts["diagnostics"], "stores": self.stores, "generation": self.generation,
                "merge": self.merge, "timings": self.timings, "code": self.code}
