import { isOnChairTeam } from './chair-team';
import { authorize, type QueueAction } from './queue-permissions';
import { roleOf } from './role';

const OID = '6f1c2a4e-0b8d-4c1e-9f7a-2d3b4c5d6e7f';
const OTHER = '11111111-2222-4333-8444-555555555555';
const team = { objectIds: [OID], emails: ['prizeman@un.org'] };

describe('isOnChairTeam', () => {
  it('matches object ids and emails whatever their case', () => {
    expect(isOnChairTeam(team, OID.toUpperCase())).toBe(true);
    expect(isOnChairTeam(team, OTHER, 'Prizeman@UN.org')).toBe(true);
  });

  it('refuses anyone else, and an email that is not given', () => {
    expect(isOnChairTeam(team, OTHER)).toBe(false);
    expect(isOnChairTeam(team, OTHER, 'someone@un.org')).toBe(false);
    expect(isOnChairTeam({ objectIds: [], emails: [] }, OID, 'prizeman@un.org')).toBe(false);
  });
});

describe('roleOf', () => {
  it('makes the chair team chair in any meeting role', () => {
    expect(roleOf({ chairTeam: team, aadObjectId: OID, meetingRole: 'Attendee' })).toBe('chair');
    expect(roleOf({ chairTeam: team, aadObjectId: OTHER, email: 'prizeman@un.org' })).toBe('chair');
  });

  it('makes the meeting organizer and presenters chair', () => {
    expect(roleOf({ chairTeam: team, aadObjectId: OTHER, meetingRole: 'Organizer' })).toBe('chair');
    expect(roleOf({ chairTeam: team, aadObjectId: OTHER, meetingRole: 'Presenter' })).toBe('chair');
  });

  it('makes everyone else attendee, including unknown or missing meeting roles', () => {
    for (const meetingRole of ['Attendee', 'Guest', 'presenter', undefined]) {
      expect(roleOf({ chairTeam: team, aadObjectId: OTHER, meetingRole })).toBe('attendee');
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
