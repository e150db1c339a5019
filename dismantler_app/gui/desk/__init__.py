"""The supervisor desk: the review queue, approving, sending back, certificates."""
