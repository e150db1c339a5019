-- 0007: the battery passport id a pack carries (Regulation (EU) 2023/1542 Art. 77; the yard's pack.passport_recorded
-- event, hub/passports.py), in its canonical form beside the pack's code, so a search by passport id finds every
-- intake the pack went through, also those that read it by its GB/T 34014 code only. The latest recording wins.
-- Append-only: once released this file is never edited.

ALTER TABLE packs ADD COLUMN passport_id text;
CREATE INDEX packs_by_passport ON packs (passport_id) WHERE passport_id IS NOT NULL;

-- What head office already holds: the latest recording per pack (canonical ids only; the yard sends them so).
INSERT INTO packs (code, first_site_id, first_intake_id, passport_id)
SELECT DISTINCT ON (payload->>'pack_code') payload->>'pack_code', site_id, payload->>'intake_id',
       payload->>'passport_id'
FROM events
WHERE type = 'pack.passport_recorded' AND coalesce(payload->>'pack_code', '') <> ''
  AND coalesce(payload->>'passport_id', '') <> '' AND coalesce(payload->>'intake_id', '') <> ''
ORDER BY payload->>'pack_code', received_at DESC, sequence DESC
ON CONFLICT (code) DO UPDATE SET passport_id = excluded.passport_id;
