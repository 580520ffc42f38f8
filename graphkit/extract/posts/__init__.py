"""Posts (jabatan) read by their structure: head + unit + jurisdiction, capacity, appositions, pairs, lists.

A stage subpackage of ``graphkit.extract``; see that package's docstring for the order of stages.
"""
