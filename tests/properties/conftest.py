"""Hypothesis profiles: short and deterministic in `make test`, long and random in `make fuzz`."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# `make test`: the same examples every run, no deadline (CI machines are slow), a modest count
# so that the whole property suite stays under a minute.
settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    max_examples=int(os.environ.get("PRESSWATCH_EXAMPLES", "200")),
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
# `make fuzz`: >= 100k random examples per stage (override with PRESSWATCH_EXAMPLES).
settings.register_profile(
    "fuzz",
    derandomize=False,
    deadline=None,
    max_examples=int(os.environ.get("PRESSWATCH_EXAMPLES", "100000")),
    database=None,
    suppress_health_check=list(HealthCheck),
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
