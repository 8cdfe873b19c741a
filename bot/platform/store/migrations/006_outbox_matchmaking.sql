-- Matchmaking notices go through the outbox too: each side of a new proposal is told (with
-- Accept / Decline), and each person is sent their meetings once the pairs are scheduled.

ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
  CHECK (kind IN ('status', 'loginDetails', 'reminder', 'matchProposal', 'matchSchedule'));
