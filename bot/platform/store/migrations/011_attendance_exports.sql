-- The attendance report after a meeting joins the single-use CSV exports. Nothing else is
-- stored: the report is read from Graph and matched to registrations when asked for.

ALTER TABLE download_links DROP CONSTRAINT download_links_kind_check;
ALTER TABLE download_links ADD CONSTRAINT download_links_kind_check
  CHECK (kind IN ('registrationsCsv', 'invitationsCsv', 'breakoutsCsv', 'attendanceCsv'));
