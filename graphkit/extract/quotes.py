"""Direct quotations attributed to their speakers, with topics.  (stub)"""
from __future__ import annotations

from .context import ArticleContext


def extract_statements(ctx: ArticleContext) -> None:
    """Add Statement and Topic nodes and STATED, ABOUT, DURING edges."""
