-- Events, registrations, written input, conversation references and export links; one script
-- for PGlite and PostgreSQL. The CHECKs repeat the rules of core (event ids, statuses and
-- core/registration/registration-limits.ts) as a second line of defence behind its validation.

CREATE TABLE events (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$'),
  definition jsonb NOT NULL CHECK (definition ->> 'id' = id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE registrations (
  id uuid PRIMARY KEY,
  event_id text NOT NULL REFERENCES events (id),
  tenant_id text NOT NULL CHECK (char_length(tenant_id) BETWEEN 1 AND 100),
  aad_object_id text NOT NULL CHECK (char_length(aad_object_id) BETWEEN 1 AND 100),
  reference_code text NOT NULL UNIQUE CHECK (reference_code ~ '^REG-[0-9A-Z]{4}-[0-9A-Z]{4}$'),
  status text NOT NULL
    CHECK (status IN ('pending', 'confirmed', 'waitlisted', 'declined', 'withdrawn')),
  version integer NOT NULL CHECK (version >= 1),
  form_id text NOT NULL CHECK (char_length(form_id) BETWEEN 1 AND 100),
  given_name text NOT NULL CHECK (char_length(given_name) BETWEEN 1 AND 100),
  family_name text NOT NULL CHECK (char_length(family_name) BETWEEN 1 AND 100),
  email text NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254),
  organization text NOT NULL CHECK (char_length(organization) BETWEEN 1 AND 200),
  category text NOT NULL CHECK (char_length(category) BETWEEN 1 AND 100),
  country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  job_title text NOT NULL CHECK (char_length(job_title) BETWEEN 1 AND 150),
  wishes_to_speak boolean NOT NULL,
  -- { name, members[] } as the form gives it; only ever read whole.
  speaking_group jsonb CHECK (
    speaking_group IS NULL
    OR (char_length(speaking_group ->> 'name') BETWEEN 1 AND 200
      AND jsonb_typeof(speaking_group -> 'members') = 'array'
      AND jsonb_array_length(speaking_group -> 'members') <= 50)
  ),
  question_ids text[] NOT NULL CHECK (cardinality(question_ids) <= 20),
  accessibility_needs text CHECK (char_length(accessibility_needs) <= 1000),
  consent boolean NOT NULL CHECK (consent),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (event_id, tenant_id, aad_object_id)
);
CREATE INDEX registrations_by_user ON registrations (tenant_id, aad_object_id);
CREATE INDEX registrations_by_event ON registrations (event_id, created_at);

CREATE TABLE written_inputs (
  id uuid PRIMARY KEY,
  event_id text NOT NULL REFERENCES events (id),
  registration_id uuid NOT NULL REFERENCES registrations (id),
  tenant_id text NOT NULL,
  aad_object_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('text', 'file')),
  text text NOT NULL CHECK (char_length(text) <= 20000),
  file_name text CHECK (char_length(file_name) BETWEEN 1 AND 255),
  content_type text CHECK (char_length(content_type) <= 255),
  content bytea CHECK (octet_length(content) <= 10485760),
  size_bytes integer NOT NULL CHECK (size_bytes >= 0),
  received_at timestamptz NOT NULL,
  -- A file always has its bytes and their size; a typed statement has no bytes.
  CHECK ((kind = 'file') = (content IS NOT NULL)),
  CHECK (content IS NULL OR size_bytes = octet_length(content))
);
CREATE INDEX written_inputs_by_event ON written_inputs (event_id, received_at DESC);

CREATE TABLE conversations (
  tenant_id text NOT NULL,
  aad_object_id text NOT NULL,
  conversation_id text NOT NULL,
  service_url text NOT NULL,
  reference jsonb NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, aad_object_id)
);

CREATE TABLE download_links (
  -- Hex SHA-256 of the token: the token itself is never stored.
  token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  event_id text NOT NULL REFERENCES events (id),
  kind text NOT NULL CHECK (kind IN ('registrationsCsv')),
  created_by text NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
