-- 0005: the events table partitioned by yard (hash of site_id, 64 partitions), so that 2,000 yards × 50 events a
-- day for ten years (about 365 million rows) stays a set of tables of about 6 million rows each, and every query
-- of ingest and of the console that names a yard touches one of them. Why by yard and not by month:
-- docs/design/hub-scale.md. Append-only: once released this file is never edited.
--
-- A partitioned table's unique keys must hold the partition key, so an event id is unique per yard (it was unique
-- across yards): ids are random UUIDs made by each yard, and ingest's tamper check compares ids within one yard.

ALTER TABLE events RENAME TO events_before_0005;
ALTER TABLE events_before_0005 RENAME CONSTRAINT events_pkey TO events_before_0005_pkey;
ALTER TABLE events_before_0005 RENAME CONSTRAINT events_event_id_key TO events_before_0005_event_id_key;
ALTER TABLE events_before_0005 RENAME CONSTRAINT events_site_id_db_epoch_fkey TO events_before_0005_cursor_fkey;
ALTER INDEX events_by_intake RENAME TO events_before_0005_by_intake;
ALTER INDEX events_pack_scans_by_code RENAME TO events_before_0005_scans_by_code;

CREATE TABLE events (
    site_id text NOT NULL,
    db_epoch text NOT NULL,
    sequence bigint NOT NULL,
    event_id text NOT NULL,
    hash text NOT NULL,
    type text NOT NULL,
    payload jsonb NOT NULL,
    created_at text NOT NULL,
    tx_id text NOT NULL DEFAULT '',
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site_id, db_epoch, sequence),
    UNIQUE (site_id, event_id),
    FOREIGN KEY (site_id, db_epoch) REFERENCES cursors (site_id, db_epoch)
) PARTITION BY HASH (site_id);

DO $$
BEGIN
    FOR i IN 0..63 LOOP
        EXECUTE format('CREATE TABLE events_y%s PARTITION OF events FOR VALUES WITH (MODULUS 64, REMAINDER %s)',
                       lpad(i::text, 2, '0'), i);
    END LOOP;
END $$;

CREATE INDEX events_by_intake ON events (site_id, (coalesce(payload->>'intake_id', payload->>'entity_id')));
CREATE INDEX events_pack_scans_by_code ON events ((payload->>'code')) WHERE type = 'pack.scanned';

INSERT INTO events SELECT * FROM events_before_0005;
DROP TABLE events_before_0005;
