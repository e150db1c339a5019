"""Shared by every feature: the task bridge, error reporting and words for refusals, languages, small widgets."""
