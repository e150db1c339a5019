-- 0002: the yard's side of sync with head office. Append-only: once released this file is never edited.

-- Events written by one service call share a transaction id, so batches are cut only between transactions.
-- NULL (rows written before this column, or by code that does not set it) means "a transaction of its own".
ALTER TABLE outbox ADD COLUMN tx_id TEXT;

-- Where each epoch's sequences start, recorded the first time sync sees the epoch (a restored database keeps
-- numbering from its backup under a new epoch), and head office's cursor for it: the truth about what is delivered.
CREATE TABLE sync_epochs (
    db_epoch TEXT PRIMARY KEY,
    first_sequence INTEGER NOT NULL CHECK (first_sequence >= 1),
    hub_cursor INTEGER NOT NULL DEFAULT 0,
    checked_at TEXT
);

-- Batches as cut and signed: a retry resends exactly the same batch (same hash = same idempotency key), and the
-- next batch chains to the last one of its epoch.
CREATE TABLE sync_batches (
    batch_hash TEXT PRIMARY KEY,
    db_epoch TEXT NOT NULL,
    first_sequence INTEGER NOT NULL,
    last_sequence INTEGER NOT NULL CHECK (last_sequence >= first_sequence),
    previous_batch_hash TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'cut' CHECK (state IN ('cut', 'exported', 'acknowledged')),
    cut_at TEXT NOT NULL,
    exported_to TEXT NOT NULL DEFAULT '',
    acknowledged_at TEXT,
    UNIQUE (db_epoch, first_sequence)
);

-- Events head office refused (a business conflict, an altered resend): listed for a supervisor, never dropped,
-- never blocking the queue.
CREATE TABLE sync_problems (
    event_id TEXT NOT NULL,
    code TEXT NOT NULL,
    db_epoch TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    other_site_id TEXT NOT NULL DEFAULT '',
    other_yard TEXT NOT NULL DEFAULT '',
    other_vin TEXT NOT NULL DEFAULT '',
    reported_at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    resolution TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, code)
);

-- Photo uploads: content-addressed, so a photo head office holds is never sent twice.
CREATE TABLE sync_photos (
    sha256 TEXT PRIMARY KEY,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'uploaded')),
    uploaded_at TEXT
);

-- Enrolment with head office and the worker's last outcome (for `sync status` and the status bar).
CREATE TABLE sync_link (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    hub_url TEXT NOT NULL DEFAULT '',
    hub_signing_key TEXT NOT NULL DEFAULT '',
    hub_sealing_key TEXT NOT NULL DEFAULT '',
    enrolled_at TEXT,
    reference_sequence INTEGER NOT NULL DEFAULT 0,
    last_attempt_at TEXT,
    last_success_at TEXT,
    last_error TEXT NOT NULL DEFAULT '',
    failures INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_link (singleton) VALUES (1);

-- Reference data from head office (registered packs per VIN, receivers, revoked keys, users), newest per key.
CREATE TABLE sync_reference (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    value_json TEXT NOT NULL CHECK (json_valid(value_json)),
    PRIMARY KEY (kind, key)
);
