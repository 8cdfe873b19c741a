import { randomUUID } from 'node:crypto';
import { EVENT_ID } from '../conversation/journey-helpers';
import { TEST_OUTBOX } from '../outbox/outbox-helpers';
import { startBot, type BotHarness } from '../support/bot-harness';
import { PDF_BYTES, seedStatements, statementOf } from './input-scene';

const PAGE = `/events/${EVENT_ID}/inputs`;

/**
 * The public page, its feeds and downloads on the real service, without signing in: only
 * published statements are ever reachable, whatever URL shape or id is tried.
 */
describe('Published written input, publicly', () => {
  let bot: BotHarness;
  let scene: Awaited<ReturnType<typeof seedStatements>>;
  let unreviewedFile = '';
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${bot.baseUrl}${path}`, { headers });
  const review = (id: string, decision: string, reason?: string) =>
    fetch(`${bot.baseUrl}/api/events/${EVENT_ID}/inputs/${id}/review`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Dev-User': 'chair' },
      body: JSON.stringify({ decision, reason }),
    });
  const hidden = () => [scene.inputs.business.id, unreviewedFile];

  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-29T15:00:00Z', outbox: TEST_OUTBOX });
    scene = await seedStatements(bot);
    const draft = statementOf(scene.people.academia, {
      kind: 'file',
      text: '',
      fileName: 'draft.pdf',
      contentType: 'application/pdf',
      content: new TextEncoder().encode('%PDF-1.7 unreviewed draft'),
    });
    await bot.store.writtenInputs.add(draft);
    unreviewedFile = draft.id;
    for (const [id, decision, reason] of [
      [scene.inputs.academia.id, 'publish'],
      [scene.inputs.technical.id, 'publish'],
      [scene.inputs.business.id, 'withhold', 'Marked confidential'],
    ] as const) {
      expect((await review(id, decision, reason)).status).toBe(200);
    }
  });
  afterAll(() => bot.close());

  it('when anyone opens the page, then published statements show by category with organization and questions', async () => {
    const response = await get(PAGE);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html).toMatch(/<html lang="en" dir="ltr">/);
    expect(html).toContain('<h2 id="category-0">Academia</h2>');
    expect(html).toContain(
      `<h3 id="title-${scene.inputs.academia.id}" dir="auto">Institute for Cyber Policy</h3>`,
    );
    expect(html).toContain('Capacity building must reach &lt;small&gt; states first.');
    expect(html).toContain(`href="inputs/${scene.inputs.technical.id}/file"`);
    expect(html).toContain('2 published statements');
    expect(html).not.toContain('Confidential draft');
    expect(html).not.toContain('Acme Secure Ltd');
    expect(html).not.toContain('draft.pdf');
    for (const id of hidden()) expect(html).not.toContain(id);
  });

  it('when the reader asks for Arabic or French, then the page says so in lang and dir', async () => {
    expect(await (await get(`${PAGE}?lang=ar`)).text()).toMatch(/<html lang="ar" dir="rtl">/);
    const french = await get(PAGE, { 'Accept-Language': 'fr-CH, fr;q=0.9, en;q=0.5' });
    expect(await french.text()).toMatch(/<html lang="fr" dir="ltr">/);
    expect(french.headers.get('content-language')).toBe('fr');
  });

  it('when the page is filtered by category or guiding question, then only those statements show', async () => {
    const academia = await (await get(`${PAGE}?category=academia`)).text();
    expect(academia).toContain('Institute for Cyber Policy');
    expect(academia).not.toContain('Open Standards Institute</h3>');
    const q3 = await (await get(`${PAGE}?question=q3`)).text();
    expect(q3).toContain('Open Standards Institute</h3>');
    expect(q3).not.toContain('Institute for Cyber Policy</h3>');
  });

  it('when a web page pulls the JSON feed, then it lists the published statements only', async () => {
    const response = await get(`${PAGE}.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const feed = (await response.json()) as any;
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((i: any) => i.id).sort()).toEqual(
      [scene.inputs.academia.id, scene.inputs.technical.id].sort(),
    );
    const file = feed.items.find((i: any) => i.id === scene.inputs.technical.id);
    expect(file.attachments).toEqual([
      {
        url: `http://localhost:3978${PAGE}/${scene.inputs.technical.id}/file`,
        mime_type: 'application/pdf',
        title: 'OSI statement «final».pdf',
        size_in_bytes: PDF_BYTES.length,
      },
    ]);
    expect(file._statement).toMatchObject({
      organization: 'Open Standards Institute',
      stakeholderCategory: { id: 'technical-community', label: 'Technical community' },
      guidingQuestions: [{ id: 'q1' }, { id: 'q3' }],
    });
  });

  it('when a reader pulls the Atom feed, then its entries are the published statements only', async () => {
    const response = await get(`${PAGE}.atom`);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const atom = await response.text();
    expect(atom.match(/<entry>/g)).toHaveLength(2);
    expect(atom).toContain(`<id>urn:uuid:${scene.inputs.academia.id}</id>`);
    expect(atom).toContain('rel="enclosure" type="application/pdf"');
    expect(atom).toContain('<content type="text">Capacity building must reach &lt;small&gt;');
    for (const id of hidden()) expect(atom).not.toContain(id);
  });

  it('when a published file is downloaded, then it comes as an attachment of its type, never inline', async () => {
    const response = await get(`${PAGE}/${scene.inputs.technical.id}/file`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="OSI statement _final_.pdf"; filename*=UTF-8''OSI%20statement%20%C2%ABfinal%C2%BB.pdf`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF_BYTES);
  });

  it('when ids of withheld, unreviewed, typed or unknown statements are tried, then nothing is found', async () => {
    const tries = [
      ...hidden(),
      scene.inputs.academia.id, // published, but typed: there is no file
      randomUUID(),
      'not-a-uuid',
      '..%2F..%2Fetc%2Fpasswd',
    ];
    for (const id of tries) {
      const response = await get(`${PAGE}/${id}/file`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('There is no published file at this address.');
    }
    const elsewhere = await get(`/events/another-event/inputs/${scene.inputs.technical.id}/file`);
    expect(elsewhere.status).toBe(404);
    for (const path of ['/events/another-event/inputs', '/events/another-event/inputs.json']) {
      expect((await get(path)).status).toBe(404);
    }
  });

  it('when a published statement is withheld later, then every public URL drops it at once', async () => {
    const id = scene.inputs.technical.id;
    expect((await review(id, 'withhold', 'Published by mistake')).status).toBe(200);
    expect((await get(`${PAGE}/${id}/file`)).status).toBe(404);
    expect(await (await get(PAGE)).text()).not.toContain(id);
    expect(await (await get(`${PAGE}.json`)).text()).not.toContain(id);
    expect(await (await get(`${PAGE}.atom`)).text()).not.toContain(id);
    expect(await (await get(`${PAGE}.atom`)).text()).toContain(scene.inputs.academia.id);
  });
});
