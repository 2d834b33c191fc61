"""Scale-out engines for ``aqm run``: ``--engine ray`` (``aqm.scale.ray_engine``).

The local engine (``aqm.pipeline``) stays the default and never imports Ray. The Ray engine
reuses the same planning, per-call work (``aqm.callwork``) and single-writer storing; only
where the calls are worked on changes. ``aqm.scale.options`` and ``aqm.scale.shards`` import
no Ray either.
"""
