-- The registrations also export as an .xlsx workbook, behind the same single-use links.

ALTER TABLE download_links DROP CONSTRAINT download_links_kind_check;
ALTER TABLE download_links ADD CONSTRAINT download_links_kind_check
  CHECK (kind IN ('registrationsCsv', 'registrationsXlsx', 'invitationsCsv', 'breakoutsCsv',
                  'attendanceCsv'));
