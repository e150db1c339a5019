"""Intake system for vehicle dismantling yards.

The package is layered (checked by import-linter, see pyproject.toml): ``domain`` holds the pure rules;
``storage``, ``scanning``, ``certificates`` and ``sync`` are adapters; ``services`` has one function per user action;
``gui`` and ``cli`` are the two faces; ``composition`` wires them together.
"""

__version__ = "0.1.0"
