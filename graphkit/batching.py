"""Fixed-size batches of a stream: how extraction hands articles to workers and stores take rows.

One generator for every stage that must keep memory bounded on large inputs:
it holds one batch at a time, never the whole stream.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator


def chunks(items: Iterable, size: int) -> Iterator[list]:
    """Lists of ``size`` consecutive items (the last one shorter), in order."""
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
