-- Each registration records the channel it was made in: Teams, or the public registration
-- page (Web Chat over Direct Line). Registrations made before this were all made in Teams.

ALTER TABLE registrations ADD COLUMN channel text NOT NULL DEFAULT 'teams'
  CHECK (channel IN ('teams', 'web'));
