"""Test configuration shared by the whole suite: the Hypothesis profiles.

"ci" is the default: no per-example deadline (a parse of a generated page may
take longer on a busy machine without being wrong) and a modest number of
examples so the suite stays quick. Pick another with HYPOTHESIS_PROFILE=thorough.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    deadline=None,
    max_examples=40,
    # Generated pages are large by design; generating them is not a defect.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "thorough",
    deadline=None,
    max_examples=1000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
