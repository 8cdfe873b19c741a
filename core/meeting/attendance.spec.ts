import { aRegistration } from '../testing/registration-fixtures';
import { aTurn as turn } from '../testing/queue-fixtures';
import { attendanceReport } from './attendance';
import { attendanceCsv } from './attendance-csv';

const NOW = Date.parse('2024-02-28T12:00:00Z');

const amina = aRegistration({ status: 'confirmed' });
const li = aRegistration({
  id: 'reg-2',
  aadObjectId: 'OID-LI',
  email: 'li.wei@example.org',
  givenName: 'Li',
  familyName: 'Wei',
  organization: 'Open Net Institute',
  category: 'academia',
  status: 'confirmed',
  group: { name: 'Tech Coalition', members: ['Open Net Institute'] },
});
const absent = aRegistration({
  id: 'reg-3',
  aadObjectId: 'oid-3',
  email: 'x@example.org',
  status: 'confirmed',
});

describe('attendanceReport', () => {
  const entries = [
    { email: 'AMINA.DIALLO@example.org', entraId: null, name: 'Amina D.', seconds: 1200 },
    { email: 'amina.diallo@example.org', entraId: 'user-1', name: 'Amina D.', seconds: 300 },
    { email: null, entraId: 'oid-li', name: 'Li Wei', seconds: 600 },
    { email: 'guest@elsewhere.example', entraId: null, name: 'A guest', seconds: 60 },
  ];

  it('when records match by email or Entra id, then each registrant is listed once with summed time', () => {
    const report = attendanceReport(entries, [amina, li, absent], [], NOW);
    expect(report.attended).toEqual([
      expect.objectContaining({ registrationId: amina.id, seconds: 1500, matchedBy: 'email' }),
      expect.objectContaining({
        registrationId: 'reg-2',
        seconds: 600,
        matchedBy: 'entraId',
        group: 'Tech Coalition',
      }),
    ]);
    expect(report.unmatched.map((u) => u.name)).toEqual(['A guest']);
    expect(report.absent.map((a) => a.registrationId)).toEqual(['reg-3']);
  });

  it('when turns were spoken, then speaking time sits beside attendance per organization and group', () => {
    const turns = [
      turn('Digital Rights Coalition', 120),
      turn('Open Net Institute', 90, 'Tech Coalition'),
      turn('Open Net Institute', 30, undefined, 'speaking'),
      turn('Open Net Institute', 500, undefined, 'withdrawn'),
    ];
    const report = attendanceReport(entries, [amina, li], turns, NOW);
    expect(report.byOrganization).toEqual([
      {
        name: 'Digital Rights Coalition',
        attendees: 1,
        attendedSeconds: 1500,
        speakingSeconds: 120,
      },
      { name: 'Open Net Institute', attendees: 1, attendedSeconds: 600, speakingSeconds: 120 },
    ]);
    expect(report.byGroup).toEqual([
      { name: 'Tech Coalition', attendees: 1, attendedSeconds: 600, speakingSeconds: 90 },
    ]);
    expect(report.byCategory.map((c) => [c.name, c.attendees])).toEqual([
      ['academia', 1],
      ['ngo', 1],
    ]);
  });

  it('when written as CSV, then every section is there in minutes', () => {
    const csv = attendanceCsv(
      attendanceReport(entries, [amina, li, absent], [turn('Open Net Institute', 90)], NOW),
    );
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toContain('"attendedMinutes"');
    expect(lines).toContain(
      '"attendee","Amina Diallo","Digital Rights Coalition","ngo","","1","25.0","","email"',
    );
    expect(lines).toContain(
      '"unmatched","A guest","","","","1","1.0","","guest@elsewhere.example"',
    );
    expect(lines).toContain('"organization","","Open Net Institute","","","1","10.0","1.5",""');
    expect(lines.filter((l) => l.startsWith('"absent"'))).toHaveLength(1);
  });
});
