-- 0004: what head office's console reads, kept up to date by ingest (hub/projections.py) so that no page scans the
-- events table: handovers with the receiver's standing when head office received them, traceability uploads the
-- yards recorded, photos and passport ids per intake, counts per yard and day; indexes for the search page; and
-- the console's own audit (who looked up which intake and its owner, who enrolled or revoked a yard).
-- Append-only: once released this file is never edited.

CREATE TABLE console_handovers (
    site_id text NOT NULL,
    handover_id text NOT NULL,
    intake_id text NOT NULL,
    pack_code text NOT NULL,
    receiver_id text NOT NULL,          -- USCC or D-U-N-S number, whichever the yard gave
    receiver_name text NOT NULL,
    handed_over_on date NOT NULL,
    white_listed boolean,               -- head office's list when received; NULL while it had no list
    PRIMARY KEY (site_id, handover_id)
);
CREATE INDEX console_handovers_by_month ON console_handovers (handed_over_on, site_id);
CREATE INDEX console_handovers_by_pack ON console_handovers (pack_code);

-- report.recorded: kind 'certificate' (subject: certificate number) or 'pack_outbound' (subject: handover id).
CREATE TABLE console_reports (
    site_id text NOT NULL,
    kind text NOT NULL,
    subject text NOT NULL,
    reported_on date NOT NULL,
    PRIMARY KEY (site_id, kind, subject)
);

-- Traceability uploads still to be recorded: added when a certificate is issued or a pack leaves, removed by its
-- report.recorded (or the certificate's void), so the deadlines page reads only what is open.
CREATE TABLE console_open_uploads (
    site_id text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('certificate', 'pack_outbound')),
    subject text NOT NULL,
    started date NOT NULL,
    PRIMARY KEY (site_id, kind, subject)
);
CREATE INDEX console_open_uploads_by_start ON console_open_uploads (started);

CREATE TABLE console_photos (
    site_id text NOT NULL,
    intake_id text NOT NULL,
    sha256 text NOT NULL,
    kind text NOT NULL DEFAULT '',
    pack_code text NOT NULL DEFAULT '',
    PRIMARY KEY (site_id, intake_id, sha256)
);

CREATE TABLE console_passports (
    passport_id text NOT NULL,
    site_id text NOT NULL,
    intake_id text NOT NULL,
    pack_code text NOT NULL,
    PRIMARY KEY (passport_id, site_id, intake_id)
);

-- Per yard and day (the yard's created_at date): intakes opened, packs linked, packs handed over.
CREATE TABLE console_daily (
    site_id text NOT NULL,
    day date NOT NULL,
    intakes integer NOT NULL DEFAULT 0,
    packs_linked integer NOT NULL DEFAULT 0,
    handovers integer NOT NULL DEFAULT 0,
    PRIMARY KEY (site_id, day)
);
CREATE INDEX console_daily_by_day ON console_daily (day);

-- Search and journey lookups.
CREATE INDEX pack_links_by_code ON pack_links (code);
CREATE INDEX certificates_by_number ON certificates (number);
CREATE INDEX certificates_by_intake ON certificates (site_id, intake_id);
CREATE INDEX events_by_intake ON events (site_id, (coalesce(payload->>'intake_id', payload->>'entity_id')));
-- Every yard that scanned a pack, including the scans refused because another yard held it.
CREATE INDEX events_pack_scans_by_code ON events ((payload->>'code')) WHERE type = 'pack.scanned';
CREATE INDEX pack_links_active_by_site ON pack_links (site_id) WHERE NOT unlinked;
CREATE INDEX rejections_by_time ON rejections (rejected_at DESC, id DESC);

-- Who looked at which person's data, and who changed what, through the console. Never updated or deleted by it.
CREATE TABLE console_audit (
    id bigserial PRIMARY KEY,
    user_name text NOT NULL,
    at timestamptz NOT NULL,
    action text NOT NULL CHECK (action IN ('lookup', 'enrol', 'revoke')),
    query text NOT NULL DEFAULT '',
    site_id text NOT NULL DEFAULT '',
    intake_id text NOT NULL DEFAULT '',
    personal_data boolean NOT NULL DEFAULT false
);
CREATE INDEX console_audit_by_time ON console_audit (at DESC);
CREATE INDEX console_audit_by_intake ON console_audit (site_id, intake_id);

-- What a head office that ran before this version already holds.
INSERT INTO console_handovers
SELECT site_id, payload->>'entity_id', coalesce(payload->>'intake_id', ''), coalesce(payload->>'pack_code', ''),
       coalesce(nullif(payload->>'receiver_uscc', ''), payload->>'receiver_duns'), coalesce(payload->>'receiver_name', ''),
       (payload->>'handed_over_on')::date,
       NOT EXISTS (SELECT 1 FROM rejections r WHERE r.event_id = e.event_id AND r.code = 'receiver_not_white_listed')
FROM events e
WHERE type = 'pack.handed_over' AND payload->>'entity_id' <> ''
  AND coalesce(nullif(payload->>'receiver_uscc', ''), payload->>'receiver_duns', '') <> ''
  AND payload->>'handed_over_on' ~ '^\d{4}-\d{2}-\d{2}$'
ON CONFLICT DO NOTHING;

INSERT INTO console_reports
SELECT site_id, payload->>'kind', payload->>'subject', (payload->>'reported_on')::date FROM events
WHERE type = 'report.recorded' AND payload->>'reported_on' ~ '^\d{4}-\d{2}-\d{2}$' AND payload->>'subject' <> ''
ON CONFLICT DO NOTHING;

INSERT INTO console_open_uploads
SELECT c.site_id, 'certificate', c.number, left(c.issued_at, 10)::date FROM certificates c
WHERE c.state = 'issued' AND c.issued_at ~ '^\d{4}-\d{2}-\d{2}'
  AND NOT EXISTS (SELECT 1 FROM console_reports r WHERE r.site_id = c.site_id AND r.kind = 'certificate'
                  AND r.subject = c.number)
UNION ALL
SELECT h.site_id, 'pack_outbound', h.handover_id, h.handed_over_on FROM console_handovers h
WHERE NOT EXISTS (SELECT 1 FROM console_reports r WHERE r.site_id = h.site_id AND r.kind = 'pack_outbound'
                  AND r.subject = h.handover_id)
ON CONFLICT DO NOTHING;

INSERT INTO console_photos
SELECT site_id, payload->>'intake_id', payload->>'sha256', coalesce(payload->>'kind', ''),
       coalesce(payload->>'pack_code', '')
FROM events WHERE type = 'photo.added' AND payload->>'intake_id' <> '' AND payload->>'sha256' <> ''
ON CONFLICT DO NOTHING;

INSERT INTO console_passports
SELECT payload->>'passport_id', site_id, payload->>'intake_id', coalesce(payload->>'pack_code', '') FROM events
WHERE type = 'pack.passport_recorded' AND payload->>'passport_id' <> '' AND payload->>'intake_id' <> ''
ON CONFLICT DO NOTHING;

INSERT INTO console_daily (site_id, day, intakes, packs_linked, handovers)
SELECT site_id, left(created_at, 10)::date,
       count(*) FILTER (WHERE type = 'intake.created'),
       count(*) FILTER (WHERE type = 'pack.scanned' AND payload->>'result' = 'pack_recorded' AND NOT EXISTS
           (SELECT 1 FROM rejections r WHERE r.event_id = e.event_id AND r.code = 'pack_linked_elsewhere')),
       count(*) FILTER (WHERE type = 'pack.handed_over')
FROM events e WHERE type IN ('intake.created', 'pack.scanned', 'pack.handed_over') AND created_at ~ '^\d{4}-\d{2}-\d{2}'
GROUP BY 1, 2;
