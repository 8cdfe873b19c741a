-- The chair's team reviews each written statement before anything of it is public: its
-- status, the reason (required to withhold), who reviewed it and when, and when it was first
-- published (its author is told then, once). Existing statements start unreviewed.

ALTER TABLE written_inputs
  ADD COLUMN review_status text NOT NULL DEFAULT 'unreviewed'
    CHECK (review_status IN ('unreviewed', 'published', 'withheld')),
  ADD COLUMN review_reason text CHECK (char_length(review_reason) BETWEEN 1 AND 500),
  ADD COLUMN reviewed_by text CHECK (char_length(reviewed_by) BETWEEN 1 AND 100),
  ADD COLUMN reviewed_at timestamptz,
  ADD COLUMN first_published_at timestamptz,
  ADD CONSTRAINT written_inputs_review_check CHECK (
    (review_status = 'unreviewed') = (reviewed_at IS NULL)
    AND (reviewed_at IS NULL) = (reviewed_by IS NULL)
    AND (review_status <> 'withheld' OR review_reason IS NOT NULL)
    AND (review_status <> 'published' OR first_published_at IS NOT NULL)
  );
-- The public page reads the published statements of one event.
CREATE INDEX written_inputs_published ON written_inputs (event_id) WHERE review_status = 'published';

-- The author is told in chat when their statement is published, through the outbox.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
  CHECK (kind IN ('status', 'loginDetails', 'reminder', 'matchProposal', 'matchSchedule',
    'inputPublished'));
