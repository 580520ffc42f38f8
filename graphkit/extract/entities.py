"""Officials, offices (HOLDS with capacity), regions and organisations.  (stub)"""
from __future__ import annotations

from .context import ArticleContext


def extract_entities(ctx: ArticleContext) -> None:
    """Add Region, Official, Office, Organization nodes and HOLDS/IN_REGION/PART_OF edges; fill ctx.mentions."""
