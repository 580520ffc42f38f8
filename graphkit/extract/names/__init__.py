"""Personal names: honorifics, degrees, initials, aliases, the name closing a title run, misspellings.

A stage subpackage of ``graphkit.extract``; see that package's docstring for the order of stages.
"""
