"""One function per user action. Each takes the service context, the acting user, a clock and keyword-only inputs,
checks permissions, and runs in one write transaction together with its audit row and outbox event."""
