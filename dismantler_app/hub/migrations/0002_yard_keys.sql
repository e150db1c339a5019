-- 0002: every key a yard has enrolled with, so a yard whose key was revoked (a stolen PC) or rotated can enrol again
-- under the same site id, keeping its history and cursors, while certificates signed with an earlier key stay
-- checkable. Append-only: once released this file is never edited.

-- ``yards.public_key``/``yards.revoked_at`` stay the site's current key and whether it is refused right now; this
-- table keeps each key's life. A key is never enrolled twice (UNIQUE), so a revoked key cannot come back.
CREATE TABLE yard_keys (
    public_key text PRIMARY KEY,
    site_id text NOT NULL REFERENCES yards (site_id),
    enrolled_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz,
    revoked_reason text NOT NULL DEFAULT '' CHECK (revoked_reason IN ('', 'revoked', 'replaced'))
);
CREATE INDEX yard_keys_by_site ON yard_keys (site_id, enrolled_at);
-- At most one key of a site is in use at a time.
CREATE UNIQUE INDEX yard_keys_one_current ON yard_keys (site_id) WHERE revoked_at IS NULL;

INSERT INTO yard_keys (public_key, site_id, enrolled_at, revoked_at, revoked_reason)
SELECT public_key, site_id, enrolled_at, revoked_at, CASE WHEN revoked_at IS NULL THEN '' ELSE 'revoked' END
FROM yards;

-- A token made with ``hub enrol-yard NAME --replace-key`` re-enrols that one site with a new key.
ALTER TABLE enrolment_tokens ADD COLUMN replaces_site_id text REFERENCES yards (site_id);
