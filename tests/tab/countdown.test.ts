import { countdownOf, durationText } from '../../tab/src/queue/countdown';

describe('countdownOf (the same rounding on every screen)', () => {
  it('when a turn starts, then its full time shows', () => {
    expect(countdownOf(180_000)).toEqual({ seconds: 180, overrun: false, text: '3:00' });
    expect(countdownOf(179_001).text).toBe('3:00');
  });

  it('when time is nearly up, then it counts down to zero', () => {
    expect(countdownOf(1).text).toBe('0:01');
    expect(countdownOf(0)).toEqual({ seconds: 0, overrun: false, text: '0:00' });
  });

  it('when the speaker overruns, then the time is negative with a minus sign', () => {
    expect(countdownOf(-1)).toEqual({ seconds: -1, overrun: true, text: '\u22120:01' });
    expect(countdownOf(-65_000)).toEqual({ seconds: -65, overrun: true, text: '\u22121:05' });
  });

  it('when a finished turn is shown, then the time used is whole seconds elapsed', () => {
    expect(durationText(167_900)).toBe('2:47');
    expect(durationText(-5)).toBe('0:00');
  });
});
