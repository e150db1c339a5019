-- 0005: certificate numbers that name one vehicle forever. Until now a number was yard code + year + sequence,
-- counted in this database; a restored backup, a copy of the database on a second PC or a yard set up again counted
-- from a point already used and printed the same numbers for other vehicles (issue: 160 numbers issued twice).
-- From now on each incarnation of the database draws its own random series code (storage/certificates.py), and a
-- number is yard code + series + year + sequence: SH01-K7Q2M-2026-000001. Append-only: never edited once released.
--
-- certificate_series: the series of this database, '' until the first certificate after set-up, a restore or a
-- move draws one. certificate_series_place: the PC and file it was drawn for; a database found on another PC or
-- at another path (a copied file) draws a new one before it numbers anything.
ALTER TABLE yard ADD COLUMN certificate_series TEXT NOT NULL DEFAULT ''
    CHECK (certificate_series = '' OR (certificate_series GLOB '[0-9A-Z]*' AND length(certificate_series) = 5));
ALTER TABLE yard ADD COLUMN certificate_series_place TEXT NOT NULL DEFAULT '';

-- The certificates table keeps its shape: its yard_code column now holds the numbering prefix (yard code and series,
-- 'SH01-K7Q2M'), so the number stays prefix || '-' || year || '-' || sequence as 0001 checks, and the counter runs
-- per prefix and year. Certificates numbered before this version keep their prefix (the bare yard code).
-- A new certificate must use this database's current series: a number made any other way (a hand-written insert,
-- a series put back by hand) is refused.
CREATE TRIGGER certificates_series_is_current
BEFORE INSERT ON certificates
WHEN NEW.yard_code IS NOT (SELECT code || '-' || certificate_series FROM yard WHERE singleton = 1 AND certificate_series != '')
BEGIN
    SELECT RAISE(ABORT, 'certificate_series_not_current');
END;
