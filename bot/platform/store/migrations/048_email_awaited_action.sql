-- The card action a person outside Teams asked for before proving their address (the public
-- page opens its event's form as soon as the chat connects): kept per conversation, done once
-- the code matches, then dropped. Only the event's id is kept, never what the person typed.

CREATE TABLE email_awaited_actions (
  conversation_key text PRIMARY KEY,
  verb text NOT NULL,
  event_id text NOT NULL,
  noted_at timestamptz NOT NULL
);
