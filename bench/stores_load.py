"""The embedded store's two load paths on one graph, each in its own process: Parquet files vs parameter rows.

    python bench/stores_load.py FOLDER/graph.json /tmp/gk-stores [--rdf]

Why a child per path: peak RSS is a per-process high-water mark (bench/measure.py).  Prints JSON with
wall, CPU and peak RSS of each path (and of the RDF store with ``--rdf``), and the load average.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import measure  # noqa: E402

CHILD = """
import sys, time
from pathlib import Path
from graphkit.buildstate import fast_graph
from graphkit.stores import embedded, lbdb_parquet, oxigraph
graph = fast_graph(Path(sys.argv[1]))
if sys.argv[3] == "rows":
    lbdb_parquet.available = lambda: False
(oxigraph if sys.argv[3] == "rdf" else embedded).write_store(graph, Path(sys.argv[2]))
"""


def main(graph_json: str, work: str, rdf: bool = False) -> dict:
    out: dict = {"graph": graph_json, "load_before": [round(x, 2) for x in os.getloadavg()]}
    for path in ("parquet", "rows", "graph_only", *(["rdf"] if rdf else [])):
        folder = Path(work) / path
        shutil.rmtree(folder, ignore_errors=True)
        code = CHILD if path != "graph_only" else CHILD.split("if sys.argv[3]")[0]
        r = measure.run([sys.executable, "-c", code, graph_json, str(folder), path])
        out[path] = {"wall_s": r.seconds, "cpu_s": r.cpu_seconds, "peak_rss_mb": r.peak_tree_rss_mb,
                     "returncode": r.returncode, **({"stderr": r.stderr[-300:]} if r.returncode else {})}
    out["load_after"] = [round(x, 2) for x in os.getloadavg()]
    return out


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2], "--rdf" in sys.argv), indent=1))
