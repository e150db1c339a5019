"""The record store: SQLite through sqlite-utils, the only package that speaks SQL.

``database`` opens files safely and hands out write transactions; ``migrations`` holds the append-only schema; the
other modules map one group of tables each to the domain's values.
"""
