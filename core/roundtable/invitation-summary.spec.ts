import { aHead, anInvitation, applyAll } from '../testing/invitation-fixtures';
import { invitationsCsv } from './invitations-csv';
import { summarizeInvitations } from './invitation-summary';

const AT = '2024-02-01T09:00:00Z';
const sample = () => [
  applyAll(anInvitation('SG'), [
    [{ type: 'accept', headOfDelegation: aHead('minister', 'H.E. Ms. Josephine Teo') }, AT],
    [{ type: 'requestOpeningRemarks' }, '2024-02-03T09:00:00Z'],
  ]),
  applyAll(anInvitation('KE'), [
    [{ type: 'accept', headOfDelegation: aHead('ambassador', '=HYPERLINK("http://x")') }, AT],
  ]),
  applyAll(anInvitation('FR'), [[{ type: 'decline', reason: '-1, "regrets"' }, AT]]),
  anInvitation('VA'),
];

describe('summarizeInvitations', () => {
  it('counts answers, accepted levels and requests for opening remarks', () => {
    expect(summarizeInvitations(sample())).toEqual({
      total: 4,
      noAnswer: 1,
      accepted: 2,
      declined: 1,
      acceptedByLevel: { minister: 1, deputyMinister: 0, ambassador: 1, other: 0 },
      openingRemarksRequested: 1,
    });
  });
});

describe('invitationsCsv', () => {
  const lines = () => invitationsCsv(sample()).split('\r\n');

  it('writes a heading and one CRLF-terminated row per State, sorted by code', () => {
    const csv = invitationsCsv(sample());
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines()[0]).toBe(
      '"stateCode","stateName","stateKind","status","headOfDelegationName",' +
        '"headOfDelegationTitle","level","openingRemarksRequestedAt","declineReason","sentAt","answeredAt"',
    );
    expect(
      lines()
        .slice(1, -1)
        .map((l) => l.slice(0, 4)),
    ).toEqual(['"FR"', '"KE"', '"SG"', '"VA"']);
  });

  it('quotes fields and doubles their quotes, as RFC 4180 asks', () => {
    expect(lines()[1]).toBe(
      '"FR","France","memberState","declined","","","","","\'-1, ""regrets""",' +
        '"2024-01-26T15:00:00.000Z","2024-02-01T09:00:00.000Z"',
    );
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(lines()[2]).toContain('"\'=HYPERLINK(""http://x"")"');
    expect(lines()[3]).toContain(
      '"H.E. Ms. Josephine Teo","Minister for Digital Development","minister"',
    );
    expect(lines()[3]).toContain('"2024-02-03T09:00:00.000Z"');
    expect(lines()[4]).toContain('"VA","Holy See","observerState","noAnswer"');
  });
});
