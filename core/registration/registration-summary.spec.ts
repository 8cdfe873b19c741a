import { registrationsCsv } from './registrations-csv';
import { summarizeRegistrations } from './registration-summary';
import { aRegistration, seedDialogue } from '../testing/registration-fixtures';

const people = [
  aRegistration({ aadObjectId: 'a', category: 'ngo', email: 'shared@example.org' }),
  aRegistration({
    category: 'academia',
    email: 'Shared@example.org',
    wishesToSpeak: false,
    tenantId: 'web',
    aadObjectId: 'dl_b',
    channel: 'web',
  }),
  aRegistration({ aadObjectId: 'c', category: 'ngo', status: 'withdrawn', email: 'c@example.org' }),
];

describe('summarizeRegistrations', () => {
  it('counts statuses over all and categories over active registrations only', () => {
    const summary = summarizeRegistrations(people);
    expect(summary.byStatus).toMatchObject({ pending: 2, withdrawn: 1 });
    expect(summary.byCategory).toEqual({ ngo: 1, academia: 1 });
    expect(summary.wishingToSpeak).toBe(1);
  });

  it('counts active registrations by the channel they were made in', () => {
    expect(summarizeRegistrations(people).byChannel).toEqual({ teams: 1, web: 1 });
  });

  it('flags an email two different people registered with, ignoring case', () => {
    expect(summarizeRegistrations(people).sharedEmails).toEqual(['shared@example.org']);
  });
});

describe('registrationsCsv', () => {
  it('writes a heading and one quoted row per registration with category labels', () => {
    const lines = registrationsCsv(seedDialogue(), people).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^"referenceCode","status","channel","givenName"/);
    expect(lines[2]).toMatch(/^"REG-AAAA-BBBB","pending","web",/);
    expect(lines[1]).toContain('"Non-governmental organization"');
    expect(lines[1]).toContain('"yes"');
  });

  it('neutralises spreadsheet formulas and doubles quotes', () => {
    const csv = registrationsCsv(seedDialogue(), [
      aRegistration({ organization: '=HYPERLINK("x")' }),
    ]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
