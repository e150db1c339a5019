-- 0005: an audit trail that notices changes made behind the app's back (issue 13).
-- Every insert, update and delete of an audited table is journalled by a trigger into audit_changes (which table,
-- which row), whoever made it. The app's own write transactions seal the changes they made into the hash chain
-- (the row's content hash, see storage/audit.py) and clear them; a change made with another tool stays in the
-- journal, and even when the journal or the triggers are removed too, the row no longer matches the hash the chain
-- holds for it. Append-only: once released this file is never edited.

CREATE TABLE audit_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl TEXT NOT NULL,
    row_key TEXT NOT NULL CHECK (json_valid(row_key)),
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete'))
);

-- Whether the rows that existed before this migration have been hashed into the chain (done once, by the app,
-- right after the migration: SQLite has no SHA-256 of its own), and the chain's lineage: the epoch the latest
-- restore minted and the seq of its db.restored row (kept here so a push need not search the log for it; audit
-- verify checks it against the log).
CREATE TABLE audit_state (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    baseline_done INTEGER NOT NULL DEFAULT 0 CHECK (baseline_done IN (0, 1)),
    lineage TEXT NOT NULL DEFAULT '',
    restored_at_seq INTEGER NOT NULL DEFAULT 0 CHECK (restored_at_seq >= 0)
);
INSERT INTO audit_state (singleton, baseline_done) VALUES (1, 0);

-- The audit heads this yard sent to head office and head office acknowledged: the newest is sent again as a
-- checkpoint, so head office can tell that the chain it anchored there still holds.
CREATE TABLE audit_anchors_sent (
    seq INTEGER PRIMARY KEY CHECK (seq >= 0),
    hash TEXT NOT NULL,
    sent_at TEXT NOT NULL
);

CREATE TRIGGER audit_changes_yard_insert AFTER INSERT ON yard
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('yard', json_array(NEW.singleton), 'insert');
END;
CREATE TRIGGER audit_changes_yard_update AFTER UPDATE ON yard
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('yard', json_array(OLD.singleton), 'update');
    INSERT INTO audit_changes (tbl, row_key, op) SELECT 'yard', json_array(NEW.singleton), 'update'
    WHERE json_array(NEW.singleton) IS NOT json_array(OLD.singleton);
END;
CREATE TRIGGER audit_changes_yard_delete AFTER DELETE ON yard
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('yard', json_array(OLD.singleton), 'delete');
END;

CREATE TRIGGER audit_changes_users_insert AFTER INSERT ON users
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('users', json_array(NEW.id), 'insert');
END;
CREATE TRIGGER audit_changes_users_update AFTER UPDATE ON users
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('users', json_array(OLD.id), 'update');
    INSERT INTO audit_changes (tbl, row_key, op) SELECT 'users', json_array(NEW.id), 'update'
    WHERE json_array(NEW.id) IS NOT json_array(OLD.id);
END;
CREATE TRIGGER audit_changes_users_delete AFTER DELETE ON users
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('users', json_array(OLD.id), 'delete');
END;

CREATE TRIGGER audit_changes_intakes_insert AFTER INSERT ON intakes
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('intakes', json_array(NEW.id), 'insert');
END;
CREATE TRIGGER audit_changes_intakes_update AFTER UPDATE ON intakes
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('intakes', json_array(OLD.id), 'update');
    INSERT INTO audit_changes (tbl, row_key, op) SELECT 'intakes', json_array(NEW.id), 'update'
    WHERE json_array(NEW.id) IS NOT json_array(OLD.id);
END;
CREATE TRIGGER audit_changes_intakes_delete AFTER DELETE ON intakes
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('intakes', json_array(OLD.id), 'delete');
END;

CREATE TRIGGER audit_changes_expected_packs_insert AFTER INSERT ON expected_packs
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('expected_packs', json_array(NEW.intake_id), 'insert');
END;
CREATE TRIGGER audit_changes_expected_packs_update AFTER UPDATE ON expected_packs
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('expected_packs', json_array(OLD.intake_id), 'update');
    INSERT INTO audit_changes (tbl, row_key, op) SELECT 'expected_packs', json_array(NEW.intake_id), 'update'
    WHERE json_array(NEW.intake_id) IS NOT json_array(OLD.intake_id);
END;
CREATE TRIGGER audit_changes_expected_packs_delete AFTER DELETE ON expected_packs
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('expected_packs', json_array(OLD.intake_id), 'delete');
END;

CREATE TRIGGER audit_changes_expected_pack_codes_insert AFTER INSERT ON expected_pack_codes
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('expected_pack_codes', json_array(NEW.intake_id, NEW.code), 'insert');
END;
CREATE TRIGGER audit_changes_expected_pack_codes_update AFTER UPDATE ON expected_pack_codes
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('expected_pack_codes', json_array(OLD.intake_id, OLD.code), 'update');
    INSERT INTO audit_changes (tbl, row_key, op) SELECT 'expected_pack_codes', json_array(NEW.intake_id, NEW.code), 'update'
    WHERE json_array(NEW.intake_id, NEW.code) IS NOT json_array(OLD.intake_id, OLD.code);
END;
CREATE TRIGGER audit_changes_expected_pack_codes_delete AFTER DELETE ON expected_pack_codes
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('expected_pack_codes', json_array(OLD.intake_id, OLD.code), 'delete');
END;

CREATE TRIGGER audit_changes_intake_photos_insert AFTER INSERT ON intake_photos
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('intake_photos', json_array(NEW.intake_id, NEW.sha256, NEW.kind), 'insert');
END;
CREATE TRIGGER audit_changes_intake_photos_update AFTER UPDATE ON intake_photos
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('intake_photos', json_array(OLD.intake_id, OLD.sha256, OLD.kind), 'update');
    INSERT INTO audit_changes (tbl, row_key, op) SELECT 'intake_photos', json_array(NEW.intake_id, NEW.sha256, NEW.kind), 'update'
    WHERE json_array(NEW.intake_id, NEW.sha256, NEW.kind) IS NOT json_array(OLD.intake_id, OLD.sha256, OLD.kind);
END;
CREATE TRIGGER audit_changes_intake_photos_delete AFTER DELETE ON intake_photos
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('intake_photos', json_array(OLD.intake_id, OLD.sha256, OLD.kind), 'delete');
END;

CREATE TRIGGER audit_changes_scanned_packs_insert AFTER INSERT ON scanned_packs
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('scanned_packs', json_array(NEW.id), 'insert');
END;
CREATE TRIGGER audit_changes_scanned_packs_update AFTER UPDATE ON scanned_packs
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('scanned_packs', json_array(OLD.id), 'update');
    INSERT INTO audit_changes (tbl, row_key, op) SELECT 'scanned_packs', json_array(NEW.id), 'update'
    WHERE json_array(NEW.id) IS NOT json_array(OLD.id);
END;
CREATE TRIGGER audit_changes_scanned_packs_delete AFTER DELETE ON scanned_packs
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('scanned_packs', json_array(OLD.id), 'delete');
END;

CREATE TRIGGER audit_changes_pack_links_insert AFTER INSERT ON pack_links
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('pack_links', json_array(NEW.id), 'insert');
END;
CREATE TRIGGER audit_changes_pack_links_update AFTER UPDATE ON pack_links
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('pack_links', json_array(OLD.id), 'update');
    INSERT INTO audit_changes (tbl, row_key, op) SELECT 'pack_links', json_array(NEW.id), 'update'
    WHERE json_array(NEW.id) IS NOT json_array(OLD.id);
END;
CREATE TRIGGER audit_changes_pack_links_delete AFTER DELETE ON pack_links
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('pack_links', json_array(OLD.id), 'delete');
END;

CREATE TRIGGER audit_changes_replacements_insert AFTER INSERT ON replacements
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('replacements', json_array(NEW.id), 'insert');
END;
CREATE TRIGGER audit_changes_replacements_update AFTER UPDATE ON replacements
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('replacements', json_array(OLD.id), 'update');
    INSERT INTO audit_changes (tbl, row_key, op) SELECT 'replacements', json_array(NEW.id), 'update'
    WHERE json_array(NEW.id) IS NOT json_array(OLD.id);
END;
CREATE TRIGGER audit_changes_replacements_delete AFTER DELETE ON replacements
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('replacements', json_array(OLD.id), 'delete');
END;

CREATE TRIGGER audit_changes_triage_insert AFTER INSERT ON triage
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('triage', json_array(NEW.intake_id, NEW.pack_code), 'insert');
END;
CREATE TRIGGER audit_changes_triage_update AFTER UPDATE ON triage
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('triage', json_array(OLD.intake_id, OLD.pack_code), 'update');
    INSERT INTO audit_changes (tbl, row_key, op) SELECT 'triage', json_array(NEW.intake_id, NEW.pack_code), 'update'
    WHERE json_array(NEW.intake_id, NEW.pack_code) IS NOT json_array(OLD.intake_id, OLD.pack_code);
END;
CREATE TRIGGER audit_changes_triage_delete AFTER DELETE ON triage
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('triage', json_array(OLD.intake_id, OLD.pack_code), 'delete');
END;

CREATE TRIGGER audit_changes_certificate_counters_insert AFTER INSERT ON certificate_counters
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('certificate_counters', json_array(NEW.yard_code, NEW.year), 'insert');
END;
CREATE TRIGGER audit_changes_certificate_counters_update AFTER UPDATE ON certificate_counters
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('certificate_counters', json_array(OLD.yard_code, OLD.year), 'update');
    INSERT INTO audit_changes (tbl, row_key, op) SELECT 'certificate_counters', json_array(NEW.yard_code, NEW.year), 'update'
    WHERE json_array(NEW.yard_code, NEW.year) IS NOT json_array(OLD.yard_code, OLD.year);
END;
CREATE TRIGGER audit_changes_certificate_counters_delete AFTER DELETE ON certificate_counters
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('certificate_counters', json_array(OLD.yard_code, OLD.year), 'delete');
END;

CREATE TRIGGER audit_changes_certificates_insert AFTER INSERT ON certificates
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('certificates', json_array(NEW.number), 'insert');
END;
CREATE TRIGGER audit_changes_certificates_update AFTER UPDATE ON certificates
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('certificates', json_array(OLD.number), 'update');
    INSERT INTO audit_changes (tbl, row_key, op) SELECT 'certificates', json_array(NEW.number), 'update'
    WHERE json_array(NEW.number) IS NOT json_array(OLD.number);
END;
CREATE TRIGGER audit_changes_certificates_delete AFTER DELETE ON certificates
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('certificates', json_array(OLD.number), 'delete');
END;

CREATE TRIGGER audit_changes_pack_handovers_insert AFTER INSERT ON pack_handovers
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('pack_handovers', json_array(NEW.id), 'insert');
END;
CREATE TRIGGER audit_changes_pack_handovers_update AFTER UPDATE ON pack_handovers
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('pack_handovers', json_array(OLD.id), 'update');
    INSERT INTO audit_changes (tbl, row_key, op) SELECT 'pack_handovers', json_array(NEW.id), 'update'
    WHERE json_array(NEW.id) IS NOT json_array(OLD.id);
END;
CREATE TRIGGER audit_changes_pack_handovers_delete AFTER DELETE ON pack_handovers
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('pack_handovers', json_array(OLD.id), 'delete');
END;

CREATE TRIGGER audit_changes_reports_insert AFTER INSERT ON reports
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('reports', json_array(NEW.id), 'insert');
END;
CREATE TRIGGER audit_changes_reports_update AFTER UPDATE ON reports
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('reports', json_array(OLD.id), 'update');
    INSERT INTO audit_changes (tbl, row_key, op) SELECT 'reports', json_array(NEW.id), 'update'
    WHERE json_array(NEW.id) IS NOT json_array(OLD.id);
END;
CREATE TRIGGER audit_changes_reports_delete AFTER DELETE ON reports
BEGIN
    INSERT INTO audit_changes (tbl, row_key, op) VALUES ('reports', json_array(OLD.id), 'delete');
END;
