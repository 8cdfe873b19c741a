import type { Store } from '../../../bot/stores';
import { aHead, anInvitation, SENT_AT } from '../../../core/testing/invitation-fixtures';
import { applyInvitationCommand } from '../../../core/roundtable/invitation-transitions';
import { proposeMatch } from '../../../core/roundtable/match-responses';
import type { Match } from '../../../core/roundtable/matchmaking';
import { aPerson, aTokenHash, anEvent } from '../store-fixtures';

const AT = new Date('2024-05-01T15:00:00.000Z');
const LATER = new Date('2024-05-01T16:00:00.000Z');

/** Roundtable storage: invitations, participation, matches, meetings and breakout plans. */
export function roundtableContract(store: () => Store): void {
  const anEventStored = async () => {
    const event = anEvent({ kind: 'inPerson' });
    await store().events.upsert(event);
    return event.id;
  };
  const invite = (eventId: string, code: string) => ({ ...anInvitation(code), eventId });
  const aMatch = (providerId: string, stateId: string, score = 2): Match =>
    proposeMatch(
      {
        id: `${providerId}~${stateId}`,
        providerId,
        stateId,
        sharedThematicAreaIds: ['threats'],
        regionMatch: false,
        score,
      },
      AT,
    );

  it('when invitations are added twice, then each State is stored once and the first is kept', async () => {
    const eventId = await anEventStored();
    const invitations = store().roundtable.invitations;
    expect(await invitations.addMissing([invite(eventId, 'SG'), invite(eventId, 'KE')])).toBe(2);
    expect(await invitations.addMissing([invite(eventId, 'SG'), invite(eventId, 'VA')])).toBe(1);
    expect((await invitations.list(eventId)).map((i) => i.stateCode)).toEqual(['KE', 'SG', 'VA']);
    expect(await invitations.get(eventId, 'SG')).toStrictEqual(invite(eventId, 'SG'));
    expect(await invitations.get(eventId, 'FR')).toBeUndefined();
  });

  it('when an answer is saved on the current version, then it round-trips with its dates; a stale one is refused', async () => {
    const eventId = await anEventStored();
    const invitations = store().roundtable.invitations;
    const first = invite(eventId, 'SG');
    await invitations.addMissing([first]);
    const accepted = applyInvitationCommand(
      first,
      { type: 'accept', headOfDelegation: aHead('minister') },
      1,
      AT,
    );
    if (!accepted.ok) throw new Error('accept refused');
    const remarks = applyInvitationCommand(
      accepted.next,
      { type: 'requestOpeningRemarks' },
      2,
      LATER,
    );
    if (!remarks.ok) throw new Error('remarks refused');
    expect(await invitations.update(accepted.next)).toStrictEqual(accepted.next);
    expect(await invitations.update(accepted.next)).toBe('conflict');
    await invitations.update(remarks.next);
    expect(await invitations.get(eventId, 'SG')).toStrictEqual(remarks.next);
    expect(remarks.next.sentAt).toStrictEqual(SENT_AT);
  });

  it('when participation is saved again, then it replaces the registrant’s details', async () => {
    const eventId = await anEventStored();
    const person = aPerson(eventId);
    await store().registrations.create(person);
    const participation = store().roundtable.participation;
    const details = {
      registrationId: person.id,
      eventId,
      delegationOf: 'SG',
      matchSide: 'need' as const,
      thematicAreaIds: ['threats', 'norms'],
      regionIds: ['asia-pacific'],
      breakoutChoices: ['breakout-cbms', 'breakout-norms'],
      updatedAt: AT,
    };
    await participation.save(details);
    expect(await participation.get(person.id)).toStrictEqual(details);
    const { delegationOf: _d, matchSide: _m, ...bare } = details;
    const plain = {
      ...bare,
      thematicAreaIds: [],
      regionIds: [],
      breakoutChoices: [],
      updatedAt: LATER,
    };
    await participation.save(plain);
    expect(await participation.list(eventId)).toStrictEqual([plain]);
  });

  it('when proposals are added again, then answered matches keep their answers', async () => {
    const eventId = await anEventStored();
    const matches = store().roundtable.matches;
    const match = aMatch('REG-AAAA-AAAA', 'KE', 5);
    expect(await matches.addMissing(eventId, [match, aMatch('REG-BBBB-BBBB', 'KE')])).toBe(2);
    const accepted: Match = { ...match, status: 'acceptedByProvider', updatedAt: LATER };
    expect(await matches.update(eventId, accepted, 'proposed')).toBe('saved');
    expect(await matches.update(eventId, accepted, 'proposed')).toBe('conflict');
    expect(await matches.addMissing(eventId, [match])).toBe(0);
    expect(await matches.get(eventId, match.id)).toStrictEqual(accepted);
    expect((await matches.list(eventId)).map((m) => m.id)).toEqual([match.id, 'REG-BBBB-BBBB~KE']);
    const declined: Match = {
      ...accepted,
      status: 'declined',
      declinedBy: 'state',
      updatedAt: LATER,
    };
    expect(await matches.update(eventId, declined, 'acceptedByProvider')).toBe('saved');
    expect(await matches.get(eventId, match.id)).toStrictEqual(declined);
  });

  it('when a schedule is replaced, then only the new meetings remain; a double-booked table is rejected', async () => {
    const eventId = await anEventStored();
    const matches = store().roundtable.matches;
    const one = aMatch('REG-CCCC-CCCC', 'KE');
    const two = aMatch('REG-DDDD-DDDD', 'SN');
    await matches.addMissing(eventId, [one, two]);
    const meeting = (m: Match, slotId: string, tableId: string) => ({
      matchId: m.id,
      providerId: m.providerId,
      stateId: m.stateId,
      slotId,
      tableId,
    });
    await matches.replaceMeetings(eventId, [meeting(one, 'slot-1', 'table-1')]);
    await matches.replaceMeetings(eventId, [
      meeting(two, 'slot-1', 'table-1'),
      meeting(one, 'slot-2', 'table-1'),
    ]);
    expect(await matches.meetings(eventId)).toStrictEqual([
      meeting(two, 'slot-1', 'table-1'),
      meeting(one, 'slot-2', 'table-1'),
    ]);
    await expect(
      matches.replaceMeetings(eventId, [
        meeting(one, 'slot-1', 'table-1'),
        meeting(two, 'slot-1', 'table-1'),
      ]),
    ).rejects.toThrow();
    expect(await matches.meetings(eventId)).toHaveLength(2);
  });

  it('when a breakout plan is saved on a stale version, then it is refused', async () => {
    const eventId = await anEventStored();
    const breakouts = store().roundtable.breakouts;
    const plan = {
      placements: [
        { participantId: 'p1', groupId: 'g1', reason: 'choice' as const, choiceRank: 1 },
      ],
      overflow: ['p2'],
    };
    expect(await breakouts.get(eventId)).toBeUndefined();
    expect(await breakouts.save(eventId, plan, 0, AT)).toBe('saved');
    expect(await breakouts.save(eventId, plan, 0, AT)).toBe('stale');
    const moved = {
      placements: [
        ...plan.placements,
        { participantId: 'p2', groupId: 'g1', reason: 'chair' as const },
      ],
      overflow: [],
    };
    expect(await breakouts.save(eventId, moved, 1, LATER)).toBe('saved');
    expect(await breakouts.save(eventId, plan, 1, LATER)).toBe('stale');
    expect(await breakouts.get(eventId)).toStrictEqual({ plan: moved, version: 2 });
  });

  it('when roundtable export links are made, then they are consumed like the registrations link', async () => {
    const eventId = await anEventStored();
    for (const kind of ['invitationsCsv', 'breakoutsCsv'] as const) {
      const link = { tokenHash: aTokenHash(), eventId, kind, createdBy: 't/c', expiresAt: LATER };
      await store().downloadLinks.create(link);
      // A link made without a language gives English headings.
      expect(await store().downloadLinks.consume(link.tokenHash, AT)).toStrictEqual({
        ...link,
        language: 'en',
      });
    }
  });
}
