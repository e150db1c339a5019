-- 0010: a vehicle opened from its VIN alone has no powertrain yet, and none is assumed (issue 12: a new intake
-- silently became battery-electric). 0001's CHECK on intakes.powertrain knows only chosen powertrains, and SQLite
-- cannot change a CHECK without rebuilding a table that most others refer to; so the choice is a flag beside it.
-- While the flag is set the stored powertrain is 'bev', the strictest for the certificate triggers of 0001 (a
-- traction pack is required), and the service blocks submit, approve and certify until the operator chooses.
-- The default (0) is an empty value for the audit's row hash, so the rows that exist keep their hash.
-- Append-only: once released this file is never edited.
ALTER TABLE intakes ADD COLUMN powertrain_unknown INTEGER NOT NULL DEFAULT 0 CHECK (powertrain_unknown IN (0, 1));
