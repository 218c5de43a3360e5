-- member_db: refresh tokens of REST and mobile callers. Only a SHA-256 of each token is kept, so
-- a copy of the table signs nobody in. A sign-in starts a family; each refresh retires its token
-- (rotated_at) and adds the successor to the family; presenting a retired token again revokes the
-- whole family (revoked_at), as does signing out.
CREATE TABLE refresh_tokens (
  id bigserial PRIMARY KEY,
  -- Hex SHA-256 of the token the caller holds.
  token_hash text NOT NULL UNIQUE,
  family_id uuid NOT NULL DEFAULT gen_random_uuid(),
  member_id uuid NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  issued_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  rotated_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_member_idx ON refresh_tokens (member_id) WHERE revoked_at IS NULL;
CREATE INDEX refresh_tokens_expires_at_idx ON refresh_tokens (expires_at);
