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

/**
 * Reads a roundtable command; undefined for a line that is not one, so other commands
 * (registration, decisions) still get it. A known command word with bad arguments is `usage`.
 */
export function parseRoundtableCommand(text: string | undefined): RoundtableCommand | undefined {
  const line = (text ?? '')
    .replace(/<at>.*?<\/at>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[.!;]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const lower = line.toLowerCase();
  const fixed = FIXED[lower.replace(/[?]+$/, '')];
  if (fixed) return { kind: fixed } as RoundtableCommand;
  let m = /^(accept|decline) match (\S+)$/i.exec(line);
  if (m?.[1] && m[2]) {
    const reply = m[1].toLowerCase() === 'accept' ? 'accept' : 'decline';
    return { kind: 'answerMatch', reply, matchId: m[2].toUpperCase() };
  }
  m = /^accept ([a-z]{2}) (.+)$/i.exec(line);
  if (m?.[1] && m[2]) return acceptOf(m[1].toUpperCase(), m[2]);
  m = /^decline ([a-z]{2})(?: (.+))?$/i.exec(line);
  if (m?.[1])
    return {
      kind: 'declineInvitation',
      stateCode: m[1].toUpperCase(),
      ...(m[2] ? { reason: m[2] } : {}),
    };
  m = /^remarks ([a-z]{2})$/i.exec(line);
  if (m?.[1]) return { kind: 'requestRemarks', stateCode: m[1].toUpperCase() };
  m = /^breakout move (reg-[0-9a-z]{4}-[0-9a-z]{4}) (\S+)( force)?$/i.exec(line);
  if (m?.[1] && m[2])
    return {
      kind: 'breakoutMove',
      referenceCode: m[1].toUpperCase(),
      groupId: m[2].toLowerCase(),
      force: Boolean(m[3]),
    };
  if (/^breakout move\b/i.test(line)) return { kind: 'usage' };
  m = /^breakout ((?:[a-z0-9-]+[ ,]*)+)$/i.exec(line);
  if (m?.[1])
    return {
      kind: 'breakoutPreferences',
      groupIds: m[1].toLowerCase().split(/[ ,]+/).filter(Boolean),
    };
  if (/^(accept|remarks|matchmaking|invitations|breakouts)\b/i.test(line)) return { kind: 'usage' };
  return undefined;
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
