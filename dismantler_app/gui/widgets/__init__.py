"""Widgets the pages compose: the eligibility banner, the camera preview, the packs table."""
