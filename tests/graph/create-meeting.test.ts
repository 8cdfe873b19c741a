import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import {
  CLIENT,
  ORGANIZER,
  TENANT,
  attendees,
  createRequest,
  graphCalls,
  graphClient,
  graphProvider,
} from './graph-fixtures';

describe('GraphMeetingProvider.createMeeting', () => {
  let standIn: GraphStandIn;
  beforeEach(async () => (standIn = await startGraphStandIn()));
  afterEach(() => standIn.close());

  it('when a meeting is created, then the POST fits the OpenAPI subset and the join URL is kept', async () => {
    const record = await graphProvider(standIn).createMeeting(createRequest());

    const [post] = graphCalls(standIn);
    expect(post).toMatchObject({
      operation: 'POST /users/{user-id}/events',
      path: `/v1.0/users/${encodeURIComponent(ORGANIZER)}/events`,
      status: 201,
    });
    expect(post?.validationErrors).toBeUndefined();
    expect(post?.body).toMatchObject({
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      start: { dateTime: '2024-02-28T09:00:00', timeZone: 'America/New_York' },
      attendees: [
        {
          emailAddress: { address: 'amina.diallo@example.org', name: 'Amina Diallo' },
          type: 'required',
        },
        { emailAddress: { address: 'li.wei@example.org', name: 'Li Wei' }, type: 'required' },
      ],
    });
    const stored = standIn.events.get(record.eventId) as { onlineMeeting: { joinUrl: string } };
    expect(record).toMatchObject({ provider: 'graph', organizer: ORGANIZER, attendees });
    expect(record.joinUrl).toBe(stored.onlineMeeting.joinUrl);
  });

  it('when the client signs in, then MSAL uses the loopback authority and the token reaches Graph', async () => {
    const provider = graphProvider(standIn);
    await provider.createMeeting(createRequest('tx-1'));
    await provider.createMeeting(createRequest('tx-2'));

    const tokenCalls = standIn.requests.filter((r) => r.kind === 'token');
    expect(tokenCalls).toHaveLength(1); // MSAL caches the app token between calls
    expect(tokenCalls[0]).toMatchObject({
      path: `/${TENANT}/oauth2/v2.0/token`,
      body: {
        grant_type: 'client_credentials',
        client_id: CLIENT,
        scope: 'https://graph.microsoft.com/.default',
        client_secret: 'stand-in-secret',
      },
      status: 200,
    });
    // The stand-in answers 401 to any bearer it did not issue, so 201 proves the token flowed.
    for (const call of graphCalls(standIn)) {
      expect(call.headers.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
      expect(call.status).toBe(201);
    }
    // Endpoint discovery came from the loopback authority; no call left for instance discovery.
    expect(standIn.requests.filter((r) => r.kind === 'discovery')[0]?.path).toBe(
      `/${TENANT}/v2.0/.well-known/openid-configuration`,
    );
    expect(standIn.requests.filter((r) => r.kind === 'unknown')).toEqual([]);
  });

  it('when a body does not fit the subset, then the stand-in answers 400 with the errors', async () => {
    const client = graphClient(standIn);
    const bad = { subject: 'x', isOnlineMeting: true, attendees: [{ type: 'Required' }] };

    await expect(client.api(`/users/${ORGANIZER}/events`).post(bad)).rejects.toMatchObject({
      statusCode: 400,
    });
    expect(graphCalls(standIn)[0]?.validationErrors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('/attendees/0/type'),
        '/isOnlineMeting is not a property of microsoft.graph.event',
      ]),
    );
  });
});
