"""Signing in, the lock screen and the idle lock."""
