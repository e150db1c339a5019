-- 0006: a certificate number names one vehicle forever. Head office keeps the first certificate it receives under a
-- number; a second, different one (another vehicle, another intake, another yard, or other signed content) is
-- refused back to its yard and recorded here for head office's staff, and verification answers "conflict" for
-- every certificate under that number. Append-only: once released this file is never edited.

-- The digest of the original's content that its signed statement carries (statement version 2); '' for
-- certificates sent before this version.
ALTER TABLE certificates ADD COLUMN content_digest text NOT NULL DEFAULT '';
-- Looking certificates up by number uses certificates_by_number, made by 0004.

CREATE TABLE certificate_conflicts (
    id bigserial PRIMARY KEY,
    number text NOT NULL,
    held_site_id text NOT NULL,
    held_intake_id text NOT NULL,
    held_vin text NOT NULL,
    site_id text NOT NULL,
    db_epoch text NOT NULL,
    sequence bigint NOT NULL,
    event_id text NOT NULL UNIQUE,
    intake_id text NOT NULL,
    vin text NOT NULL,
    content_digest text NOT NULL DEFAULT '',
    detected_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX certificate_conflicts_by_number ON certificate_conflicts (number);
