"""Imported by the analysis workers' forkserver (see presswatch.parallel): loads the topic model
this process would use, so that every worker forked from the server starts with it in shared
pages instead of loading its own (≈ 0.17 CPU-s and the model's memory per worker).

Best effort: a worker pins the model its parent resolved (`pin_model`) and loads that one itself
when it is another file; any error here is left for the workers to meet (and report) as before.
"""

from __future__ import annotations

import contextlib


def warm() -> None:
    """Load the configured topic model into this process's model cache."""
    from presswatch.topics.model import get_model

    get_model()


with contextlib.suppress(Exception):  # an error here must not stop the forkserver
    warm()
