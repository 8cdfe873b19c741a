import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { register } from '../conversation/journey-helpers';
import { EVENT_ID, seedRegistrants, TEST_OUTBOX, waitFor } from '../outbox/outbox-helpers';
import { aPerson } from '../store/store-fixtures';
import { startBot, type BotHarness } from '../support/bot-harness';
import { teamsUser } from '../support/teams-activities';

const NOW = '2024-02-20T15:00:00.000Z';
const BASE = `/api/events/${EVENT_ID}`;
const BOM = [0xef, 0xbb, 0xbf];

/**
 * The desk's API on the real service: exports as CSV (with a byte-order mark) and .xlsx behind
 * single-use links, one registration's detail with its history, and stopping a mass sending.
 */
describe('Organizer desk API: exports, detail, stop', () => {
  let bot: BotHarness;

  const call = async (method: string, path: string, body?: unknown, user = 'chair') => {
    const response = await fetch(`${bot.baseUrl}${BASE}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', 'X-Dev-User': user },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const exported = async (format: 'csv' | 'xlsx') => {
    const link = await call('POST', '/registrations/export', { format });
    expect(link.status).toBe(200);
    const path = new URL(link.body.url).pathname;
    const file = await fetch(`${bot.baseUrl}${path}`);
    expect(file.status).toBe(200);
    const again = await fetch(`${bot.baseUrl}${path}`);
    expect(again.status).toBe(404); // single use, as every export link (decision 003)
    return { type: file.headers.get('content-type'), bytes: Buffer.from(await file.arrayBuffer()) };
  };
  const xlsxRows = async (bytes: Buffer) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      const values = row.values as unknown[];
      rows.push(values.slice(1).map((v) => String(v ?? '')));
    });
    return rows;
  };

  beforeEach(async () => {
    bot = await startBot({ now: NOW, outbox: TEST_OUTBOX });
  });
  afterEach(() => bot.close());

  const people = async () => {
    await register(bot, teamsUser('María García'), {
      givenName: 'María',
      familyName: 'García',
      email: 'maria.garcia@example.org',
      organization: '=HYPERLINK("http://evil.example","x")',
    });
    await register(bot, teamsUser('Mohammed Ahmed'), {
      givenName: 'محمد',
      familyName: 'أحمد',
      email: 'mohammed@example.org',
      organization: 'جمعية الحقوق الرقمية',
    });
  };

  it('when the chair exports as CSV, then the file starts with a byte-order mark and reads back with the names and formulas neutralised', async () => {
    await people();
    const { type, bytes } = await exported('csv');
    expect(type).toBe('text/csv; charset=utf-8');
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    const rows: string[][] = parse(bytes.toString('utf8'), { bom: true });
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('Given name');
    const flat = rows.flat();
    expect(flat).toEqual(expect.arrayContaining(['María', 'García', 'محمد', 'أحمد']));
    expect(flat).toContain(`'=HYPERLINK("http://evil.example","x")`);
  });

  it('when the chair exports as .xlsx, then a spreadsheet library reads the same names and neutralised formulas', async () => {
    await people();
    const { type, bytes } = await exported('xlsx');
    expect(type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const rows = await xlsxRows(bytes);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('Given name');
    const flat = rows.flat();
    expect(flat).toEqual(expect.arrayContaining(['María', 'García', 'محمد', 'أحمد']));
    expect(flat).toContain(`'=HYPERLINK("http://evil.example","x")`);
    expect(flat.some((cell) => cell.startsWith('='))).toBe(false);
  });

  it('when there is nobody to export, then both files are valid with their headings only', async () => {
    const csv = await exported('csv');
    const rows: string[][] = parse(csv.bytes.toString('utf8'), { bom: true });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Reference code');
    const sheet = await xlsxRows((await exported('xlsx')).bytes);
    expect(sheet).toEqual([rows[0]]);
  });

  it('when the format is not csv or xlsx, then the export is refused and no link is made', async () => {
    const { status, body } = await call('POST', '/registrations/export', { format: 'pdf' });
    expect(status).toBe(400);
    expect(body.error).toMatch(/csv/);
  });

  it('when the chair opens one registration, then every field is there with its decisions and messages', async () => {
    await people();
    const list = (await call('GET', '/registrations')).body;
    const maria = list.registrations.find((r: any) => r.name === 'María García');
    expect(maria).toMatchObject({
      email: 'maria.garcia@example.org',
      wishesToSpeak: true,
      coalition: null,
      accessibility: false,
    });
    await call('POST', '/registrations/decisions', {
      decision: 'confirm',
      registrationIds: [maria.id],
    });
    await waitFor('her messages to go', async () => {
      const d = (await call('GET', `/registrations/${maria.id}`)).body;
      return d.messages.some((m: any) => m.status === 'sent');
    });
    const { status, body } = await call('GET', `/registrations/${maria.id}`);
    expect(status).toBe(200);
    expect(body.registration).toMatchObject({
      id: maria.id,
      givenName: 'María',
      familyName: 'García',
      status: 'confirmed',
      jobTitle: 'Policy Director',
      questionIds: ['q1'],
    });
    expect(body.decisions).toEqual([{ status: 'confirmed', at: expect.any(String) }]);
    expect(body.messages.map((m: any) => m.kind)).toEqual(
      expect.arrayContaining(['status', 'loginDetails']),
    );
    const unknown = await call('GET', '/registrations/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
  });

  it('when the chair stops the sending, then the waiting messages are cancelled and counted', async () => {
    await seedRegistrants(bot, 3);
    await bot.outbox.stop(); // nothing goes out meanwhile: the three messages wait
    const ids = (await call('GET', '/registrations')).body.registrations.map((r: any) => r.id);
    await call('POST', '/registrations/decisions', { decision: 'decline', registrationIds: ids });
    expect((await call('GET', '/delivery')).body.counts.pending).toBe(3);
    const stopped = await call('POST', '/delivery/stop', {});
    expect(stopped).toEqual({ status: 200, body: { cancelled: 3 } });
    const delivery = (await call('GET', '/delivery')).body;
    expect(delivery.counts).toMatchObject({ pending: 0, sent: 0, cancelled: 3 });
    expect((await call('POST', '/delivery/stop', {})).body).toEqual({ cancelled: 0 });
  });

  it('when the event has 1,000 registrations, then the list answers every row with the grid fields', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) =>
      aPerson(EVENT_ID, { givenName: `Person${i}`, country: i % 2 ? 'FR' : 'EG' }),
    );
    for (const r of rows) await bot.store.registrations.create(r);
    const { status, body } = await call('GET', '/registrations');
    expect(status).toBe(200);
    expect(body.registrations).toHaveLength(1000);
    expect(body.registrations[0]).toMatchObject({
      coalition: 'Coalición «Datos»',
      accessibility: true,
    });
  });
});
