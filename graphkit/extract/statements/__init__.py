"""Direct quotations, who said them (attribution, speakers) and what they are about (topics).

A stage subpackage of ``graphkit.extract``; see that package's docstring for the order of stages.
"""
