"""The resolve stage: nodes that denote the same official, statement, venue or organisation become one.

``fixpoint.resolve`` runs the rules until a pass changes nothing; ``keys`` (name and text keys, matchers),
``plan`` (a plan and its application), ``officials`` with ``variants`` and ``survivors`` (officials and
namesakes), ``rules`` (statements, quote speakers, venues, organisations), ``memo`` (per-block decisions
kept between passes and builds), ``view`` (each pass's sorted buckets, derived from the last pass's) and
``reach`` with ``reach_tables`` and ``reach_officials`` (passes 3…n restricted to what the previous pass's changes
reach) are its parts.  Why it is built this way: ``fixpoint``'s docstring.
"""
from .fixpoint import Plan, apply_plan, fold, make_plan, name_key, resolve, text_key

__all__ = ["resolve", "make_plan", "apply_plan", "Plan", "fold", "name_key", "text_key"]
