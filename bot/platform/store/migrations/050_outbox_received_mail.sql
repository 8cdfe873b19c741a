-- A person registered on the web is mailed "we received your registration" at submit, through
-- the outbox like every other mail (Teams registrants keep their chat confirmation).
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
  CHECK (kind IN ('status', 'loginDetails', 'reminder', 'matchProposal', 'matchSchedule',
    'inputPublished', 'speakingPlace', 'received'));
