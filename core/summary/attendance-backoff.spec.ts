import { ATTENDANCE_BACKOFF, nextAttendanceTry } from './attendance-backoff';

const END = Date.UTC(2024, 1, 28, 17, 0);
const MIN = 60_000;

describe('nextAttendanceTry', () => {
  it('when the meeting has just ended, then the first try waits five minutes after the end', () => {
    expect(nextAttendanceTry(0, END, END)).toBe(END + 5 * MIN);
    expect(nextAttendanceTry(0, END, END + MIN)).toBe(END + 5 * MIN);
    expect(nextAttendanceTry(0, END, END + 60 * MIN)).toBe(END + 60 * MIN);
  });

  it('when tries fail, then the wait doubles up to six hours', () => {
    expect(nextAttendanceTry(1, END, END + 5 * MIN)).toBe(END + 15 * MIN);
    expect(nextAttendanceTry(2, END, END + 15 * MIN)).toBe(END + 35 * MIN);
    expect(nextAttendanceTry(10, END, END + 60 * MIN)).toBe(
      END + 60 * MIN + ATTENDANCE_BACKOFF.maxDelayMs,
    );
  });

  it('when two days have passed since the end, then the job gives up', () => {
    expect(nextAttendanceTry(12, END, END + 47 * 60 * MIN)).toBeUndefined();
  });
});
