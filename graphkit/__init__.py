"""graphkit: a knowledge-graph builder for Indonesian news about regional government.

Library first: ``graphkit.pipeline.build`` is the main job; ``graphkit.model``
is the one graph model every stage and store shares.
"""
__version__ = "0.1.0"
