-- A registrant placed on the provisional list of speakers is told their place through the
-- outbox when the chair publishes the list (decision 029).
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
  CHECK (kind IN ('status', 'loginDetails', 'reminder', 'matchProposal', 'matchSchedule',
    'inputPublished', 'speakingPlace'));
