-- recom_db: chat threads and their messages. A thread belongs to a member (members.id in
-- member_db) or to a guest (the id inside a signed guest token), never both; a guest's thread is
-- kept until expires_at. The understood request, the dialogue state and every perfume recommended
-- (perfumes.id in perfume_db) live on the thread, so any backend replica answers the next message.
CREATE TABLE chat_threads (
  id uuid PRIMARY KEY,
  member_id uuid,
  guest_id uuid,
  title text NOT NULL DEFAULT '' CHECK (char_length(title) <= 80),
  -- The request as the wire shows it (chatRequestSchema); null before the first answer.
  understood jsonb,
  -- The engine's dialogue state (questions asked, last picks, the perfume talked about).
  dialogue jsonb NOT NULL DEFAULT '{}',
  recommended integer[] NOT NULL DEFAULT '{}',
  message_count integer NOT NULL DEFAULT 0 CHECK (message_count >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  CHECK ((member_id IS NULL) <> (guest_id IS NULL)),
  CHECK ((guest_id IS NULL) = (expires_at IS NULL))
);
CREATE INDEX chat_threads_member ON chat_threads (member_id, updated_at DESC, id) WHERE member_id IS NOT NULL;
CREATE INDEX chat_threads_guest ON chat_threads (guest_id) WHERE guest_id IS NOT NULL;
CREATE INDEX chat_threads_expiry ON chat_threads (expires_at) WHERE expires_at IS NOT NULL;

-- One row per message, numbered from 1 within its thread; `body` holds what the wire shows of it
-- beyond its number, role and time (chatMessageSchema).
CREATE TABLE chat_messages (
  thread_id uuid NOT NULL REFERENCES chat_threads (id) ON DELETE CASCADE,
  seq integer NOT NULL CHECK (seq >= 1),
  role text NOT NULL CHECK (role IN ('user', 'assistant')),
  body jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (thread_id, seq)
);
