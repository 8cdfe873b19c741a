import { parseDecisionCommand } from './decision-command';

describe('parseDecisionCommand', () => {
  it('reads decisions about one registration, whatever the case', () => {
    expect(parseDecisionCommand('Confirm reg-ab12-cd34')).toEqual({
      kind: 'decide',
      action: 'confirm',
      referenceCode: 'REG-AB12-CD34',
    });
    expect(parseDecisionCommand('decline REG-AB12-CD34.')).toMatchObject({
      action: 'decline',
    });
  });

  it('reads bulk decisions, capacity and delivery, with an optional event id', () => {
    expect(parseDecisionCommand('confirm all pending')).toEqual({
      kind: 'decideAllPending',
      action: 'confirm',
    });
    expect(parseDecisionCommand('waitlist all pending oewg-2024')).toEqual({
      kind: 'decideAllPending',
      action: 'waitlist',
      eventId: 'oewg-2024',
    });
    expect(parseDecisionCommand('capacity 40')).toEqual({ kind: 'capacity', capacity: 40 });
    expect(parseDecisionCommand('capacity none')).toEqual({ kind: 'capacity' });
    expect(parseDecisionCommand('delivery')).toEqual({ kind: 'delivery' });
    expect(parseDecisionCommand('Attendance')).toEqual({ kind: 'attendance' });
    expect(parseDecisionCommand('attendance oewg-informal-dialogue-2024-02-28')).toEqual({
      kind: 'attendance',
      eventId: 'oewg-informal-dialogue-2024-02-28',
    });
  });

  it('answers malformed chair commands with usage and leaves other lines alone', () => {
    expect(parseDecisionCommand('confirm everyone')).toEqual({ kind: 'usage' });
    expect(parseDecisionCommand('register')).toBeUndefined();
    expect(parseDecisionCommand('')).toBeUndefined();
  });

  it('answers usage for a bad event id or extra words, and reads 100 KB of dots as nothing it knows', () => {
    expect(parseDecisionCommand('delivery Not_An_Id')).toEqual({ kind: 'usage' });
    expect(parseDecisionCommand('capacity 40 oewg-2024 now')).toEqual({ kind: 'usage' });
    expect(parseDecisionCommand('confirm all pending a b')).toEqual({ kind: 'usage' });
    expect(parseDecisionCommand('.'.repeat(100 * 1024) + 'x')).toBeUndefined();
  });

  it('when a capacity is not a whole number of places, then the reason comes back, not the usage', () => {
    expect(parseDecisionCommand('capacity forty')).toEqual({
      kind: 'capacityRefused',
      key: 'tab.desk.capacity.notNumber',
    });
    expect(parseDecisionCommand('capacity -3')).toMatchObject({
      key: 'tab.desk.capacity.notNumber',
    });
    expect(parseDecisionCommand('capacity 1000000')).toMatchObject({
      key: 'tab.desk.capacity.tooLarge',
    });
  });
});
