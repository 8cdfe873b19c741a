-- Who a person outside Teams is: the six-digit codes mailed to them (hashed), the addresses
-- locked after five wrong codes, the codes sent (to limit them per address and per client),
-- and the conversations whose person is verified. Nothing is stored for a malformed address.

CREATE TABLE email_codes (
  conversation_key text PRIMARY KEY,
  email text NOT NULL,
  code_hash text NOT NULL,
  expires_at timestamptz NOT NULL,
  tries integer NOT NULL DEFAULT 0 CHECK (tries >= 0)
);

CREATE TABLE email_locks (
  email text PRIMARY KEY,
  locked_until timestamptz NOT NULL
);

CREATE TABLE email_code_sends (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  client_key text NOT NULL,
  sent_at timestamptz NOT NULL
);
CREATE INDEX email_code_sends_email ON email_code_sends (email, sent_at);
CREATE INDEX email_code_sends_client ON email_code_sends (client_key, sent_at);

CREATE TABLE email_verifications (
  conversation_key text PRIMARY KEY,
  email text NOT NULL,
  verified_at timestamptz NOT NULL
);

-- A verified address finds a Teams registration made with it (emails are stored lower case).
CREATE INDEX registrations_email ON registrations (email);
