-- The speaking queue of each meeting as one JSON document with its version (optimistic
-- concurrency: an update names the version it was based on), and the audit log of every
-- accepted action. Changes are announced on the channel `queue_changes` (LISTEN/NOTIFY).

CREATE TABLE speaking_queues (
  meeting_id text PRIMARY KEY CHECK (char_length(meeting_id) BETWEEN 1 AND 200),
  event_id text NOT NULL REFERENCES events (id),
  version integer NOT NULL CHECK (version >= 1),
  state jsonb NOT NULL CHECK ((state ->> 'version')::integer = version),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE queue_audit (
  meeting_id text NOT NULL REFERENCES speaking_queues (meeting_id),
  version integer NOT NULL,
  at timestamptz NOT NULL,
  actor_role text NOT NULL CHECK (actor_role IN ('chair', 'attendee')),
  actor_user_id text NOT NULL CHECK (char_length(actor_user_id) BETWEEN 1 AND 100),
  actor_name text NOT NULL CHECK (char_length(actor_name) <= 200),
  action text NOT NULL CHECK (char_length(action) BETWEEN 1 AND 50),
  entry_id text,
  detail jsonb NOT NULL,
  PRIMARY KEY (meeting_id, version)
);
