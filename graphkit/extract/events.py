"""Events (typed, dated, with venue and region) and who led or attended them.  (stub)"""
from __future__ import annotations

from .context import ArticleContext


def extract_events(ctx: ArticleContext) -> None:
    """Add Event and Venue nodes and LED, ATTENDED, HELD_AT, IN_REGION edges."""
