import { checkDeclaration } from './match-declarations';
import { proposeMatches } from './match-proposals';
import type { MatchNeed, MatchOffer } from './matchmaking';
import { seededRandom, seedRoundtable, shuffled } from '../testing/roundtable-fixtures';

const offer = (providerId: string, areas: string[], regions: string[] = []): MatchOffer => ({
  providerId,
  thematicAreaIds: areas,
  regionIds: regions,
});
const need = (stateId: string, areas: string[], regions: string[] = []): MatchNeed => ({
  stateId,
  thematicAreaIds: areas,
  regionIds: regions,
});
const pairs = (offers: MatchOffer[], needs: MatchNeed[], perState?: number) =>
  proposeMatches(offers, needs, perState === undefined ? {} : { perState }).map(
    (p) => `${p.id}:${p.score}`,
  );

describe('proposeMatches', () => {
  it('ranks by shared thematic areas, a shared region adding a bonus that only breaks ties', () => {
    const offers = [
      offer('p-two-areas', ['threats', 'norms']),
      offer('p-one-area-region', ['threats'], ['african']),
      offer('p-one-area', ['threats']),
    ];
    expect(pairs(offers, [need('ke', ['threats', 'norms'], ['african'])])).toEqual([
      'p-two-areas~ke:4',
      'p-one-area-region~ke:3',
      'p-one-area~ke:2',
    ]);
  });

  it('proposes nothing for a shared region alone, nor a party to itself', () => {
    const offers = [offer('p', ['cbms'], ['african']), offer('sg', ['threats'])];
    const needs = [need('ke', ['threats'], ['african']), need('sg', ['threats'])];
    expect(pairs(offers, needs)).toEqual(['sg~ke:2']);
  });

  it('breaks equal scores by provider id, then State id', () => {
    const offers = [offer('p-b', ['norms']), offer('p-a', ['norms'])];
    const needs = [need('sn', ['norms']), need('br', ['norms'])];
    expect(pairs(offers, needs)).toEqual(['p-a~br:2', 'p-a~sn:2', 'p-b~br:2', 'p-b~sn:2']);
  });

  it('merges several offers of one provider into one declaration', () => {
    const offers = [offer('p', ['threats']), offer('p', ['norms'], ['asia-pacific'])];
    const [proposal] = proposeMatches(offers, [need('sg', ['norms', 'threats'], ['asia-pacific'])]);
    expect(proposal).toEqual({
      id: 'p~sg',
      providerId: 'p',
      stateId: 'sg',
      sharedThematicAreaIds: ['norms', 'threats'],
      regionMatch: true,
      score: 5,
    });
  });

  it("keeps each State's best proposals when asked", () => {
    const offers = [offer('p1', ['norms']), offer('p2', ['norms', 'cbms']), offer('p3', ['norms'])];
    expect(pairs(offers, [need('fj', ['norms', 'cbms'])], 2)).toEqual(['p2~fj:4', 'p1~fj:2']);
  });

  it('gives the same ranking whatever the order of offers and needs', () => {
    const random = seededRandom(7);
    const areas = ['threats', 'norms', 'international-law', 'cbms'];
    const regions = ['african', 'asia-pacific'];
    const pick = (list: string[]) => list.filter(() => random() < 0.5);
    const offers = Array.from({ length: 8 }, (_, i) => offer(`p${i}`, pick(areas), pick(regions)));
    const needs = Array.from({ length: 12 }, (_, i) => need(`s${i}`, pick(areas), pick(regions)));
    expect(proposeMatches(shuffled(offers, random), shuffled(needs, random))).toEqual(
      proposeMatches(offers, needs),
    );
  });
});

describe('checkDeclaration', () => {
  const event = seedRoundtable();
  const errorsOf = (areas: string[], regions: string[]) =>
    checkDeclaration({ thematicAreaIds: areas, regionIds: regions }, event).map(
      (e) => `${e.field}:${e.key}`,
    );

  it('accepts areas and regions the event lists', () => {
    expect(errorsOf(['threats', 'cbms'], ['african'])).toEqual([]);
  });

  it('requires an area and refuses unknown or repeated ids', () => {
    expect(errorsOf([], [])).toEqual(['thematicAreaIds:field.required']);
    expect(errorsOf(['threats', 'space', 'threats'], ['atlantis'])).toEqual([
      'thematicAreaIds.1:roundtable.field.unknownThematicArea',
      'thematicAreaIds.2:roundtable.field.duplicateChoice',
      'regionIds.0:roundtable.field.unknownRegion',
    ]);
  });
});
