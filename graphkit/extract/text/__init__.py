"""Text-level readers every stage uses: sentences, boilerplate spans, dates, windows of very long texts.

A stage subpackage of ``graphkit.extract``; see that package's docstring for the order of stages.
"""
