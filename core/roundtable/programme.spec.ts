import type { EventDefinition } from '../event/event';
import { programmeInZones, whatsNext, whatsNextMessage } from './programme';
import { seedDialogue, seedRoundtable } from '../testing/roundtable-fixtures';

const lineOf = (event: EventDefinition, zone: string, id: string) => {
  const line = programmeInZones(event, zone).find((l) => l.session.id === id);
  if (!line) throw new Error(`no session ${id}`);
  return line;
};

describe('programmeInZones', () => {
  it('lists the roundtable in time order, the 9 May reception first', () => {
    const ids = programmeInZones(seedRoundtable(), 'Europe/Zurich').map((l) => l.session.id);
    expect(ids).toEqual([
      'welcome-reception',
      'opening-plenary',
      'signature-panel-1',
      'signature-panel-2',
      'matchmaking',
      'breakout-groups',
      'closing-plenary',
    ]);
  });

  it('keeps the file order of sessions that start together', () => {
    const event = seedRoundtable();
    const twin = { ...event.programme[1]!, id: 'twin', title: 'Twin' };
    const lines = programmeInZones({ ...event, programme: [twin, ...event.programme] }, 'UTC');
    expect(lines.slice(1, 3).map((l) => l.session.id)).toEqual(['twin', 'opening-plenary']);
  });

  it('reads 09:00 in New York on 10 May (EDT, UTC-4) as 15:00 in Geneva (Europe/Zurich, CEST, UTC+2)', () => {
    const line = lineOf(seedRoundtable(), 'Europe/Zurich', 'opening-plenary');
    expect(line.start.toISOString()).toBe('2024-05-10T13:00:00.000Z');
    expect(line.inEventZone).toMatchObject({ startClock: '09:00', utcOffsetMinutes: -240 });
    expect(line.inViewerZone).toMatchObject({
      zone: 'Europe/Zurich',
      startDate: '2024-05-10',
      startClock: '15:00',
      endClock: '16:00',
      utcOffsetMinutes: 120,
    });
  });

  it('reads it as 22:00 in Tokyo (JST, UTC+9, which keeps no daylight saving)', () => {
    const line = lineOf(seedRoundtable(), 'Asia/Tokyo', 'opening-plenary');
    expect(line.inViewerZone).toMatchObject({
      startClock: '22:00',
      endClock: '23:00',
      utcOffsetMinutes: 540,
    });
    expect(line.inViewerZone.startLabel).toBe('Friday, 10 May 2024, 22:00 GMT+9');
  });

  it('moves the 9 May evening reception to the next morning in Tokyo', () => {
    const line = lineOf(seedRoundtable(), 'Asia/Tokyo', 'welcome-reception');
    expect(line.inEventZone).toMatchObject({ startDate: '2024-05-09', startClock: '18:30' });
    expect(line.inViewerZone).toMatchObject({ startDate: '2024-05-10', startClock: '07:30' });
  });

  it('uses winter offsets in February: 09:00 EST (UTC-5) is 15:00 CET and 23:00 in Tokyo', () => {
    const geneva = lineOf(seedDialogue(), 'Europe/Zurich', seedDialogue().programme[0]!.id);
    expect(geneva.start.toISOString()).toBe('2024-02-28T14:00:00.000Z');
    expect(geneva.inEventZone.utcOffsetMinutes).toBe(-300);
    expect(geneva.inViewerZone).toMatchObject({ startClock: '15:00', utcOffsetMinutes: 60 });
    const tokyo = lineOf(seedDialogue(), 'Asia/Tokyo', seedDialogue().programme[0]!.id);
    expect(tokyo.inViewerZone).toMatchObject({ startClock: '23:00', utcOffsetMinutes: 540 });
  });

  it('narrows the New York-Geneva gap to 5 hours between the US and European clock changes', () => {
    // New York moved to EDT on 10 March 2024, Geneva to CEST only on 31 March.
    const event = seedRoundtable();
    const march: EventDefinition = {
      ...event,
      programme: [{ ...event.programme[1]!, start: '2024-03-20T09:00', end: '2024-03-20T10:00' }],
    };
    const [line] = programmeInZones(march, 'Europe/Zurich');
    expect(line?.inEventZone.utcOffsetMinutes).toBe(-240);
    expect(line?.inViewerZone).toMatchObject({ startClock: '14:00', utcOffsetMinutes: 60 });
  });

  it('falls back to the event zone for a zone that is not in the IANA database', () => {
    // Geneva keeps Swiss time: its zone is Europe/Zurich; "Europe/Geneva" does not exist.
    const line = lineOf(seedRoundtable(), 'Europe/Geneva', 'opening-plenary');
    expect(line.inViewerZone).toMatchObject({ zone: 'America/New_York', startClock: '09:00' });
  });
});

describe('whatsNext', () => {
  const programme = programmeInZones(seedRoundtable(), 'Europe/Zurich');
  const at = (iso: string) => whatsNext(programme, new Date(iso));
  const ids = (state: ReturnType<typeof whatsNext>) => ({
    kind: state.kind,
    current: state.kind === 'current' ? state.current.session.id : undefined,
    next: state.kind === 'nothingLeft' ? undefined : state.next?.session.id,
  });

  it('when nothing has started, then the reception is next', () => {
    expect(ids(at('2024-05-01T12:00:00Z'))).toEqual({
      kind: 'next',
      current: undefined,
      next: 'welcome-reception',
    });
  });

  it('when a session ends as the next begins, then the one beginning is current', () => {
    // 14:00 UTC is 10:00 in New York.
    expect(ids(at('2024-05-10T14:00:00Z'))).toEqual({
      kind: 'current',
      current: 'signature-panel-1',
      next: 'signature-panel-2',
    });
    expect(ids(at('2024-05-10T13:59:59Z')).current).toBe('opening-plenary');
  });

  it('when between the reception and the opening, then the opening plenary is next', () => {
    expect(ids(at('2024-05-10T03:00:00Z'))).toMatchObject({
      kind: 'next',
      next: 'opening-plenary',
    });
  });

  it('when the closing plenary is under way, then nothing follows it', () => {
    const state = at('2024-05-10T21:30:00Z');
    expect(ids(state)).toEqual({ kind: 'current', current: 'closing-plenary', next: undefined });
  });

  it('when the closing plenary has ended, then nothing is left', () => {
    expect(at('2024-05-10T22:00:00Z')).toEqual({ kind: 'nothingLeft' });
  });

  it('when sessions overlap, then the one that started last is current', () => {
    const event = seedRoundtable();
    const day = {
      ...event.programme[1]!,
      id: 'whole-day',
      start: '2024-05-10T09:00',
      end: '2024-05-10T18:00',
    };
    const lines = programmeInZones({ ...event, programme: [day, ...event.programme] }, 'UTC');
    const state = whatsNext(lines, new Date('2024-05-10T15:00:00Z'));
    expect(ids(state)).toMatchObject({ current: 'signature-panel-1', next: 'signature-panel-2' });
  });

  it('words the state with times in the viewer zone', () => {
    expect(whatsNextMessage(at('2024-05-10T14:00:00Z'))).toEqual({
      key: 'roundtable.programme.current',
      params: { title: 'Signature Panel I', end: '17:30' },
    });
    expect(whatsNextMessage(at('2024-05-10T03:00:00Z'))).toEqual({
      key: 'roundtable.programme.next',
      params: { title: 'Opening Plenary', start: 'Friday, 10 May 2024, 15:00 GMT+2' },
    });
    expect(whatsNextMessage(at('2024-06-01T00:00:00Z'))).toEqual({
      key: 'roundtable.programme.nothingLeft',
    });
  });
});
