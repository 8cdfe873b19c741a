-- The pace of sends per tenant, shared by every instance on the database: each send takes the
-- next slot, so two or more workers together still keep Teams' per-app-per-tenant limit.

CREATE TABLE outbox_send_slots (
  tenant_id text PRIMARY KEY,
  -- The earliest time (the database's clock) the next send of this tenant may go.
  next_at timestamptz NOT NULL
);
