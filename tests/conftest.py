"""Shared test set-up: the Hypothesis profiles.

``dev`` (the default) keeps the property suite fast; ``ci`` runs at least
500 examples per property and is chosen when the ``CI`` environment
variable is set (``CI=true``), as CI services do. ``HYPOTHESIS_PROFILE``
overrides the choice (``explore``: 2,000 fresh examples, pinned examples skipped).

``ci`` draws the same examples on every run (``derandomize``): a red build then
means the change broke something, not that this run drew a rare input. Fresh
inputs are ``explore``'s job, and each input it finds broken becomes an
``@example`` of its property, which every profile replays.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, settings

settings.register_profile(
    "dev",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "ci",
    max_examples=500,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
# Bug hunting: many examples, without replaying the pinned @example cases
# (they stop a property at its first known failure).
settings.register_profile(
    "explore",
    parent=settings.get_profile("ci"),
    max_examples=2000,
    derandomize=False,
    phases=[Phase.generate, Phase.target, Phase.shrink, Phase.explain],
    database=None,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))
