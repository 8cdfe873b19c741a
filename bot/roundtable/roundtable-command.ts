import { trimEndOf } from '../../core/text/chat-line';
import type { DelegationLevel } from '../../core/roundtable/delegation-level';

/** A roundtable command typed in personal chat. */
export type RoundtableCommand =
  | { kind: 'programme' }
  | { kind: 'whatsNext' }
  | { kind: 'help' }
  | { kind: 'invitations' }
  | { kind: 'inviteAll' }
  | { kind: 'invitationsExport' }
  | {
      kind: 'acceptInvitation';
      stateCode: string;
      level?: DelegationLevel;
      name: string;
      title: string;
    }
  | { kind: 'declineInvitation'; stateCode: string; reason?: string }
  | { kind: 'requestRemarks'; stateCode: string }
  | { kind: 'openingRemarks' }
  | { kind: 'openingRemarksToQueue' }
  | { kind: 'matchmakingPropose' }
  | { kind: 'matchmakingSchedule' }
  | { kind: 'myMatches' }
  | { kind: 'answerMatch'; reply: 'accept' | 'decline'; matchId: string }
  | { kind: 'mySchedule' }
  | { kind: 'breakoutPreferences'; groupIds: string[] }
  | { kind: 'breakouts' }
  | { kind: 'breakoutsAssign' }
  | { kind: 'breakoutsExport' }
  | { kind: 'breakoutMove'; referenceCode: string; groupId: string; force: boolean }
  | { kind: 'myBreakout' }
  | { kind: 'usage' };

const FIXED: Record<string, RoundtableCommand['kind']> = {
  programme: 'programme',
  program: 'programme',
  agenda: 'programme',
  "what's next": 'whatsNext',
  'what’s next': 'whatsNext',
  'whats next': 'whatsNext',
  'what is next': 'whatsNext',
  'roundtable help': 'help',
  invitations: 'invitations',
  'invite all': 'inviteAll',
  'invitations export': 'invitationsExport',
  'export invitations': 'invitationsExport',
  'opening remarks': 'openingRemarks',
  'opening remarks to queue': 'openingRemarksToQueue',
  'matchmaking propose': 'matchmakingPropose',
  'matchmaking schedule': 'matchmakingSchedule',
  'my matches': 'myMatches',
  'my schedule': 'mySchedule',
  breakouts: 'breakouts',
  'breakouts assign': 'breakoutsAssign',
  'breakouts export': 'breakoutsExport',
  'my breakout': 'myBreakout',
};

const LEVELS: Array<[RegExp, DelegationLevel]> = [
  [/^deputy[ -]?minister\s+/i, 'deputyMinister'],
  [/^minister\s+/i, 'minister'],
  [/^ambassador\s+/i, 'ambassador'],
  [/^other\s+/i, 'other'],
];

const STATE_CODE = /^[a-z]{2}$/i;
const REFERENCE = /^reg-[0-9a-z]{4}-[0-9a-z]{4}$/i;
/** Group ids separated by spaces or commas: one class, one quantifier, so it cannot backtrack. */
const GROUP_LIST = /^[a-z0-9-][a-z0-9 ,-]*$/i;
const USAGE_WORDS = /^(accept|remarks|matchmaking|invitations|breakouts)\b/i;

/**
 * Reads a roundtable command from a plain chat line (see `chatTextOf`); undefined for a line
 * that is not one, so other commands (registration, decisions) still get it. A known command
 * word with bad arguments is `usage`. Compares words rather than matching nested patterns,
 * so a long or hostile line costs time in proportion to its length.
 */
export function parseRoundtableCommand(text: string): RoundtableCommand | undefined {
  const line = trimEndOf(text, '.!;').trimEnd();
  const fixed = FIXED[trimEndOf(line.toLowerCase(), '?')];
  if (fixed) return { kind: fixed } as RoundtableCommand;
  const words = line.split(' ');
  const [first = '', second = '', third = ''] = words.map((w) => w.toLowerCase());
  const rest = (from: number) => words.slice(from).join(' ');
  if ((first === 'accept' || first === 'decline') && second === 'match' && words.length === 3)
    return { kind: 'answerMatch', reply: first, matchId: third.toUpperCase() };
  if (first === 'accept' && STATE_CODE.test(second) && words.length > 2)
    return acceptOf(second.toUpperCase(), rest(2));
  if (first === 'decline' && STATE_CODE.test(second))
    return {
      kind: 'declineInvitation',
      stateCode: second.toUpperCase(),
      ...(words.length > 2 ? { reason: rest(2) } : {}),
    };
  if (first === 'remarks' && STATE_CODE.test(second) && words.length === 2)
    return { kind: 'requestRemarks', stateCode: second.toUpperCase() };
  if (first === 'breakout' && second === 'move') return breakoutMoveOf(words.slice(2));
  if (first === 'breakout' && GROUP_LIST.test(rest(1)))
    return {
      kind: 'breakoutPreferences',
      groupIds: rest(1).toLowerCase().split(/[ ,]+/).filter(Boolean),
    };
  if (USAGE_WORDS.test(line)) return { kind: 'usage' };
  return undefined;
}

function breakoutMoveOf([reference = '', groupId = '', ...more]: string[]): RoundtableCommand {
  const force = more.length === 1 && more[0]?.toLowerCase() === 'force';
  if (!REFERENCE.test(reference) || groupId === '' || (more.length > 0 && !force))
    return { kind: 'usage' };
  return {
    kind: 'breakoutMove',
    referenceCode: reference.toUpperCase(),
    groupId: groupId.toLowerCase(),
    force,
  };
}

function acceptOf(stateCode: string, rest: string): RoundtableCommand {
  const level = LEVELS.find(([re]) => re.test(rest));
  const person = level ? rest.replace(level[0], '') : rest;
  const comma = person.indexOf(',');
  const name = (comma < 0 ? person : person.slice(0, comma)).trim();
  const title = comma < 0 ? '' : person.slice(comma + 1).trim();
  return {
    kind: 'acceptInvitation',
    stateCode,
    ...(level ? { level: level[1] } : {}),
    name,
    title,
  };
}
