-- 0003: what a certificate prints, frozen when it is issued; originals and copies; the yard's time zone; the
-- printed fields the store did not keep. Append-only: once released this file is never edited.

-- The yard's phone (printed on the Chinese certificate), the EU permitting authority (Decision 2002/151/EC, Annex:
-- "the competent authority that issued the permit"), and the IANA time zone whose calendar dates certificates,
-- batches, deadlines and reports (domain/yard_time.py). Existing yards get their market's default zone.
ALTER TABLE yard ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE yard ADD COLUMN permitting_authority TEXT NOT NULL DEFAULT '';
ALTER TABLE yard ADD COLUMN timezone TEXT NOT NULL DEFAULT '';
UPDATE yard SET timezone = CASE market
    WHEN 'cn' THEN 'Asia/Shanghai' WHEN 'eu' THEN 'Europe/Berlin' ELSE 'America/New_York' END;

-- EU certificate of destruction minimum content: country of the registration mark, vehicle class (M1, N1, ...)
-- and the holder's nationality.
ALTER TABLE intakes ADD COLUMN registration_country TEXT NOT NULL DEFAULT '';
ALTER TABLE intakes ADD COLUMN vehicle_class TEXT NOT NULL DEFAULT '';
ALTER TABLE intakes ADD COLUMN owner_nationality TEXT NOT NULL DEFAULT '';

-- issued_on: the yard's local date of issue, as printed. document_json: everything the certificate prints, written
-- in the issuing transaction, so that a void notice or a copy states what the original stated even after the
-- intake was reopened and corrected. original_printed_*: when the original sheet was produced; any later print is a
-- copy. official_number: the Ministry of Commerce system's certificate number, entered by the supervisor.
ALTER TABLE certificates ADD COLUMN issued_on TEXT;
ALTER TABLE certificates ADD COLUMN document_json TEXT CHECK (document_json IS NULL OR json_valid(document_json));
ALTER TABLE certificates ADD COLUMN original_printed_at TEXT;
ALTER TABLE certificates ADD COLUMN original_printed_by TEXT REFERENCES users (id);
ALTER TABLE certificates ADD COLUMN official_number TEXT NOT NULL DEFAULT '';

-- Certificates issued before this version were printed with the UTC date of their timestamp: that date is the one
-- on paper, so it stays their date of issue. Whether their original was printed is not known; counting it as
-- printed means the next print is a copy, never a second original (the worse mistake). Their content was not
-- frozen (document_json stays NULL): they print from the intake as it is, as before.
UPDATE certificates SET issued_on = substr(issued_at, 1, 10);
UPDATE certificates SET original_printed_at = issued_at, original_printed_by = issued_by;
CREATE INDEX certificates_by_issued_on ON certificates (issued_on);

-- Frozen once written: the date of issue, the content, the original's print. The official number may be corrected
-- (a typing slip), through the audited service.
CREATE TRIGGER certificates_content_frozen
BEFORE UPDATE ON certificates
WHEN (OLD.issued_on IS NOT NULL AND NEW.issued_on IS NOT OLD.issued_on)
    OR (OLD.document_json IS NOT NULL AND NEW.document_json IS NOT OLD.document_json)
    OR (OLD.original_printed_at IS NOT NULL AND (NEW.original_printed_at IS NOT OLD.original_printed_at
        OR NEW.original_printed_by IS NOT OLD.original_printed_by))
BEGIN
    SELECT RAISE(ABORT, 'certificate_immutable');
END;
