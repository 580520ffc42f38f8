"""Events (typed, dated, with venue and region), their segmentation, and who LED and ATTENDED them.

A stage subpackage of ``graphkit.extract``; see that package's docstring for the order of stages.
"""
