import { parseParticipation } from './participation';
import { seedRoundtable } from '../testing/roundtable-fixtures';

describe('parseParticipation', () => {
  const event = seedRoundtable();
  const invited = new Set(['SG', 'KE']);

  it('makes a State delegate name an invited State, and their areas a need', () => {
    const data = {
      category: 'member-state',
      rtDelegation: 'ke',
      rtAreas: 'threats',
      rtRegion: 'african',
    };
    expect(parseParticipation(data, event, invited)).toEqual({
      ok: true,
      value: {
        delegationOf: 'KE',
        matchSide: 'need',
        thematicAreaIds: ['threats'],
        regionIds: ['african'],
        breakoutChoices: [],
      },
    });
    const missing = parseParticipation({ category: 'member-state' }, event, invited);
    expect(missing).toMatchObject({
      ok: false,
      errors: [{ key: 'rt.participation.delegationRequired' }],
    });
    const uninvited = parseParticipation(
      { category: 'member-state', rtDelegation: 'FR' },
      event,
      invited,
    );
    expect(uninvited).toMatchObject({
      ok: false,
      errors: [{ key: 'rt.participation.notInvited' }],
    });
  });

  it('makes anyone else’s areas an offer and refuses them a delegation', () => {
    const offer = parseParticipation(
      { category: 'business', rtAreas: 'norms,cbms' },
      event,
      invited,
    );
    expect(offer).toMatchObject({
      ok: true,
      value: { matchSide: 'offer', thematicAreaIds: ['norms', 'cbms'] },
    });
    const delegation = parseParticipation({ category: 'ngo', rtDelegation: 'SG' }, event, invited);
    expect(delegation).toMatchObject({
      ok: false,
      errors: [{ key: 'rt.participation.delegationOnlyForStates' }],
    });
  });

  it('refuses unknown areas and repeated breakout choices', () => {
    const data = {
      category: 'academia',
      rtAreas: 'space',
      rtBreakout1: 'breakout-cbms',
      rtBreakout2: 'breakout-cbms',
    };
    const result = parseParticipation(data, event, new Set());
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.key)).toEqual([
        'roundtable.field.unknownThematicArea',
        'roundtable.field.duplicateChoice',
      ]);
  });
});
