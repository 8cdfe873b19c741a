import { DEV_TENANT_ID } from '../../bot/platform/auth/dev-users';
import { speakerRegistrations } from '../../core/testing/speaker-fixtures';
import { startBot, type BotHarness } from '../support/bot-harness';

const EVENT = 'oewg-informal-dialogue-2024-02-28';
const SPEAKERS = `/api/events/${EVENT}/speakers`;
const QUEUE = `/api/events/${EVENT}/queue`;

/**
 * The provisional list of speakers on the real service (port 0, embedded database,
 * development sign-in), every answer checked against core/api: 30 registrants, 24 wishing to
 * speak, 3 coalitions of three, one who withdrew and one who was declined.
 */
describe('Provisional list of speakers API', () => {
  let bot: BotHarness;
  const registrations = speakerRegistrations({
    eventId: EVENT,
    tenantId: DEV_TENANT_ID,
    total: 30,
    wishing: 24,
    coalitions: 3,
    withdrawn: 1,
    declined: 1,
  });
  const idOf = (i: number) => registrations[i]!.id;

  const as = (user: string) => ({ 'X-Dev-User': user, 'Content-Type': 'application/json' });
  const call = async (method: string, path: string, body?: unknown, user = 'chair') => {
    const response = await fetch(`${bot.baseUrl}${path}`, {
      method,
      headers: as(user),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const view = async () => (await call('GET', SPEAKERS)).body;

  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-25T09:00:00Z', env: { CHAIR_TEAM: '' } });
    for (const r of registrations) await bot.store.registrations.create(r);
  });
  afterAll(() => bot.close());

  it('when someone off the chair team asks, then the list and its actions answer 403', async () => {
    expect((await call('GET', SPEAKERS, undefined, 'delegate-a')).status).toBe(403);
    const place = await call(
      'POST',
      `${SPEAKERS}/place`,
      { baseVersion: 0, registrationIds: [] },
      'delegate-a',
    );
    expect(place.status).toBe(403);
    expect((await fetch(`${bot.baseUrl}${SPEAKERS}`)).status).toBe(401);
  });

  it('when the chair opens the list, then the pool holds every confirmed speaker, a coalition as one entry', async () => {
    const body = await view();
    expect(body.queue.entries).toEqual([]);
    expect(body.times).toEqual({ individualSeconds: 180, coalitionSeconds: 300 });
    // 24 wishing: 9 in 3 coalitions (3 entries), 2 not confirmed, 13 on their own.
    expect(body.pool).toHaveLength(16);
    expect(body.pool[0]).toMatchObject({
      registrationId: idOf(0),
      coalition: {
        name: 'Coalition 1',
        members: ['Member 1a', 'Member 1b', 'Organization 002', 'Organization 003'],
      },
      allottedSeconds: 300,
      profile: { category: 'ngo', country: 'SN', region: 'african' },
      memberRegistrationIds: [idOf(1), idOf(2)],
    });
    expect(body.pool.map((p: any) => p.registrationId)).not.toContain(idOf(22));
    expect(body.categories.map((c: any) => c.id)).toContain('ngo');
  });

  it('when the chair places someone who withdrew or was declined, then it is refused with the reason and nothing is placed', async () => {
    const withdrew = await call('POST', `${SPEAKERS}/place`, {
      baseVersion: 0,
      registrationIds: [idOf(3), idOf(23)],
    });
    expect(withdrew.status).toBe(409);
    expect(withdrew.body.code).toBe('speakers.error.withdrawn');
    expect(withdrew.body.error).toContain(registrations[23]!.familyName);
    expect(withdrew.body.queue.entries).toEqual([]);
    const declined = await call('POST', `${SPEAKERS}/place`, {
      baseVersion: 0,
      registrationIds: [idOf(22)],
    });
    expect(declined.body.code).toBe('speakers.error.declined');
    const unknown = await call('POST', `${SPEAKERS}/place`, {
      baseVersion: 0,
      registrationIds: ['nobody'],
    });
    expect(unknown).toMatchObject({
      status: 404,
      body: { code: 'speakers.error.unknownRegistration' },
    });
    const empty = await call('POST', `${SPEAKERS}/place`, { baseVersion: 0, registrationIds: [] });
    expect(empty).toMatchObject({ status: 400, body: { code: 'speakers.error.nothingSelected' } });
    const malformed = await call('POST', `${SPEAKERS}/place`, {
      baseVersion: 'x',
      registrationIds: 3,
    });
    expect(malformed).toMatchObject({
      status: 400,
      body: { code: 'speakers.error.invalidRequest' },
    });
    expect((await view()).queue.version).toBe(0);
  });

  it('when a screen sends a place command to the queue itself, then it is refused: placing reads the registrations', async () => {
    const forged = await call('POST', `${QUEUE}/commands`, {
      type: 'place',
      baseVersion: 0,
      candidates: [{ registrationId: 'x', status: 'confirmed', wishesToSpeak: true }],
    });
    expect(forged).toMatchObject({ status: 400, body: { code: 'speakers.error.useSpeakersList' } });
  });

  it('when the chair places all, moves, sets a time and undoes, then every step is a version of the queue', async () => {
    const pool = (await view()).pool.map((p: any) => p.registrationId);
    const placed = await call('POST', `${SPEAKERS}/place`, {
      baseVersion: 0,
      registrationIds: pool.slice(1),
    });
    expect(placed.status).toBe(200);
    expect(placed.body.pool.map((p: any) => p.registrationId)).toEqual([idOf(0)]);
    const top = await call('POST', `${SPEAKERS}/place`, {
      baseVersion: 1,
      registrationIds: [idOf(1)],
      position: 1,
    });
    expect(top.status).toBe(200);
    expect(top.body.pool).toEqual([]);
    const waiting = top.body.queue.entries;
    expect(waiting[0]).toMatchObject({
      speaker: { registrationId: idOf(0) },
      onBehalfOf: { kind: 'group', name: 'Coalition 1' },
      allottedSeconds: 300,
      profile: { region: 'african' },
    });
    const last = waiting[waiting.length - 1];
    const moved = await call('POST', `${QUEUE}/commands`, {
      type: 'move',
      baseVersion: 2,
      entryId: last.id,
      position: 3,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.queue.entries[2].id).toBe(last.id);
    const timed = await call('POST', `${QUEUE}/commands`, {
      type: 'setAllottedTime',
      baseVersion: 3,
      entryId: last.id,
      seconds: 150,
    });
    expect(timed.body.queue.entries[2].allottedSeconds).toBe(150);
    const undone = await call('POST', `${QUEUE}/commands`, { type: 'undo', baseVersion: 4 });
    expect(undone.body.queue.entries[2].allottedSeconds).toBe(180);
  });

  it('when two chairs reorder at once, then the later gets a conflict and the fresh list', async () => {
    const state = await view();
    const [a, b] = state.queue.entries;
    const first = await call('POST', `${QUEUE}/commands`, {
      type: 'move',
      baseVersion: state.queue.version,
      entryId: b.id,
      position: 1,
    });
    expect(first.status).toBe(200);
    const second = await call(
      'POST',
      `${QUEUE}/commands`,
      { type: 'move', baseVersion: state.queue.version, entryId: a.id, position: 5 },
      'presenter',
    );
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('queue.error.staleVersion');
    expect(second.body.queue.version).toBe(first.body.queue.version);
    expect(second.body.queue.entries[0].id).toBe(b.id);
    const stalePlace = await call('POST', `${SPEAKERS}/place`, {
      baseVersion: state.queue.version,
      registrationIds: [idOf(0)],
    });
    expect(stalePlace.status).toBe(409);
    expect(stalePlace.body.queue.version).toBe(first.body.queue.version);
  });

  it('when the chair publishes, then each confirmed speaker on the list gets one message with their place', async () => {
    const state = await view();
    const published = await call('POST', `${SPEAKERS}/publish`, {
      baseVersion: state.queue.version,
    });
    expect(published.status).toBe(200);
    expect(published.body.notified).toBe(state.queue.entries.length);
    expect(published.body.queue.published.version).toBe(state.queue.version + 1);
    const rows = await bot.store.outbox.list({ eventId: EVENT });
    const places = rows.filter((r) => r.kind === 'speakingPlace');
    expect(places).toHaveLength(state.queue.entries.length);
    const first = places.find(
      (r) => r.registrationId === state.queue.entries[0].speaker.registrationId,
    );
    expect(first?.payload.text).toContain(`you are speaker 1 of ${state.queue.entries.length}`);
    const again = await call('POST', `${SPEAKERS}/publish`, { baseVersion: state.queue.version });
    expect(again.status).toBe(409);
  });
});
