-- The in-person roundtable: the chair's invitations to States (versioned documents), what
-- each registrant adds for the roundtable (delegation, matchmaking offers or needs, ranked
-- breakout choices), matchmaking proposals and their meetings, and the breakout plan. The
-- CHECKs repeat core/roundtable's rules as a second line of defence. Export links gain the
-- invitations and breakout lists.

CREATE TABLE roundtable_invitations (
  event_id text NOT NULL REFERENCES events (id),
  state_code text NOT NULL CHECK (state_code ~ '^[A-Z]{2}$'),
  state_kind text NOT NULL CHECK (state_kind IN ('memberState', 'observerState')),
  sent_at timestamptz NOT NULL,
  -- The answer as core/roundtable/invitation.ts shapes it; only ever read whole.
  answer jsonb NOT NULL CHECK (answer ->> 'status' IN ('noAnswer', 'accepted', 'declined')),
  answered_at timestamptz,
  version integer NOT NULL CHECK (version >= 1),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (event_id, state_code)
);

CREATE TABLE roundtable_participation (
  registration_id uuid PRIMARY KEY REFERENCES registrations (id),
  event_id text NOT NULL REFERENCES events (id),
  delegation_of text CHECK (delegation_of ~ '^[A-Z]{2}$'),
  -- 'offer' for a capacity-building provider, 'need' for a State; NULL: no declaration.
  match_side text CHECK (match_side IN ('offer', 'need')),
  thematic_area_ids text[] NOT NULL CHECK (cardinality(thematic_area_ids) <= 50),
  region_ids text[] NOT NULL CHECK (cardinality(region_ids) <= 50),
  breakout_choices text[] NOT NULL CHECK (cardinality(breakout_choices) <= 50),
  updated_at timestamptz NOT NULL,
  CHECK (match_side IS NOT NULL OR cardinality(thematic_area_ids) = 0)
);
CREATE INDEX roundtable_participation_by_event ON roundtable_participation (event_id);

CREATE TABLE roundtable_matches (
  event_id text NOT NULL REFERENCES events (id),
  id text NOT NULL CHECK (char_length(id) BETWEEN 3 AND 200),
  provider_id text NOT NULL,
  state_id text NOT NULL,
  shared_thematic_area_ids text[] NOT NULL CHECK (cardinality(shared_thematic_area_ids) >= 1),
  region_match boolean NOT NULL,
  score integer NOT NULL CHECK (score >= 0),
  status text NOT NULL
    CHECK (status IN ('proposed', 'acceptedByProvider', 'acceptedByState', 'matched', 'declined')),
  declined_by text CHECK (declined_by IN ('provider', 'state')),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (event_id, id),
  CHECK ((status = 'declined') = (declined_by IS NOT NULL))
);

-- The current schedule: replaced whole by each scheduling run. No table holds two pairs and
-- nobody sits in two meetings of one slot.
CREATE TABLE roundtable_match_meetings (
  event_id text NOT NULL REFERENCES events (id),
  match_id text NOT NULL,
  provider_id text NOT NULL,
  state_id text NOT NULL,
  slot_id text NOT NULL,
  table_id text NOT NULL,
  PRIMARY KEY (event_id, match_id),
  FOREIGN KEY (event_id, match_id) REFERENCES roundtable_matches (event_id, id),
  UNIQUE (event_id, slot_id, table_id),
  UNIQUE (event_id, slot_id, provider_id),
  UNIQUE (event_id, slot_id, state_id)
);

-- The breakout plan of an event as one versioned document (core/roundtable/breakout.ts).
CREATE TABLE roundtable_breakout_plans (
  event_id text PRIMARY KEY REFERENCES events (id),
  version integer NOT NULL CHECK (version >= 1),
  plan jsonb NOT NULL CHECK (jsonb_typeof(plan -> 'placements') = 'array'),
  updated_at timestamptz NOT NULL
);

ALTER TABLE download_links DROP CONSTRAINT download_links_kind_check;
ALTER TABLE download_links ADD CONSTRAINT download_links_kind_check
  CHECK (kind IN ('registrationsCsv', 'invitationsCsv', 'breakoutsCsv'));
