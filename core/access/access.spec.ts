import { chairNeedsEmail, isOnChairTeam } from './chair-team';
import { authorize, type QueueAction } from './queue-permissions';
import { roleOf } from './role';

const OID = '6f1c2a4e-0b8d-4c1e-9f7a-2d3b4c5d6e7f';
const OTHER = '11111111-2222-4333-8444-555555555555';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const ELSEWHERE = '9188040d-6c67-4c5b-b112-36a304b66dad';
const team = { objectIds: [OID], emails: ['prizeman@un.org'], tenantId: TENANT };
const ours = (aadObjectId: string, email?: string) => ({
  tenantId: TENANT,
  aadObjectId,
  ...(email ? { email } : {}),
});

describe('isOnChairTeam', () => {
  it('matches object ids and emails of the configured tenant whatever their case', () => {
    expect(isOnChairTeam(team, ours(OID.toUpperCase()))).toBe(true);
    expect(
      isOnChairTeam(team, { ...ours(OTHER, 'Prizeman@UN.org'), tenantId: TENANT.toUpperCase() }),
    ).toBe(true);
  });

  it('refuses anyone else, and an email that is not given', () => {
    expect(isOnChairTeam(team, ours(OTHER))).toBe(false);
    expect(isOnChairTeam(team, ours(OTHER, 'someone@un.org'))).toBe(false);
    expect(
      isOnChairTeam({ ...team, objectIds: [], emails: [] }, ours(OID, 'prizeman@un.org')),
    ).toBe(false);
  });

  it("refuses another tenant's user, by chair email or by object id", () => {
    expect(
      isOnChairTeam(team, { tenantId: ELSEWHERE, aadObjectId: OTHER, email: 'prizeman@un.org' }),
    ).toBe(false);
    expect(isOnChairTeam(team, { tenantId: ELSEWHERE, aadObjectId: OID })).toBe(false);
  });

  it('without a configured tenant, matches object ids from any tenant and never an email', () => {
    const open = { ...team, tenantId: '' };
    expect(isOnChairTeam(open, { tenantId: ELSEWHERE, aadObjectId: OID })).toBe(true);
    expect(
      isOnChairTeam(open, { tenantId: TENANT, aadObjectId: OTHER, email: 'prizeman@un.org' }),
    ).toBe(false);
  });

  it('asks for an email only where one could make a chair', () => {
    expect(chairNeedsEmail(team, ours(OTHER))).toBe(true);
    expect(chairNeedsEmail(team, ours(OID))).toBe(false);
    expect(chairNeedsEmail(team, { tenantId: ELSEWHERE, aadObjectId: OTHER })).toBe(false);
    expect(chairNeedsEmail({ ...team, tenantId: '' }, ours(OTHER))).toBe(false);
  });
});

describe('roleOf', () => {
  it('makes the chair team chair in any meeting role', () => {
    expect(roleOf({ chairTeam: team, ...ours(OID), meetingRole: 'Attendee' })).toBe('chair');
    expect(roleOf({ chairTeam: team, ...ours(OTHER, 'prizeman@un.org') })).toBe('chair');
  });

  it('makes the meeting organizer and presenters chair', () => {
    expect(roleOf({ chairTeam: team, ...ours(OTHER), meetingRole: 'Organizer' })).toBe('chair');
    expect(roleOf({ chairTeam: team, ...ours(OTHER), meetingRole: 'Presenter' })).toBe('chair');
  });

  it('makes everyone else attendee, including unknown or missing meeting roles', () => {
    for (const meetingRole of ['Attendee', 'Guest', 'presenter', undefined]) {
      expect(roleOf({ chairTeam: team, ...ours(OTHER), meetingRole })).toBe('attendee');
    }
  });
});

describe('authorize', () => {
  const ACTIONS: QueueAction[] = [
    'viewQueue',
    'requestFloor',
    'withdraw',
    'add',
    'remove',
    'move',
    'setAllottedTime',
    'callNext',
    'startTimer',
    'pauseTimer',
    'resumeTimer',
    'finishTurn',
    'setCurrentQuestion',
    'openList',
    'closeList',
    'undo',
  ];

  it('lets the chair take every queue action', () => {
    for (const action of ACTIONS) expect(authorize('chair', action)).toBe(true);
  });

  it('lets an attendee view, request the floor and withdraw, and nothing else', () => {
    const allowed = ACTIONS.filter((action) => authorize('attendee', action));
    expect(allowed).toEqual(['viewQueue', 'requestFloor', 'withdraw']);
  });
});
