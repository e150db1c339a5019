-- 0001: head office's schema: enrolled yards, received events and batches, cursors, rejections, projections,
-- reference data, photos. Append-only: once released this file is never edited; changes go into 0002_*.sql.

CREATE TABLE hub_keys (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    signing_key text NOT NULL,   -- Ed25519: receipts and reference data
    sealing_key text NOT NULL,   -- X25519: owner personal data sealed by yards
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE yards (
    site_id text PRIMARY KEY,
    name text NOT NULL,
    public_key text NOT NULL UNIQUE,
    enrolled_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz,
    last_contact timestamptz
);

CREATE TABLE enrolment_tokens (
    token_hash text PRIMARY KEY,
    yard_name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at timestamptz,
    site_id text REFERENCES yards (site_id)
);

-- Per (site, epoch): the highest sequence held without a gap. Only ever moves forward.
CREATE TABLE cursors (
    site_id text NOT NULL REFERENCES yards (site_id),
    db_epoch text NOT NULL,
    epoch_first_sequence bigint NOT NULL CHECK (epoch_first_sequence >= 1),
    contiguous bigint NOT NULL,
    highest bigint NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site_id, db_epoch),
    CHECK (contiguous >= epoch_first_sequence - 1 AND highest >= contiguous)
);

CREATE TABLE events (
    site_id text NOT NULL,
    db_epoch text NOT NULL,
    sequence bigint NOT NULL,
    event_id text NOT NULL UNIQUE,
    hash text NOT NULL,
    type text NOT NULL,
    payload jsonb NOT NULL,
    created_at text NOT NULL,
    tx_id text NOT NULL DEFAULT '',
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site_id, db_epoch, sequence),
    FOREIGN KEY (site_id, db_epoch) REFERENCES cursors (site_id, db_epoch)
);

CREATE TABLE batches (
    batch_hash text PRIMARY KEY,
    site_id text NOT NULL,
    db_epoch text NOT NULL,
    first_sequence bigint NOT NULL,
    last_sequence bigint NOT NULL,
    previous_batch_hash text NOT NULL,
    signature text NOT NULL,
    via text NOT NULL CHECK (via IN ('http', 'bundle')),
    received_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (site_id, db_epoch) REFERENCES cursors (site_id, db_epoch)
);
CREATE INDEX batches_by_end ON batches (site_id, db_epoch, last_sequence);

-- Per-event refusals: business conflicts (a pack active elsewhere) and altered resends. Never blocks a cursor.
CREATE TABLE rejections (
    id bigserial PRIMARY KEY,
    site_id text NOT NULL,
    db_epoch text NOT NULL,
    sequence bigint NOT NULL,
    event_id text NOT NULL,
    code text NOT NULL,
    detail text NOT NULL DEFAULT '',
    other_site_id text NOT NULL DEFAULT '',
    other_yard text NOT NULL DEFAULT '',
    other_vin text NOT NULL DEFAULT '',
    rejected_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (event_id, code)
);
CREATE INDEX rejections_by_position ON rejections (site_id, db_epoch, sequence);

-- Projections, updated in the transaction that advances a cursor, in sequence order.
CREATE TABLE vehicles (
    site_id text NOT NULL,
    intake_id text NOT NULL,
    vin text NOT NULL,
    facts jsonb NOT NULL DEFAULT '{}',
    status text NOT NULL DEFAULT '',
    PRIMARY KEY (site_id, intake_id)
);
CREATE INDEX vehicles_by_vin ON vehicles (vin);

CREATE TABLE owners (
    site_id text NOT NULL,
    intake_id text NOT NULL,
    data jsonb NOT NULL,
    PRIMARY KEY (site_id, intake_id)
);

CREATE TABLE packs (
    code text PRIMARY KEY,
    first_site_id text NOT NULL,
    first_intake_id text NOT NULL
);

CREATE TABLE pack_links (
    site_id text NOT NULL,
    link_id text NOT NULL,
    code text NOT NULL,
    intake_id text NOT NULL,
    vin text NOT NULL,
    linked_sequence bigint NOT NULL,
    unlinked boolean NOT NULL DEFAULT false,
    PRIMARY KEY (site_id, link_id)
);
-- One battery belongs to at most one vehicle at a time across all yards (domain guide): whatever the code does,
-- the second active link of a pack cannot be written.
CREATE UNIQUE INDEX pack_links_one_active ON pack_links (code) WHERE NOT unlinked;

CREATE TABLE certificates (
    site_id text NOT NULL,
    number text NOT NULL,
    intake_id text NOT NULL,
    vin text NOT NULL,
    state text NOT NULL CHECK (state IN ('issued', 'voided')),
    issued_at text NOT NULL,
    qr_text text NOT NULL DEFAULT '',
    void_reason text NOT NULL DEFAULT '',
    PRIMARY KEY (site_id, number)
);

-- Reference data sent back to yards, with its own sequence so a yard asks only for what is new.
CREATE TABLE reference_items (
    sequence bigserial PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('registered_packs', 'receiver', 'revoked_key', 'user')),
    key text NOT NULL,
    value jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE photos (
    sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    site_id text NOT NULL,
    size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
    data bytea NOT NULL DEFAULT '',
    complete boolean NOT NULL DEFAULT false,
    received_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE bundle_imports (
    bundle_hash text PRIMARY KEY,
    site_id text NOT NULL,
    imported_at timestamptz NOT NULL DEFAULT now(),
    receipt jsonb NOT NULL
);
