import roundtableJson from '../../examples/global-roundtable-2024-05-10.json';
import { DEV_TENANT_ID, devPrincipalOf } from '../../bot/platform/auth/dev-users';
import { parseEventDefinition } from '../../core/event/event-schema';
import type { Registration } from '../../core/registration/registration';
import { startBot, type BotHarness } from '../support/bot-harness';
import { personalChat, teamsUser } from '../support/teams-activities';
import { aPerson } from '../store/store-fixtures';

const EVENT_ID = 'global-roundtable-ict-capacity-building-2024-05-10';
const BASE = `/api/events/${EVENT_ID}`;
/** Inside the registration window, nine days before the roundtable. */
const BEFORE = '2024-05-01T14:00:00Z';

/** Minutes east of UTC that `zone` reads at `instant`, computed apart from the service. */
function offsetMinutes(instant: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((wall - instant.getTime()) / 60_000);
}

/**
 * The roundtable's tab API on the real service (port 0, embedded database, development
 * sign-in): the programme in two zones, a person's own schedule, the chair's lists.
 */
describe('Roundtable API (seed roundtable of 10 May 2024)', () => {
  let bot: BotHarness;
  const chairOid = devPrincipalOf('chair')!.oid;
  const chair = teamsUser('Chair Office', { aadObjectId: chairOid, timeZone: 'America/New_York' });
  let provider: Registration;

  const as = (user: string) => ({ 'X-Dev-User': user, 'Content-Type': 'application/json' });
  const get = async (path: string, user: string) => {
    const response = await fetch(`${bot.baseUrl}${path}`, { headers: as(user) });
    return { status: response.status, body: (await response.json()) as any };
  };
  const post = async (path: string, user: string, body: unknown = {}) => {
    const response = await fetch(`${bot.baseUrl}${path}`, {
      method: 'POST',
      headers: as(user),
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const say = async (text: string) => {
    await bot.post(personalChat(chair, bot.connector.serviceUrl).message(text));
    return JSON.stringify(bot.takeSent());
  };
  /** Registers a development user with what they added for the roundtable. */
  const registerDev = async (
    devUser: string,
    person: Partial<Registration>,
    details: { delegationOf?: string; matchSide: 'offer' | 'need'; breakout: string },
  ) => {
    const registration = aPerson(EVENT_ID, {
      tenantId: DEV_TENANT_ID,
      aadObjectId: devPrincipalOf(devUser)!.oid,
      status: 'confirmed',
      group: undefined,
      ...person,
    });
    await bot.store.registrations.create(registration);
    await bot.store.roundtable.participation.save({
      registrationId: registration.id,
      eventId: EVENT_ID,
      ...(details.delegationOf ? { delegationOf: details.delegationOf } : {}),
      matchSide: details.matchSide,
      thematicAreaIds: ['threats'],
      regionIds: ['african'],
      breakoutChoices: [details.breakout],
      updatedAt: new Date(BEFORE),
    });
    return registration;
  };

  beforeAll(async () => {
    bot = await startBot({ now: BEFORE, env: { CHAIR_TEAM: chairOid } });
    const parsed = parseEventDefinition(roundtableJson);
    if (!parsed.ok) throw new Error('seed roundtable must be valid');
    await bot.store.events.upsert(parsed.value);
    provider = await registerDev(
      'delegate-a',
      {
        givenName: 'Ana',
        familyName: 'Souza',
        organization: 'Cyber Capacity Foundation',
        category: 'capacity-building-provider',
        country: 'BR',
      },
      { matchSide: 'offer', breakout: 'breakout-threats' },
    );
    await registerDev(
      'delegate-b',
      {
        givenName: 'Otieno',
        familyName: 'Kamau',
        organization: 'Ministry of ICT',
        category: 'member-state',
        country: 'KE',
      },
      { delegationOf: 'KE', matchSide: 'need', breakout: 'breakout-cbms' },
    );
    expect(await say('invite all')).toContain('195 new invitations created');
    expect(await say('accept KE ambassador Martin Kimani, Permanent Representative')).toContain(
      'Kenya accepted',
    );
    expect(await say('remarks KE')).toContain('place 1');
    expect(await say('decline FR')).toContain('France: Declined');
    expect(await say('matchmaking propose')).toContain('1 proposal in all (1 new)');
  });
  afterAll(() => bot.close());

  it('when nobody is signed in, then the roundtable routes answer 401', async () => {
    for (const path of ['programme', 'my-roundtable', 'invitations', 'breakouts']) {
      expect((await fetch(`${bot.baseUrl}${BASE}/${path}`)).status).toBe(401);
    }
  });

  it('when a viewer in Zurich reads the programme, then each session is in New York time and theirs', async () => {
    const { status, body } = await get(`${BASE}/programme?zone=Europe/Zurich`, 'delegate-a');
    expect(status).toBe(200);
    expect(body.event.timeZone).toBe('America/New_York');
    expect(body.viewerZone).toBe('Europe/Zurich');
    const opening = body.sessions.find((s: any) => s.id === 'opening-plenary');
    const start = new Date(opening.start);
    expect(start.toISOString()).toBe('2024-05-10T13:00:00.000Z');
    // EDT is UTC-4 and CEST UTC+2 on 10 May 2024: six hours apart.
    expect(opening.eventZone.utcOffsetMinutes).toBe(offsetMinutes(start, 'America/New_York'));
    expect(opening.viewerZone.utcOffsetMinutes).toBe(offsetMinutes(start, 'Europe/Zurich'));
    expect(opening.viewerZone.utcOffsetMinutes - opening.eventZone.utcOffsetMinutes).toBe(360);
    expect([opening.eventZone.startClock, opening.eventZone.endClock]).toEqual(['09:00', '10:00']);
    expect([opening.viewerZone.startClock, opening.viewerZone.endClock]).toEqual([
      '15:00',
      '16:00',
    ]);
    expect(opening.moderators[0].name).toBe('Burhan Gafoor');
    expect(body.sessions[0].id).toBe('welcome-reception');
    expect(body.whatsNext).toEqual({ kind: 'next', nextId: 'welcome-reception' });
  });

  it('when the day is under way, then the programme marks the current and the next session', async () => {
    bot.clock.set('2024-05-10T14:10:00Z');
    const { body } = await get(`${BASE}/programme?zone=Asia/Singapore`, 'delegate-b');
    expect(body.whatsNext).toEqual({
      kind: 'current',
      currentId: 'signature-panel-1',
      nextId: 'signature-panel-2',
    });
    bot.clock.set(BEFORE);
  });

  it('when the zone is not one the service knows, then the programme answers 400 with a reason', async () => {
    const { status, body } = await get(`${BASE}/programme?zone=Mars/Olympus_Mons`, 'delegate-a');
    expect(status).toBe(400);
    expect(body.code).toBe('roundtable.programme.badZone');
    expect(body.error).toContain('"Mars/Olympus_Mons" is not a time zone');
    expect((await get('/api/events/no-such-event/programme', 'delegate-a')).status).toBe(404);
  });

  it('when the provider accepts a proposal through the tab, then it is recorded once', async () => {
    const before = await get(`${BASE}/my-roundtable?zone=Europe/Zurich`, 'delegate-a');
    expect(before.body.registered).toBe(true);
    expect(before.body.proposals).toEqual([
      expect.objectContaining({ side: 'provider', counterpart: 'Kenya', canAnswer: true }),
    ]);
    const id = before.body.proposals[0].id as string;
    const answer = `${BASE}/matches/${encodeURIComponent(id)}/answer`;
    expect((await post(answer, 'delegate-a', { answer: 'maybe' })).status).toBe(400);
    const accepted = await post(answer, 'delegate-a', { answer: 'accept' });
    expect(accepted).toEqual({ status: 200, body: { id, status: 'acceptedByProvider' } });
    const again = await post(answer, 'delegate-a', { answer: 'accept' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('roundtable.matchmaking.alreadyAccepted');
    const stranger = await post(answer, 'presenter', { answer: 'decline' });
    expect(stranger.status).toBe(404);
    const state = await get(`${BASE}/my-roundtable`, 'delegate-b');
    expect(state.body.proposals[0]).toMatchObject({ side: 'state', canAnswer: true });
    expect((await post(answer, 'delegate-b', { answer: 'accept' })).body.status).toBe('matched');
  });

  it('when the chair schedules and assigns breakouts, then each side sees its meeting in both zones and its group', async () => {
    expect(await say('matchmaking schedule')).toContain('1 meeting scheduled');
    expect(await say('breakouts assign')).toContain('Participants placed in breakout groups: 2');
    const state = await get(`${BASE}/my-roundtable?zone=Africa/Nairobi`, 'delegate-b');
    expect(state.body.proposals).toEqual([]);
    expect(state.body.meetings).toEqual([
      expect.objectContaining({
        table: 'Table 1',
        counterpart: 'Ana Souza (Cyber Capacity Foundation)',
        eventZone: expect.objectContaining({ startClock: '13:30', endClock: '13:50' }),
        viewerZone: expect.objectContaining({ startClock: '20:30', endClock: '20:50' }),
      }),
    ]);
    expect(state.body.breakoutGroup.title).toBe(
      'Capacity-building for confidence-building measures',
    );
    const mine = await get(`${BASE}/my-roundtable?zone=Europe/Zurich`, 'delegate-a');
    expect(mine.body.meetings[0]).toMatchObject({
      counterpart: 'Kenya',
      viewerZone: expect.objectContaining({ startClock: '19:30' }),
    });
    const outsider = await get(`${BASE}/my-roundtable`, 'presenter');
    expect(outsider.body).toMatchObject({ registered: false, meetings: [], proposals: [] });
  });

  it("when a provider's tab is in Arabic or Chinese, then the State they meet is named in that language", async () => {
    const inLanguage = async (language: string) => {
      const response = await fetch(`${bot.baseUrl}${BASE}/my-roundtable`, {
        headers: { ...as('delegate-a'), 'Accept-Language': language },
      });
      return ((await response.json()) as any).meetings[0].counterpart as string;
    };
    expect(await inLanguage('ar-SA')).toBe('كينيا');
    expect(await inLanguage('zh-CN')).toBe('肯尼亚');
    expect(await inLanguage('en-US')).toBe('Kenya');
  });

  it('when the chair lists the invitations, then every State is there with its answer and the counts', async () => {
    const { status, body } = await get(`${BASE}/invitations`, 'chair');
    expect(status).toBe(200);
    expect(body.summary).toMatchObject({ total: 195, accepted: 1, declined: 1, noAnswer: 193 });
    expect(body.invitations).toHaveLength(195);
    expect(body.invitations.find((i: any) => i.stateCode === 'KE')).toMatchObject({
      stateName: 'Kenya',
      status: 'accepted',
      headOfDelegation: { name: 'Martin Kimani', level: 'ambassador' },
      openingRemarksRequestedAt: expect.any(String),
    });
    expect(body.invitations.find((i: any) => i.stateCode === 'FR').status).toBe('declined');
  });

  it("when the chair's tab is in French, then the invitations name States in French, by the UN's names", async () => {
    const response = await fetch(`${bot.baseUrl}${BASE}/invitations`, {
      headers: { ...as('chair'), 'Accept-Language': 'fr-FR' },
    });
    const body = (await response.json()) as any;
    const nameOf = (code: string) =>
      body.invitations.find((i: any) => i.stateCode === code).stateName;
    expect([nameOf('KE'), nameOf('DE'), nameOf('PS'), nameOf('VA')]).toEqual([
      'Kenya',
      'Allemagne',
      'État de Palestine',
      'Saint-Siège',
    ]);
  });

  it('when someone outside the chair team asks for the lists or their export, then it is refused with 403', async () => {
    for (const path of ['invitations', 'breakouts']) {
      const list = await get(`${BASE}/${path}`, 'delegate-a');
      expect(list.status).toBe(403);
      expect(list.body.code).toBe('roundtable.api.chairOnly');
      expect((await post(`${BASE}/${path}/export`, 'delegate-b')).status).toBe(403);
    }
  });

  it('when the chair lists the breakout groups, then each group names the people seated in it', async () => {
    const { body } = await get(`${BASE}/breakouts`, 'chair');
    expect(body.assigned).toBe(true);
    const threats = body.groups.find((g: any) => g.id === 'breakout-threats');
    expect(threats.people).toEqual([
      {
        name: 'Ana Souza',
        organization: 'Cyber Capacity Foundation',
        referenceCode: provider.referenceCode,
      },
    ]);
    expect(body.overflow).toEqual([]);
  });

  it('when the chair exports invitations and breakouts, then each link downloads a CSV once', async () => {
    for (const [path, rows] of [
      ['invitations', 196],
      ['breakouts', 3],
    ] as const) {
      const { status, body } = await post(`${BASE}/${path}/export`, 'chair');
      expect(status).toBe(200);
      const link = /\/api\/exports\/[A-Za-z0-9_-]+$/.exec(body.url as string)?.[0];
      const first = await fetch(`${bot.baseUrl}${link}`);
      expect(first.status).toBe(200);
      expect(first.headers.get('content-type')).toContain('text/csv');
      const csv = await first.text();
      expect(csv.trimEnd().split('\r\n')).toHaveLength(rows);
      if (path === 'invitations') expect(csv).toContain('"KE","Kenya","memberState","accepted"');
      expect((await fetch(`${bot.baseUrl}${link}`)).status).toBe(404);
    }
  });
});
