-- Teams meetings the bot is told of: the meeting chat's conversation reference (for targeted
-- in-meeting notifications) and the times of its last start and end; the link from an event
-- to its Teams meeting; and the presence of each participant as last reported by a join or
-- leave event. `meeting_id` is Teams' own id (channelData.meeting.id), not the queue's
-- `speaking_queues.meeting_id` (which is still the event id).

CREATE TABLE teams_meetings (
  meeting_id text PRIMARY KEY CHECK (char_length(meeting_id) BETWEEN 1 AND 400),
  tenant_id text NOT NULL CHECK (char_length(tenant_id) BETWEEN 1 AND 100),
  conversation_id text NOT NULL CHECK (char_length(conversation_id) BETWEEN 1 AND 400),
  service_url text NOT NULL CHECK (char_length(service_url) BETWEEN 1 AND 400),
  reference jsonb NOT NULL,
  started_at timestamptz,
  ended_at timestamptz,
  updated_at timestamptz NOT NULL
);

-- One Teams meeting per event and one event per meeting; no foreign key to teams_meetings,
-- as the chair may link a meeting before the bot has heard of it.
CREATE TABLE teams_meeting_links (
  event_id text PRIMARY KEY REFERENCES events (id),
  meeting_id text NOT NULL UNIQUE CHECK (char_length(meeting_id) BETWEEN 1 AND 400),
  linked_by text NOT NULL CHECK (char_length(linked_by) BETWEEN 1 AND 100),
  linked_at timestamptz NOT NULL
);

-- Join and leave events are not delivered reliably: a person without a row is unknown,
-- never absent. An event older than the stored one does not replace it.
CREATE TABLE teams_meeting_presence (
  meeting_id text NOT NULL CHECK (char_length(meeting_id) BETWEEN 1 AND 400),
  aad_object_id text NOT NULL CHECK (char_length(aad_object_id) BETWEEN 1 AND 100),
  state text NOT NULL CHECK (state IN ('present', 'absent')),
  last_event_at timestamptz NOT NULL,
  PRIMARY KEY (meeting_id, aad_object_id)
);
