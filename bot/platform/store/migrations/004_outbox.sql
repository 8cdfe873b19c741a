-- The outbox of messages to registrants (status changes, login details, reminders), the Teams
-- meeting created for each event, a chair-set capacity, calendar download links, and the time
-- zone Teams reports for each personal conversation. One script for PGlite and PostgreSQL.

CREATE TABLE outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Enqueue order, so one person's messages go out in the order they were written.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  -- One row per (recipient, message kind, event); enqueuing the same key again is a no-op.
  dedupe_key text NOT NULL UNIQUE CHECK (char_length(dedupe_key) BETWEEN 1 AND 300),
  kind text NOT NULL CHECK (kind IN ('status', 'loginDetails', 'reminder')),
  event_id text NOT NULL REFERENCES events (id),
  registration_id uuid NOT NULL REFERENCES registrations (id),
  tenant_id text NOT NULL,
  aad_object_id text NOT NULL,
  status text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'cancelled')),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at timestamptz NOT NULL,
  -- A claim: who holds the row and until when; after `lease_until` another worker may take it.
  claim_token uuid,
  lease_until timestamptz,
  last_error text CHECK (char_length(last_error) <= 1000),
  sent_at timestamptz,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  CHECK ((status = 'sending') = (claim_token IS NOT NULL AND lease_until IS NOT NULL)),
  CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
-- Only the rows a worker may still claim, in the order it claims them.
CREATE INDEX outbox_due ON outbox (next_attempt_at, seq) WHERE status = 'pending';
CREATE INDEX outbox_leased ON outbox (lease_until) WHERE status = 'sending';
CREATE INDEX outbox_by_event ON outbox (event_id, status);

CREATE TABLE event_logistics (
  event_id text PRIMARY KEY REFERENCES events (id),
  -- Confirmations beyond this many confirmed people go to the waitlist; NULL: no limit.
  capacity integer CHECK (capacity >= 0),
  -- The meeting provider's record (join URL, provider id, attendees), once created.
  meeting jsonb,
  updated_at timestamptz NOT NULL
);

CREATE TABLE calendar_links (
  -- Hex SHA-256 of the token in the link: the token itself is never stored.
  token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  registration_id uuid NOT NULL REFERENCES registrations (id),
  event_id text NOT NULL REFERENCES events (id),
  expires_at timestamptz NOT NULL
);

ALTER TABLE conversations ADD COLUMN local_timezone text CHECK (char_length(local_timezone) <= 64);
