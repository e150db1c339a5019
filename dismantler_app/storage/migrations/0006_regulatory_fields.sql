-- 0005: what the regulators' files ask for beyond 0001-0004: the receiver of a pack (type, USCC or DUNS), the pack's
-- model, quantity and destination (MOFCOM implementing rules 2020 for the traceability platform), a pack's battery
-- passport id (Regulation (EU) 2023/1542 Art. 77), and what became of a vehicle (28 CFR 25.56(b)(5), NMVTIS).
-- Append-only: once released this file is never edited.

-- pack_handovers is rebuilt: 0001 required an 18-character USCC, and the platform also accepts a receiver's DUNS
-- number (9 digits). Exactly one of the two identifies the receiver. Rows written before this version keep their
-- USCC; their receiver type, pack model and destination were not asked for then and stay empty until corrected
-- (the upload names such a row and refuses it rather than sending blanks). Nothing refers to pack_handovers by a
-- foreign key, so the table can be replaced inside this migration's transaction.
CREATE TABLE pack_handovers_v5 (
    id TEXT PRIMARY KEY,
    intake_id TEXT NOT NULL REFERENCES intakes (id),
    pack_code TEXT NOT NULL,
    receiver_name TEXT NOT NULL CHECK (length(trim(receiver_name)) > 0),
    receiver_uscc TEXT NOT NULL DEFAULT '' CHECK (receiver_uscc = '' OR length(receiver_uscc) = 18),
    receiver_duns TEXT NOT NULL DEFAULT ''
        CHECK (receiver_duns = '' OR (length(receiver_duns) = 9 AND receiver_duns NOT GLOB '*[^0-9]*')),
    receiver_type TEXT NOT NULL DEFAULT ''
        CHECK (receiver_type IN ('', 'carmaker_outlet', 'cascade_use', 'recycling')),
    pack_model TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity >= 1),
    destination TEXT NOT NULL DEFAULT '',
    handed_over_on TEXT NOT NULL,
    recorded_by TEXT NOT NULL REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    UNIQUE (intake_id, pack_code),
    CHECK ((receiver_uscc = '') != (receiver_duns = ''))
);
INSERT INTO pack_handovers_v5 (id, intake_id, pack_code, receiver_name, receiver_uscc, handed_over_on, recorded_by,
    recorded_at)
SELECT id, intake_id, pack_code, receiver_name, receiver_uscc, handed_over_on, recorded_by, recorded_at
FROM pack_handovers;
DROP TABLE pack_handovers;
ALTER TABLE pack_handovers_v5 RENAME TO pack_handovers;
CREATE INDEX pack_handovers_by_date ON pack_handovers (handed_over_on);

-- The battery passport id a pack carries (GS1 Digital Link URL or Catena-X id, domain/battery_passport.py), kept in
-- its canonical form beside the GB/T 34014 code. One pack of an intake has at most one passport and a passport
-- names one pack of an intake.
ALTER TABLE scanned_packs ADD COLUMN passport_id TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX scanned_packs_one_passport ON scanned_packs (intake_id, passport_id) WHERE passport_id != '';

-- What became of a vehicle (NMVTIS, 28 CFR 25.56(b)(5)): the rule's dispositions, to whom it was provided or
-- transferred, and whether it is intended for export. A vehicle without a row is reported by the defaults in
-- services/reports.py (documented in docs/regulatory/us.md).
CREATE TABLE vehicle_dispositions (
    intake_id TEXT PRIMARY KEY REFERENCES intakes (id),
    disposition TEXT NOT NULL CHECK (disposition IN ('crushed', 'disposed_of', 'for_sale', 'other_purposes')),
    transferred_to TEXT NOT NULL DEFAULT '',
    intended_for_export INTEGER NOT NULL DEFAULT 0 CHECK (intended_for_export IN (0, 1)),
    recorded_by TEXT NOT NULL REFERENCES users (id),
    recorded_at TEXT NOT NULL
);
