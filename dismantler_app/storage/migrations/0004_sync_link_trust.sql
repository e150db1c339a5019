-- 0004: what the yard keeps of its enrolment beyond 0002: the CA that signed head office's TLS certificate (a
-- private CA, given once at enrolment so the desktop worker and `sync push` need no flags), and head office's word
-- that this yard's key was revoked (pushing stops and `sync status` says so). Append-only: never edited once released.

ALTER TABLE sync_link ADD COLUMN hub_ca_path TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_link ADD COLUMN revoked_at TEXT;
ALTER TABLE sync_link ADD COLUMN revoked_detail TEXT NOT NULL DEFAULT '';
