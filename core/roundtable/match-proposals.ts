import { compareText } from './compare-text';
import { matchId, type MatchNeed, type MatchOffer, type MatchProposal } from './matchmaking';

/** Weight of one shared thematic area; a region match adds 1, so it only breaks ties. */
const AREA_WEIGHT = 2;

/**
 * Every provider-State pair that shares at least one thematic area, best first: score
 * (2 per shared area, +1 when a region is shared), then provider id, then State id.
 * Several offers of one provider (or needs of one State) count as one declaration.
 * `perState` keeps only each State's best proposals.
 */
export function proposeMatches(
  offers: readonly MatchOffer[],
  needs: readonly MatchNeed[],
  options: { perState?: number } = {},
): MatchProposal[] {
  const providers = merge(offers.map((o) => ({ ...o, partyId: o.providerId })));
  const states = merge(needs.map((n) => ({ ...n, partyId: n.stateId })));
  const proposals: MatchProposal[] = [];
  for (const [providerId, offer] of providers) {
    for (const [stateId, need] of states) {
      if (providerId === stateId) continue;
      const shared = [...offer.areas].filter((a) => need.areas.has(a)).sort(compareText);
      if (shared.length === 0) continue;
      const regionMatch = [...offer.regions].some((r) => need.regions.has(r));
      const score = AREA_WEIGHT * shared.length + (regionMatch ? 1 : 0);
      const id = matchId(providerId, stateId);
      proposals.push({
        id,
        providerId,
        stateId,
        sharedThematicAreaIds: shared,
        regionMatch,
        score,
      });
    }
  }
  proposals.sort(rankProposals);
  return options.perState === undefined ? proposals : keepBestPerState(proposals, options.perState);
}

/** Best first: higher score, then provider id, then State id. */
export function rankProposals(a: MatchProposal, b: MatchProposal): number {
  return (
    b.score - a.score ||
    compareText(a.providerId, b.providerId) ||
    compareText(a.stateId, b.stateId)
  );
}

interface Declared {
  areas: Set<string>;
  regions: Set<string>;
}

function merge(
  items: ReadonlyArray<{ partyId: string; thematicAreaIds: string[]; regionIds: string[] }>,
): Map<string, Declared> {
  const byParty = new Map<string, Declared>();
  for (const item of items) {
    const into = byParty.get(item.partyId) ?? { areas: new Set(), regions: new Set() };
    item.thematicAreaIds.forEach((a) => into.areas.add(a));
    item.regionIds.forEach((r) => into.regions.add(r));
    byParty.set(item.partyId, into);
  }
  return byParty;
}

function keepBestPerState(ranked: MatchProposal[], limit: number): MatchProposal[] {
  const taken = new Map<string, number>();
  return ranked.filter((p) => {
    const count = taken.get(p.stateId) ?? 0;
    taken.set(p.stateId, count + 1);
    return count < limit;
  });
}
