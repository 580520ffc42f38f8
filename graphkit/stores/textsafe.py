"""Text that every export format can hold, whatever an article contained.

Why: article text is untrusted and kept verbatim in the graph (evidence
offsets index it), but XML 1.0 cannot carry most C0 control characters
(``\\f``, ``\\x1b``, NUL) at all, escaped or not, and no UTF-8 file can carry
a lone surrogate.  GraphML and GEXF replace what XML cannot hold with U+FFFD
(the standard replacement character), so the file always parses; JSON and CSV
keep control characters (both formats escape or quote them) and replace only
lone surrogates.
"""
from __future__ import annotations

import re
from typing import Any

_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def xml_safe(value: Any) -> Any:
    """``value`` with every character XML 1.0 forbids replaced by U+FFFD (non-strings unchanged)."""
    if isinstance(value, str) and _XML_ILLEGAL.search(value):
        return _XML_ILLEGAL.sub(REPLACEMENT, value)
    return value


def utf8_safe(value: Any) -> Any:
    """``value`` with lone surrogates replaced by U+FFFD, so it encodes as UTF-8 (non-strings unchanged)."""
    if isinstance(value, str) and _SURROGATE.search(value):
        return _SURROGATE.sub(REPLACEMENT, value)
    return value
