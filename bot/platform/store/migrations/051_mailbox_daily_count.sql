-- The sending mailbox's mails, counted per hour in the database: Exchange Online allows 10,000
-- recipients a day per mailbox, and that count must survive a restart and be shared by every
-- instance (code mails, which are never stored in the outbox, count here too).
CREATE TABLE mailbox_send_counts (
  hour timestamptz PRIMARY KEY,
  sent integer NOT NULL CHECK (sent >= 0)
);
