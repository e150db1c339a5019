"""User accounts (administrators)."""
