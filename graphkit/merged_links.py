"""merged.links: per merged record, the graph.jsonl line that is its resolved line, or -1.

Split from ``merged_file`` (which writes and reads merged.json and its index) to keep each module short: this
is what joins the merged state to the graph files, ``MergedBase.find`` doing the matching.
"""
from __future__ import annotations

from array import array
from pathlib import Path

from .atomic import atomic_write
from .merged_file import MergedBase, Saved

LINKS = "merged.links"


class MergedLinks:
    """Which merged records resolution left as they were, and where their graph.jsonl line is.

    Resolution shares every node and edge its plans leave in place (``apply_plan``), so a resolved
    record that *is* a merged record (same object) has the merged record's value.  ``merged.links``
    keeps, per merged record, the position of its line in the generation's graph.jsonl, or -1.  In
    the next build, a resolved record that is a merged record loaded unchanged from the previous
    merged.json (the fold left it alone) and that was linked there has exactly the previous line:
    it is copied, not encoded (``graphfiles.write_graph_files``).

    ``saved`` holds the merged records as written (nodes by id, then edges by key) and their sorted keys;
    ``link`` is given the resolved records' sorted keys and finds each one's merged namesake by walking
    both key lists forward: no map from object to position (at 100k articles a dict of 2.25M entries,
    ~250 MB held through resolution), and one tight loop instead of a method call per record.
    """

    def __init__(self, base: MergedBase | None, previous: Path | None, saved: Saved) -> None:
        self.base, self.saved = base, saved
        self.before = None
        if base is not None and previous is not None:
            self.before = _read_array(previous / LINKS, "q", len(base.objects))
        self.after = array("q", [-1]) * len(saved.records)

    def previous_lines(self, items: list, node_keys: list, edge_keys: list) -> array | None:
        """Per resolved record (``items``: nodes with the sorted ``node_keys``, then edges with the sorted
        ``edge_keys``), the previous graph.jsonl line that is its line, or -1 (then it is encoded); None when
        the previous generation has no links."""
        if self.before is None:
            return None
        out, before = self.base.find(node_keys, edge_keys, items), self.before
        for i, at in enumerate(out):
            if at >= 0:
                out[i] = before[at]
        return out

    def link(self, node_keys: list, edge_keys: list, items: list) -> None:
        """Note the graph.jsonl line of every merged record that is itself a resolved record: ``items`` are the
        resolved nodes (keys ``node_keys``, sorted) then edges (``edge_keys``, sorted), in line order."""
        records, after = self.saved.records, self.after
        for keys, merged_keys, m0, r0 in ((node_keys, self.saved.node_keys, 0, 0),
                                          (edge_keys, self.saved.edge_keys, len(self.saved.node_keys), len(node_keys))):
            k, stop = 0, len(merged_keys)
            for i, key in enumerate(keys):
                while k < stop and merged_keys[k] < key:
                    k += 1
                if k == stop:
                    break
                if merged_keys[k] == key and records[m0 + k] is items[r0 + i]:
                    after[m0 + k] = r0 + i

    def save(self, gen: Path) -> None:
        with atomic_write(gen / LINKS, "wb") as fh:
            fh.write(self.after.tobytes())


def _read_array(path: Path, code: str, n: int) -> array | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    out = array(code)
    if len(data) != out.itemsize * n:
        return None
    out.frombytes(data)
    return out


__all__ = ["LINKS", "MergedLinks"]
