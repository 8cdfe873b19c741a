-- The chair's summary (issue 24): each event's attendance report, read from Graph after the
-- meeting ends by a job that survives restarts (pending, with its next try), and the
-- single-use links that share the summary page.

CREATE TABLE summary_attendance (
  event_id    TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
  state       TEXT NOT NULL CHECK (state IN ('pending', 'stored', 'refused', 'gaveUp')),
  ended_at    TIMESTAMPTZ NOT NULL,
  attempts    INTEGER NOT NULL DEFAULT 0,
  next_at     TIMESTAMPTZ,
  entries     JSONB,
  permission  TEXT,
  read_at     TIMESTAMPTZ,
  updated_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX summary_attendance_due ON summary_attendance (next_at) WHERE state = 'pending';

CREATE TABLE summary_links (
  token_hash  TEXT PRIMARY KEY,
  event_id    TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  created_by  TEXT NOT NULL,
  language    TEXT NOT NULL,
  expires_at  TIMESTAMPTZ NOT NULL,
  used_at     TIMESTAMPTZ
);
