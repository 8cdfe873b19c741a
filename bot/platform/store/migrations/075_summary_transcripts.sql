-- What was said (issue 24): each event's meeting transcript, read from Graph by the attendance
-- job after the meeting and kept as cues on the wall clock (voice, text, start and end in
-- epoch ms), or why there is none; and the excerpts the chair hid from the summary.

CREATE TABLE summary_transcripts (
  event_id    TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
  state       TEXT NOT NULL CHECK (state IN ('stored', 'none', 'refused', 'unreadable')),
  cues        JSONB,
  permission  TEXT,
  read_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE summary_hidden_excerpts (
  event_id    TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  session_id  TEXT NOT NULL,
  entry_id    TEXT NOT NULL,
  hidden_by   TEXT NOT NULL,
  hidden_at   TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (event_id, session_id, entry_id)
);
