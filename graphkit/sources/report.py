"""What happened to every input of one read: counts, skips with reasons, warnings.

``ReadWarning`` is a line a reader yields between articles (a repaired record,
a renamed duplicate id): ``read_articles`` files it in the report, so a
reader never has to hold the report itself and stays a plain generator.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import GraphkitError


class ReadWarning(str):
    """A warning line yielded by a reader (``path:line: what was changed``)."""


@dataclass
class ReadReport:
    """What happened to every input: counts, skips with reasons, warnings."""

    read: int = 0
    files: int = 0
    duplicates: int = 0          # articles renamed because an earlier one had their id
    repeated: int = 0            # the same id with the same text again: read once
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def skip(self, error: GraphkitError) -> None:
        self.skipped.append(str(error))

    def to_dict(self) -> dict:
        return {"read": self.read, "files": self.files, "skipped": len(self.skipped),
                "duplicate_ids": self.duplicates, "repeated_articles": self.repeated,
                "skip_reasons": list(self.skipped), "warnings": list(self.warnings)}
