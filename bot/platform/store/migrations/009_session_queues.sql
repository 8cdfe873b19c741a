-- A list of speakers per programme session (core/speaking-queue/queue-sessions.ts): queues and
-- their audit log are keyed by meeting (the event) and session. A list kept before sessions
-- existed moves, with its audit log, into the event's first session, chosen here by the same
-- rule as `queueSessions`: sessions with a list, by start then file order, a breakout session
-- as its first group, else 'main'. The chair's team's chosen session is what stages show.

ALTER TABLE queue_audit DROP CONSTRAINT queue_audit_meeting_id_fkey;
ALTER TABLE queue_audit DROP CONSTRAINT queue_audit_pkey;
ALTER TABLE speaking_queues DROP CONSTRAINT speaking_queues_pkey;

ALTER TABLE speaking_queues ADD COLUMN session_id text;

UPDATE speaking_queues q
SET session_id = first.id
FROM (
  SELECT e.id AS event_id, COALESCE((
    SELECT CASE
      WHEN s.value ->> 'kind' = 'breakout'
        AND jsonb_array_length(COALESCE(e.definition -> 'breakoutGroups', '[]'::jsonb)) > 0
      THEN (s.value ->> 'id') || '.' || (e.definition -> 'breakoutGroups' -> 0 ->> 'id')
      ELSE s.value ->> 'id'
    END
    FROM jsonb_array_elements(e.definition -> 'programme') WITH ORDINALITY AS s (value, n)
    WHERE s.value ->> 'kind' IN ('plenary', 'panel', 'dialogue', 'breakout', 'other')
    ORDER BY s.value ->> 'start' COLLATE "C", s.n
    LIMIT 1
  ), 'main') AS id
  FROM events e
) first
WHERE first.event_id = q.event_id;

UPDATE speaking_queues SET state = jsonb_set(state, '{sessionId}', to_jsonb(session_id));

ALTER TABLE speaking_queues
  ALTER COLUMN session_id SET NOT NULL,
  ADD CONSTRAINT speaking_queues_session_id_check
    CHECK (char_length(session_id) BETWEEN 1 AND 100 AND state ->> 'sessionId' = session_id),
  ADD PRIMARY KEY (meeting_id, session_id);

ALTER TABLE queue_audit ADD COLUMN session_id text;
UPDATE queue_audit a SET session_id = q.session_id
FROM speaking_queues q WHERE q.meeting_id = a.meeting_id;

ALTER TABLE queue_audit
  ALTER COLUMN session_id SET NOT NULL,
  ADD PRIMARY KEY (meeting_id, session_id, version),
  ADD FOREIGN KEY (meeting_id, session_id) REFERENCES speaking_queues (meeting_id, session_id);

CREATE TABLE queue_chosen_sessions (
  event_id text PRIMARY KEY REFERENCES events (id),
  session_id text NOT NULL CHECK (char_length(session_id) BETWEEN 1 AND 100),
  chosen_by text NOT NULL CHECK (char_length(chosen_by) BETWEEN 1 AND 100),
  chosen_at timestamptz NOT NULL
);
