import { nextCodeSendAt } from './send-limits';

const T0 = new Date('2024-02-20T15:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe('nextCodeSendAt', () => {
  it('when nothing was sent, then a code may go now', () => {
    expect(nextCodeSendAt([], [], T0)).toEqual(T0);
  });

  it('when a code went to the address under a minute ago, then the next waits for the minute', () => {
    expect(nextCodeSendAt([at(0)], [], at(0.5))).toEqual(at(1));
  });

  it('when five codes went to the address within the hour, then the sixth waits for the first to age out', () => {
    const sends = [at(0), at(5), at(10), at(15), at(20)];
    expect(nextCodeSendAt(sends, [], at(25))).toEqual(at(60));
  });

  it('when the client sent ten codes within the hour, whatever the addresses, then it waits', () => {
    const sends = Array.from({ length: 10 }, (_, i) => at(i * 2));
    expect(nextCodeSendAt([], sends, at(30))).toEqual(at(60));
  });
});
