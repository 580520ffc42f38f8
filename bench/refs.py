"""Reference figures measured in the same run as graphkit's, so every rate has a yardstick on this machine.

Why: a rate alone ("600 articles/s") means little on a shared 2-core box
whose load changes by the minute; the same texts pushed through a trivial
regex pass, or a spaCy pipeline with only an EntityRuler, in the same
minute, say how far graphkit is from the floor and from a common tool.
Likewise graph.nt is written by graphkit's writer, by pyoxigraph's
serializer and by rdflib's, from the same graph.

    python bench/refs.py extract ARTICLES.jsonl [--limit N]   -> JSON on stdout
    python bench/refs.py rdf GRAPH.jsonl                      -> JSON on stdout
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

# A regex pass of about the shape of the cheapest possible "extractor": titles + capitalised names, dates.
NAME = re.compile(r"\b(?:Bupati|Wali Kota|Gubernur|Camat|Pj|Plt|Pjs)\s+(?:[A-Z][\w.-]+\s?){1,4}")
DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{1,2} (?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|"
                  r"September|Oktober|November|Desember) \d{4}\b")
OFFICE_WORDS = ("Bupati", "Wakil Bupati", "Wali Kota", "Wakil Wali Kota", "Gubernur", "Wakil Gubernur", "Camat",
                "Sekretaris Daerah", "Kepala Dinas", "Lurah", "Kapolres", "Dandim")


def _texts(path: Path, limit: int | None) -> list[str]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                out.append((rec.get("title") or "") + "\n\n" + rec["text"])
                if limit and len(out) >= limit:
                    break
    return out


def _rate(n: int, t0: float, c0: float) -> dict:
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"articles": n, "seconds": round(wall, 3), "cpu_seconds": round(cpu, 3),
            "articles_per_s": round(n / wall, 1), "articles_per_cpu_s": round(n / max(cpu, 1e-9), 1)}


def regex_pass(texts: list[str]) -> dict:
    t0, c0 = time.perf_counter(), time.process_time()
    hits = sum(len(NAME.findall(t)) + len(DATE.findall(t)) for t in texts)
    return {**_rate(len(texts), t0, c0), "hits": hits}


def spacy_ruler(texts: list[str]) -> dict:
    """spaCy 'id' blank pipeline + EntityRuler (office patterns, regions from the gazetteer); no model download."""
    try:
        import spacy
    except ImportError:
        return {"skipped": "spacy is not installed (pip install spacy)"}
    import csv
    data = Path(__file__).resolve().parent.parent / "graphkit" / "data" / "regencies.csv"
    with data.open(encoding="utf-8") as fh:
        places = sorted({r["name"] for r in csv.DictReader(fh)})
    nlp = spacy.blank("id")
    ruler = nlp.add_pipe("entity_ruler")
    patterns = [{"label": "GPE", "pattern": p} for p in places]
    patterns += [{"label": "OFFICE", "pattern": [{"LOWER": w.lower()} for w in o.split()]} for o in OFFICE_WORDS]
    patterns.append({"label": "PER", "pattern": [{"TEXT": {"IN": ["Bupati", "Gubernur", "Camat", "Pj", "Plt"]}},
                                                 {"IS_TITLE": True, "OP": "+"}]})
    ruler.add_patterns(patterns)
    t0, c0 = time.perf_counter(), time.process_time()
    ents = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
    return {**_rate(len(texts), t0, c0), "entities": ents, "spacy": spacy.__version__}


def graphkit_extract(texts_path: Path, limit: int | None) -> dict:
    """graphkit's extractor on the same texts, in the same process (1 core), for the ratio."""
    from graphkit.extract import extract_article
    from graphkit.sources import read_articles
    arts = []
    for a in read_articles([str(texts_path)]):
        arts.append(a)
        if limit and len(arts) >= limit:
            break
    t0, c0 = time.perf_counter(), time.process_time()
    for a in arts:
        extract_article(a)
    return _rate(len(arts), t0, c0)


RDFLIB_TRIPLES = 200_000  # rdflib holds ~1 KB a triple: the references use the first triples of graph.nt only


def rdf_writers(graph_path: Path, tmp: Path) -> dict:
    """graph.nt by graphkit's writer (whole graph), pyoxigraph's serializer (from parsed quads) and rdflib's
    (from its parsed graph), both on the first ``RDFLIB_TRIPLES`` triples of the same file."""
    import itertools
    import pyoxigraph as ox
    import rdflib

    from graphkit.stores.graphdoc import read_graph
    from graphkit.stores.ntriples import write_ntriples
    graph = read_graph(graph_path)
    out: dict = {}
    t0 = time.perf_counter()
    n = write_ntriples(graph, tmp / "gk.nt")
    out["graphkit_triples_per_s"] = round(n / (time.perf_counter() - t0))
    with open(tmp / "gk.nt", "rb") as src, open(tmp / "part.nt", "wb") as part:
        part.writelines(itertools.islice(src, RDFLIB_TRIPLES))
    quads = list(ox.parse(path=str(tmp / "part.nt"), format=ox.RdfFormat.N_TRIPLES))
    t0 = time.perf_counter()
    with open(tmp / "ox.nt", "wb") as fh:
        ox.serialize((q.triple for q in quads), fh, ox.RdfFormat.N_TRIPLES)
    out["pyoxigraph_triples_per_s"] = round(len(quads) / (time.perf_counter() - t0))
    del quads
    g = rdflib.Graph()
    g.parse(str(tmp / "part.nt"), format="nt")
    t0 = time.perf_counter()
    g.serialize(str(tmp / "rdflib.nt"), format="nt", encoding="utf-8")
    out["rdflib_triples_per_s"] = round(len(g) / (time.perf_counter() - t0))
    out["triples"], out["reference_triples"] = n, len(g)
    for f in ("gk.nt", "part.nt", "ox.nt", "rdflib.nt"):
        (tmp / f).unlink(missing_ok=True)
    return out


def main(argv: list[str]) -> None:
    import tempfile
    what, path = argv[0], Path(argv[1])
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else None
    if what == "extract":
        texts = _texts(path, limit)
        result = {"regex": regex_pass(texts), "spacy_ruler": spacy_ruler(texts),
                  "graphkit_1_process": graphkit_extract(path, limit)}
    else:
        with tempfile.TemporaryDirectory() as tmp:
            result = rdf_writers(path, Path(tmp))
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
