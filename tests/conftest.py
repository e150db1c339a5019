"""Settings for the whole suite.

Property-based tests run without hypothesis' per-example deadline (a time limit makes the result depend on the
machine's load; speed is measured in ``benchmarks/``, not asserted) and draw their examples from a fixed seed, so
that every run of ``make test`` checks the same cases and a failure repeats. To explore new examples, run
``HYPOTHESIS_PROFILE=explore .venv/bin/python -m pytest tests/domain`` (fresh examples each run)."""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("repeatable", deadline=None, derandomize=True)
settings.register_profile("explore", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))
