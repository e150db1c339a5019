-- 0007: what the certificates print beyond 0003: the Chinese certificate's plate type, body colour, registration
-- certificate number, drive motor number and the owner's ID document type; the EU certificate of destruction's
-- statement on the registration document (Decision 2002/151/EC, Annex item 4); and the treatment facility a
-- collector issues certificates for. Append-only: once released this file is never edited.

-- Existing intakes keep every value they had; the new fields start empty, and the certificate service names each
-- one a certificate needs before it issues (domain/certificate_requirements.py). Certificates already issued keep
-- their frozen content and print and verify as before (domain/certificate.py, LATER_FIELDS).
ALTER TABLE intakes ADD COLUMN plate_type TEXT NOT NULL DEFAULT '';
ALTER TABLE intakes ADD COLUMN body_colour TEXT NOT NULL DEFAULT '';
ALTER TABLE intakes ADD COLUMN registration_certificate_number TEXT NOT NULL DEFAULT '';
ALTER TABLE intakes ADD COLUMN motor_number TEXT NOT NULL DEFAULT '';
ALTER TABLE intakes ADD COLUMN owner_id_document_type TEXT NOT NULL DEFAULT '';
ALTER TABLE intakes ADD COLUMN registration_document TEXT NOT NULL DEFAULT ''
    CHECK (registration_document IN ('', 'surrendered', 'destroyed'));

-- A collector issuing on behalf of a treatment facility names that facility on the certificate (Decision
-- 2002/151/EC, Annex). Empty: the yard is the treatment facility itself.
ALTER TABLE yard ADD COLUMN treatment_facility_name TEXT NOT NULL DEFAULT '';
ALTER TABLE yard ADD COLUMN treatment_facility_address TEXT NOT NULL DEFAULT '';
ALTER TABLE yard ADD COLUMN treatment_facility_permit TEXT NOT NULL DEFAULT '';
