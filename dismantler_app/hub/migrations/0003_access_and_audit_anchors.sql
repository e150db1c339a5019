-- 0003: who may look at head office (its own users and roles, browser sessions, bearer tokens for Prometheus), the
-- nonces of signed requests seen inside the replay window, and the yards' audit-chain heads anchored here.
-- Append-only: once released this file is never edited.

-- Head-office staff. Not yard users: a yard admin has no say here. Roles: viewer (admin page, metrics), admin
-- (the same today; the role a later console's write actions will ask for).
CREATE TABLE hub_users (
    name text PRIMARY KEY CHECK (name ~ '^[a-z0-9][a-z0-9_.-]{0,63}$'),
    password_hash text NOT NULL,
    role text NOT NULL CHECK (role IN ('viewer', 'admin')),
    created_at timestamptz NOT NULL DEFAULT now(),
    password_changed_at timestamptz NOT NULL DEFAULT now()
);

-- A signed-in browser. Only the SHA-256 of the cookie's token is stored, so a read of this table signs nobody in.
-- A password change or a removal ends every session of that user.
CREATE TABLE hub_sessions (
    token_hash text PRIMARY KEY,
    user_name text NOT NULL REFERENCES hub_users (name) ON DELETE CASCADE,
    csrf_token text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);
CREATE INDEX hub_sessions_by_expiry ON hub_sessions (expires_at);

-- Bearer tokens (SHA-256 only) for machines: Prometheus scraping /metrics.
CREATE TABLE hub_tokens (
    token_hash text PRIMARY KEY,
    purpose text NOT NULL CHECK (purpose IN ('metrics')),
    label text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Signatures of signed requests seen recently: a request replayed inside the time window is refused. Shared by
-- every server process on the database; rows older than the window are pruned (they would be refused by time).
CREATE TABLE request_nonces (
    nonce text PRIMARY KEY,
    site_id text NOT NULL,
    seen_at timestamptz NOT NULL
);
CREATE INDEX request_nonces_by_age ON request_nonces (seen_at);

-- The yard's audit-chain head (sequence and hash), signed by the yard and sent with every batch. Within one
-- lineage (the chain since the latest restore; '' before any) a later batch never shows an earlier head and a
-- sequence keeps its hash; a restore declaring where its chain restarted supersedes the anchors after that point,
-- visibly (audit_notices).
CREATE TABLE audit_anchors (
    site_id text NOT NULL REFERENCES yards (site_id),
    lineage text NOT NULL,
    seq bigint NOT NULL CHECK (seq >= 0),
    hash text NOT NULL,
    db_epoch text NOT NULL,
    last_sequence bigint NOT NULL,  -- the outbox position of the batch that carried it
    batch_hash text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    superseded_at timestamptz,
    PRIMARY KEY (site_id, lineage, seq)
);
CREATE INDEX audit_anchors_live ON audit_anchors (site_id, seq) WHERE superseded_at IS NULL;

-- What head office noticed about a yard's audit chain: a rewound or rewritten head (refused as evidence, shown
-- to staff and to the yard), or a restore (shown to staff).
CREATE TABLE audit_notices (
    id bigserial PRIMARY KEY,
    site_id text NOT NULL REFERENCES yards (site_id),
    db_epoch text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('rewound', 'rewritten', 'restored')),
    detail text NOT NULL,
    batch_hash text NOT NULL,
    noticed_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (site_id, batch_hash, kind)
);
