"""Regions an article cites (Kemendagri codes), decided from context over the shipped gazetteer.

A stage subpackage of ``graphkit.extract``; see that package's docstring for the order of stages.
"""
