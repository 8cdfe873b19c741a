import { stakeholderMeetingSettings } from '../../core/meeting/online-meeting-settings';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import { createRequest, graphCalls, graphProvider, ORGANIZER } from './graph-fixtures';

const CHAIR_TEAM = {
  emails: ['chair@contoso.example'],
  objectIds: ['0a1b2c3d-0000-4000-8000-000000000001'],
};
const PATCH_MEETING = 'PATCH /users/{user-id}/onlineMeetings/{onlineMeeting-id}';

describe('GraphMeetingProvider lobby and presenters (supplement paths)', () => {
  let standIn: GraphStandIn;
  beforeEach(async () => (standIn = await startGraphStandIn({ outsideSubset: true })));
  afterEach(() => standIn.close());

  it('when the meeting is created, then its online meeting is found by join link and PATCHed', async () => {
    const provider = graphProvider(standIn);
    const meeting = await provider.createMeeting(createRequest());

    const outcome = await provider.configureOptions(
      meeting,
      stakeholderMeetingSettings(CHAIR_TEAM),
    );

    const [online] = [...standIn.onlineMeetings.meetings.values()];
    expect(outcome).toEqual({ kind: 'applied', onlineMeetingId: online?.id });
    const lookup = graphCalls(standIn).find(
      (r) => r.operation === 'GET /users/{user-id}/onlineMeetings',
    );
    expect(lookup).toMatchObject({ status: 200, outsideSubset: true });
    expect(lookup?.query.$filter).toBe(`JoinWebUrl eq '${meeting.joinUrl}'`);
    const patch = graphCalls(standIn).find((r) => r.operation === PATCH_MEETING);
    expect(patch).toMatchObject({ status: 200, outsideSubset: true });
    expect(patch?.validationErrors).toBeUndefined();
    expect(online).toMatchObject({
      lobbyBypassSettings: { scope: 'invited', isDialInBypassEnabled: true },
      allowedPresenters: 'roleIsPresenter',
      participants: {
        attendees: [
          { upn: 'chair@contoso.example', role: 'presenter' },
          { identity: { user: { id: CHAIR_TEAM.objectIds[0] } }, role: 'presenter' },
        ],
      },
    });
  });

  it('when Graph refuses the PATCH (403), then the outcome says refused and names the organizer', async () => {
    const provider = graphProvider(standIn);
    const meeting = await provider.createMeeting(createRequest());
    standIn.failNext({
      status: 403,
      operation: PATCH_MEETING,
      code: 'Forbidden',
      message: 'No application access policy found for this app.',
    });

    const outcome = await provider.configureOptions(
      meeting,
      stakeholderMeetingSettings(CHAIR_TEAM),
    );

    expect(outcome).toEqual({
      kind: 'refused',
      organizer: ORGANIZER,
      permission: 'OnlineMeetings.ReadWrite.All',
    });
    const [online] = [...standIn.onlineMeetings.meetings.values()];
    expect(online?.allowedPresenters).toBe('everyone');
  });

  it('when the stand-in has the subset only, then the lookup is refused as outside the subset', async () => {
    const strict = await startGraphStandIn();
    try {
      const provider = graphProvider(strict);
      const meeting = await provider.createMeeting(createRequest());
      const outcome = await provider.configureOptions(
        meeting,
        stakeholderMeetingSettings(CHAIR_TEAM),
      );
      expect(outcome).toEqual({ kind: 'failed', failure: 'invalidRequest' });
      expect(graphCalls(strict).at(-1)?.validationErrors?.[0]).toContain(
        'is not in the OpenAPI subset',
      );
    } finally {
      await strict.close();
    }
  });

  it('when the settings carry a misspelt property, then the stand-in rejects the PATCH', async () => {
    const provider = graphProvider(standIn);
    const meeting = await provider.createMeeting(createRequest());
    const wrong = { ...stakeholderMeetingSettings(CHAIR_TEAM), allowedPresenter: 'organizer' };

    const outcome = await provider.configureOptions(meeting, wrong as never);

    expect(outcome).toEqual({ kind: 'failed', failure: 'invalidRequest' });
    const patch = graphCalls(standIn).find((r) => r.operation === PATCH_MEETING);
    expect(patch?.validationErrors).toContain(
      '/allowedPresenter is not a property of microsoft.graph.onlineMeeting',
    );
  });
});
