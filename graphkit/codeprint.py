"""The fingerprint of the code that shapes a build's outputs after extraction.

A build folder keeps what its last build made (the merged state, the resolution memo, the graph files,
the stores), and a build with no new, changed or removed article returns that build as it is; a build
with a few changes folds them into what is kept.  Both are right only while the code that made the kept
state is the code running now.  Extraction has its own fingerprint (``cache.extraction_fingerprint``: rows
of another extractor are extracted again); this one covers everything after it — merge, resolution, the
graph files, the stores and the data tables they read.  ``build.json`` records it, and a build whose
previous generation was made by other code re-merges every member from the cache and writes every output
afresh, with extraction still served from the cache.  Upgrading graphkit therefore never leaves a folder
whose graph disagrees with a build from scratch of the same articles.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

# parts of the package that shape no build output: extraction (fingerprinted by the cache), the command
# line, the HTML view and the bundled queries
_NOT_OUTPUT = frozenset({"extract", "cli", "view", "queries", "__pycache__"})
_SUFFIXES = frozenset({".py", ".ttl", ".csv", ".json", ".tsv", ".txt"})


@lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    """A digest of the source and data files of the post-extraction stages, as this process sees them."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if rel.parts[0] in _NOT_OUTPUT or path.suffix not in _SUFFIXES or not path.is_file():
            continue
        digest.update(rel.as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]
