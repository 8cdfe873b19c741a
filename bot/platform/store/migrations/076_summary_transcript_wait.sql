-- A transcript Teams publishes after the attendance report (issue 24, decision 039): a job
-- whose report is stored keeps its next try while it waits for the transcript, so the due
-- jobs are those with a next try, whatever their state.

DROP INDEX summary_attendance_due;

CREATE INDEX summary_attendance_due ON summary_attendance (next_at) WHERE next_at IS NOT NULL;
