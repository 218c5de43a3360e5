-- member_db: accounts (email and/or Kakao), roles, status with withdrawal, profile images, and the
-- sliding-window events behind login throttling and rate limits (shared by every replica).
CREATE TABLE members (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Lower-cased; null for a Kakao account without an email and after the purge.
  email text,
  -- "scrypt$N$r$p$salt$hash"; null for a Kakao-only account.
  password_hash text,
  kakao_id text,
  nickname text,
  user_mode text NOT NULL DEFAULT 'beginner' CHECK (user_mode IN ('beginner', 'expert')),
  secondary_email text,
  -- Storage key "profile_images/<uuid>.webp".
  profile_image_key text,
  role text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'admin')),
  status text NOT NULL DEFAULT 'normal'
    CHECK (status IN ('normal', 'locked', 'dormant', 'withdrawal_requested', 'withdrawn')),
  withdrawal_requested_at timestamptz,
  withdrawn_at timestamptz,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status = 'withdrawn' OR nickname IS NOT NULL),
  CHECK (status <> 'withdrawal_requested' OR withdrawal_requested_at IS NOT NULL)
);

-- A withdrawn member's identifiers are cleared, which frees them for a new account.
CREATE UNIQUE INDEX members_email_key ON members (email) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX members_nickname_key ON members (lower(nickname)) WHERE nickname IS NOT NULL;
CREATE UNIQUE INDEX members_kakao_id_key ON members (kakao_id) WHERE kakao_id IS NOT NULL;
CREATE INDEX members_created_at_idx ON members (created_at DESC, id);
CREATE INDEX members_withdrawal_idx ON members (withdrawal_requested_at) WHERE status = 'withdrawal_requested';

CREATE TABLE rate_limit_events (
  id bigserial PRIMARY KEY,
  -- e.g. "login:account:<email>", "login:address:<ip>", "signup:address:<ip>".
  bucket text NOT NULL,
  occurred_at timestamptz NOT NULL
);
CREATE INDEX rate_limit_events_bucket_idx ON rate_limit_events (bucket, occurred_at);
CREATE INDEX rate_limit_events_occurred_at_idx ON rate_limit_events (occurred_at);
