-- 0001: the yard's records, the audit chain and the outbox.
-- Append-only: once released this file is never edited; later changes go into 0002_*.sql and onwards.
-- Invariants that a bug or a hand edit must not break live here as constraints and triggers; trigger messages are
-- stable codes (the store maps them to typed errors), not sentences.

CREATE TABLE yard (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    yard_id TEXT NOT NULL,
    code TEXT NOT NULL CHECK (code GLOB '[A-Z0-9]*' AND length(code) BETWEEN 2 AND 8),
    name TEXT NOT NULL,
    licence_number TEXT NOT NULL DEFAULT '',
    uscc TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    market TEXT NOT NULL CHECK (market IN ('cn', 'eu', 'us')),
    policies_json TEXT NOT NULL CHECK (json_valid(policies_json)),
    site_id TEXT NOT NULL,
    db_epoch TEXT NOT NULL
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL,
    roles TEXT NOT NULL CHECK (json_valid(roles)),
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at TEXT NOT NULL
);

CREATE TABLE intakes (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('open', 'submitted', 'approved', 'certified', 'cancelled')),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES users (id),
    updated_at TEXT NOT NULL,
    -- owner (personal data)
    owner_name TEXT NOT NULL DEFAULT '',
    owner_id_number TEXT NOT NULL DEFAULT '',
    owner_phone TEXT NOT NULL DEFAULT '',
    owner_address TEXT NOT NULL DEFAULT '',
    -- documents and checks
    documents_received TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(documents_received)),
    mortgage_check TEXT NOT NULL DEFAULT 'not_done' CHECK (mortgage_check IN ('not_done', 'clear', 'flagged')),
    theft_check TEXT NOT NULL DEFAULT 'not_done' CHECK (theft_check IN ('not_done', 'clear', 'flagged')),
    identifier_check TEXT NOT NULL DEFAULT 'not_done'
        CHECK (identifier_check IN ('not_done', 'clear', 'flagged')),
    owner_statement_battery_missing INTEGER NOT NULL DEFAULT 0 CHECK (owner_statement_battery_missing IN (0, 1)),
    -- vehicle facts
    vin TEXT NOT NULL,
    plate TEXT NOT NULL DEFAULT '',
    vehicle_type TEXT NOT NULL DEFAULT '',
    use_character TEXT NOT NULL DEFAULT '',
    brand TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    engine_number TEXT NOT NULL DEFAULT '',
    powertrain TEXT NOT NULL CHECK (powertrain IN ('ice', 'hev', 'phev', 'erev', 'bev', 'fcev')),
    fuel TEXT NOT NULL,
    registration_date TEXT,
    curb_mass_kg REAL,
    weighed_mass_kg REAL,
    battery_swap_model INTEGER NOT NULL DEFAULT 0 CHECK (battery_swap_model IN (0, 1)),
    frame_present INTEGER NOT NULL DEFAULT 1 CHECK (frame_present IN (0, 1)),
    engine_present INTEGER NOT NULL DEFAULT 1 CHECK (engine_present IN (0, 1))
);
CREATE INDEX intakes_by_vin ON intakes (vin);
CREATE INDEX intakes_by_plate ON intakes (plate) WHERE plate != '';
CREATE INDEX intakes_by_created ON intakes (created_at);

CREATE TABLE expected_packs (
    intake_id TEXT PRIMARY KEY REFERENCES intakes (id),
    source TEXT NOT NULL CHECK (source IN ('registered', 'model', 'declared')),
    count INTEGER CHECK (count IS NULL OR count >= 0),
    declared_by TEXT REFERENCES users (id),
    confirmed_by TEXT REFERENCES users (id),
    confirmed_at TEXT
);

CREATE TABLE expected_pack_codes (
    intake_id TEXT NOT NULL REFERENCES expected_packs (intake_id),
    code TEXT NOT NULL,
    PRIMARY KEY (intake_id, code)
) WITHOUT ROWID;

CREATE TABLE photos (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    size_bytes INTEGER NOT NULL,
    media_type TEXT NOT NULL DEFAULT '',
    stored_at TEXT NOT NULL
);

CREATE TABLE intake_photos (
    intake_id TEXT NOT NULL REFERENCES intakes (id),
    sha256 TEXT NOT NULL REFERENCES photos (sha256),
    kind TEXT NOT NULL CHECK (kind IN ('exterior', 'vin', 'battery_label', 'damage', 'after_dismantling')),
    pack_code TEXT NOT NULL DEFAULT '',
    taken_at TEXT NOT NULL,
    taken_by TEXT NOT NULL REFERENCES users (id),
    PRIMARY KEY (intake_id, sha256, kind)
);

CREATE TABLE scanned_packs (
    id TEXT PRIMARY KEY,
    intake_id TEXT NOT NULL REFERENCES intakes (id),
    code TEXT NOT NULL,
    raw_payload TEXT NOT NULL,
    symbology TEXT NOT NULL DEFAULT '',
    scanned_at TEXT NOT NULL,
    station TEXT NOT NULL DEFAULT '',
    operator TEXT NOT NULL REFERENCES users (id),
    photo_sha256 TEXT REFERENCES photos (sha256),
    UNIQUE (intake_id, code)
);
CREATE INDEX scanned_packs_by_code ON scanned_packs (code);

-- The active link of a pack to a vehicle. One battery belongs to at most one vehicle at a time (domain guide;
-- head office checks the same across yards): the partial unique index holds it whatever the code above does.
CREATE TABLE pack_links (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    intake_id TEXT NOT NULL REFERENCES intakes (id),
    vin TEXT NOT NULL,
    linked_at TEXT NOT NULL,
    unlinked_at TEXT
);
CREATE UNIQUE INDEX pack_links_one_active_vehicle ON pack_links (code) WHERE unlinked_at IS NULL;
CREATE INDEX pack_links_by_intake ON pack_links (intake_id);

CREATE TABLE replacements (
    id TEXT PRIMARY KEY,
    intake_id TEXT NOT NULL REFERENCES intakes (id),
    expected_code TEXT NOT NULL,
    scanned_code TEXT NOT NULL,
    document_ref TEXT NOT NULL CHECK (length(trim(document_ref)) > 0),
    resolved_by TEXT NOT NULL REFERENCES users (id),
    resolved_at TEXT NOT NULL,
    UNIQUE (intake_id, expected_code)
);

CREATE TABLE triage (
    intake_id TEXT NOT NULL REFERENCES intakes (id),
    pack_code TEXT NOT NULL,
    damage TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(damage)),
    insulation_mohm REAL,
    voltage_v REAL,
    soc_percent REAL CHECK (soc_percent IS NULL OR soc_percent BETWEEN 0 AND 100),
    bms_codes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(bms_codes)),
    risk_class TEXT NOT NULL CHECK (risk_class IN ('normal', 'elevated', 'high')),
    quarantine_location TEXT NOT NULL DEFAULT '',
    triaged_by TEXT NOT NULL REFERENCES users (id),
    triaged_at TEXT NOT NULL,
    PRIMARY KEY (intake_id, pack_code)
);

-- Gapless certificate numbers per yard code and year: the counter moves in the same transaction as the insert,
-- and the triggers below refuse any number that is not exactly the next one.
CREATE TABLE certificate_counters (
    yard_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    last_seq INTEGER NOT NULL CHECK (last_seq >= 0),
    PRIMARY KEY (yard_code, year)
) WITHOUT ROWID;

CREATE TABLE certificates (
    number TEXT PRIMARY KEY,
    intake_id TEXT NOT NULL REFERENCES intakes (id),
    yard_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL CHECK (seq >= 1),
    state TEXT NOT NULL CHECK (state IN ('issued', 'voided')),
    issued_at TEXT NOT NULL,
    issued_by TEXT NOT NULL REFERENCES users (id),
    swap_model_exempt INTEGER NOT NULL DEFAULT 0 CHECK (swap_model_exempt IN (0, 1)),
    voided_at TEXT,
    voided_by TEXT REFERENCES users (id),
    void_reason TEXT,
    reprint_count INTEGER NOT NULL DEFAULT 0 CHECK (reprint_count >= 0),
    UNIQUE (yard_code, year, seq),
    CHECK (number = yard_code || '-' || year || '-' || printf('%06d', seq)),
    CHECK (state = 'issued' OR length(trim(coalesce(void_reason, ''))) > 0)
);
CREATE UNIQUE INDEX certificates_one_issued_per_intake ON certificates (intake_id) WHERE state = 'issued';

CREATE TRIGGER certificates_number_is_next
BEFORE INSERT ON certificates
WHEN NEW.seq != coalesce(
    (SELECT last_seq FROM certificate_counters WHERE yard_code = NEW.yard_code AND year = NEW.year), 0) + 1
BEGIN
    SELECT RAISE(ABORT, 'certificate_number_not_next');
END;

CREATE TRIGGER certificates_advance_counter
AFTER INSERT ON certificates
BEGIN
    INSERT INTO certificate_counters (yard_code, year, last_seq) VALUES (NEW.yard_code, NEW.year, NEW.seq)
    ON CONFLICT (yard_code, year) DO UPDATE SET last_seq = excluded.last_seq;
END;

-- The vehicle-battery rule as far as SQL can see it (Interim Measures on waste NEV power batteries, 2026; MOFCOM
-- Implementation Rules 2020 Art. 20): the service computes the full rule in the same transaction; these triggers
-- stop a certificate that bypasses it. The policy is read from the yard's stored policies.
CREATE VIEW battery_rule_scope AS
SELECT
    i.id AS intake_id,
    coalesce(json_extract(y.policies_json, '$.battery_rule'), 1) = 1
    AND NOT (i.battery_swap_model = 1 AND coalesce(json_extract(y.policies_json, '$.swap_model_exempt'), 1) = 1)
    AND NOT (i.owner_statement_battery_missing = 1
             AND coalesce(json_extract(y.policies_json, '$.owner_statement_allowed'), 0) = 1)
    AS applies,
    i.powertrain IN ('bev', 'phev', 'erev', 'fcev')
    OR (i.powertrain = 'hev' AND coalesce(json_extract(y.policies_json, '$.hev_handling'), '') = 'as_nev')
    AS needs_traction_pack,
    i.powertrain IN ('bev', 'phev', 'erev', 'fcev')
    OR (i.powertrain = 'hev' AND coalesce(json_extract(y.policies_json, '$.hev_handling'), '') != 'record_only')
    AS expected_packs_block
FROM intakes AS i LEFT JOIN yard AS y ON y.singleton = 1;

CREATE TRIGGER certificates_refuse_missing_pack
BEFORE INSERT ON certificates
WHEN (SELECT applies AND expected_packs_block FROM battery_rule_scope WHERE intake_id = NEW.intake_id)
AND (
    EXISTS (
        SELECT 1 FROM expected_pack_codes AS e
        WHERE e.intake_id = NEW.intake_id
        AND NOT EXISTS (SELECT 1 FROM scanned_packs AS s WHERE s.intake_id = e.intake_id AND s.code = e.code)
        AND NOT EXISTS (SELECT 1 FROM replacements AS r WHERE r.intake_id = e.intake_id AND r.expected_code = e.code)
    )
    OR coalesce((SELECT count FROM expected_packs WHERE intake_id = NEW.intake_id
                 AND NOT EXISTS (SELECT 1 FROM expected_pack_codes AS c WHERE c.intake_id = NEW.intake_id)), 0)
       > (SELECT count(*) FROM scanned_packs WHERE intake_id = NEW.intake_id)
)
BEGIN
    SELECT RAISE(ABORT, 'pack_missing');
END;

CREATE TRIGGER certificates_refuse_nev_without_pack
BEFORE INSERT ON certificates
WHEN (SELECT applies AND needs_traction_pack FROM battery_rule_scope WHERE intake_id = NEW.intake_id)
AND NOT EXISTS (SELECT 1 FROM scanned_packs WHERE intake_id = NEW.intake_id)
BEGIN
    SELECT RAISE(ABORT, 'no_traction_pack');
END;

CREATE TRIGGER certificates_refuse_pack_linked_elsewhere
BEFORE INSERT ON certificates
WHEN EXISTS (
    SELECT 1 FROM scanned_packs AS s JOIN pack_links AS l ON l.code = s.code AND l.unlinked_at IS NULL
    WHERE s.intake_id = NEW.intake_id AND l.intake_id != NEW.intake_id
)
BEGIN
    SELECT RAISE(ABORT, 'pack_linked_elsewhere');
END;

-- A certificate is evidence: it can be voided with a reason, never deleted or rewritten.
CREATE TRIGGER certificates_no_delete
BEFORE DELETE ON certificates
BEGIN
    SELECT RAISE(ABORT, 'certificate_delete_forbidden');
END;

CREATE TRIGGER certificates_immutable
BEFORE UPDATE ON certificates
WHEN NEW.number IS NOT OLD.number OR NEW.intake_id IS NOT OLD.intake_id OR NEW.yard_code IS NOT OLD.yard_code
    OR NEW.year IS NOT OLD.year OR NEW.seq IS NOT OLD.seq OR NEW.issued_at IS NOT OLD.issued_at
    OR NEW.issued_by IS NOT OLD.issued_by OR NEW.swap_model_exempt IS NOT OLD.swap_model_exempt
    OR (OLD.state = 'voided' AND (NEW.state != 'voided' OR NEW.void_reason IS NOT OLD.void_reason))
    OR NEW.reprint_count < OLD.reprint_count
BEGIN
    SELECT RAISE(ABORT, 'certificate_immutable');
END;

CREATE TABLE pack_handovers (
    id TEXT PRIMARY KEY,
    intake_id TEXT NOT NULL REFERENCES intakes (id),
    pack_code TEXT NOT NULL,
    receiver_name TEXT NOT NULL CHECK (length(trim(receiver_name)) > 0),
    receiver_uscc TEXT NOT NULL CHECK (length(receiver_uscc) = 18),
    handed_over_on TEXT NOT NULL,
    recorded_by TEXT NOT NULL REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    UNIQUE (intake_id, pack_code)
);
CREATE INDEX pack_handovers_by_date ON pack_handovers (handed_over_on);

-- Traceability reports made (2018 traceability rules Art. 13): what was uploaded, so the deadline list drops it.
CREATE TABLE reports (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('certificate', 'pack_outbound')),
    subject TEXT NOT NULL,
    reported_on TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    UNIQUE (kind, subject)
);

-- The audit log: append-only, each row chained to the previous one by SHA-256 (see storage/audit.py).
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    before_json TEXT NOT NULL,
    after_json TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
-- The head of the chain, so that removing the newest rows is caught too.
CREATE TABLE audit_head (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    last_seq INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_append_only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_append_only');
END;

-- The transactional outbox: events head office must see, written in the same transaction as the change.
-- (site_id, db_epoch, sequence) names an event; a restore mints a new epoch so that a sequence is never reused.
CREATE TABLE outbox (
    sequence INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL UNIQUE,
    site_id TEXT NOT NULL,
    db_epoch TEXT NOT NULL,
    type TEXT NOT NULL,
    payload_json TEXT NOT NULL CHECK (json_valid(payload_json)),
    created_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'exported', 'delivered'))
);
CREATE INDEX outbox_pending ON outbox (sequence) WHERE state != 'delivered';
-- The sequence has no gaps, even when delivered events are pruned or two writers race: a counter row moves in
-- the same transaction and the trigger refuses any sequence that is not exactly the next one.
CREATE TABLE outbox_head (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    last_sequence INTEGER NOT NULL CHECK (last_sequence >= 0)
);
INSERT INTO outbox_head (singleton, last_sequence) VALUES (1, 0);
CREATE TRIGGER outbox_sequence_is_next BEFORE INSERT ON outbox
WHEN NEW.sequence != (SELECT last_sequence FROM outbox_head) + 1
BEGIN
    SELECT RAISE(ABORT, 'outbox_sequence_not_next');
END;
CREATE TRIGGER outbox_advance_head AFTER INSERT ON outbox
BEGIN
    UPDATE outbox_head SET last_sequence = NEW.sequence;
END;
CREATE TRIGGER outbox_events_immutable BEFORE UPDATE ON outbox
WHEN NEW.sequence IS NOT OLD.sequence OR NEW.event_id IS NOT OLD.event_id OR NEW.site_id IS NOT OLD.site_id
    OR NEW.db_epoch IS NOT OLD.db_epoch OR NEW.type IS NOT OLD.type OR NEW.payload_json IS NOT OLD.payload_json
    OR NEW.created_at IS NOT OLD.created_at
    OR (OLD.state = 'delivered' AND NEW.state != 'delivered')
BEGIN
    SELECT RAISE(ABORT, 'outbox_event_immutable');
END;
CREATE TRIGGER outbox_no_delete_undelivered BEFORE DELETE ON outbox
WHEN OLD.state != 'delivered'
BEGIN
    SELECT RAISE(ABORT, 'outbox_event_undelivered');
END;
