import { startBot, type BotHarness } from '../support/bot-harness';
import { cardOf, cardText, verbs } from '../support/card-inspect';
import { startFileHost, type FileHost } from '../support/file-host';
import { personalChat, teamsUser } from '../support/teams-activities';
import { EVENT_ID, register } from './journey-helpers';

describe('Written input from registrants', () => {
  let bot: BotHarness;
  let files: FileHost;
  const amina = teamsUser('Amina Diallo');
  const chat = () => personalChat(amina, bot.connector.serviceUrl);
  const stored = () => bot.store.writtenInputs.listForEvent(EVENT_ID);

  beforeAll(async () => {
    bot = await startBot({ now: '2024-02-20T15:00:00Z' });
    files = await startFileHost();
  });
  afterAll(async () => {
    await bot.close();
    await files.close();
  });

  it('when someone who is not registered sends a statement, then they are told to register first', async () => {
    await bot.post(chat().message('statement'));
    expect(cardText(cardOf(bot.takeSent()[0]))).toContain('register first');
    expect(await stored()).toHaveLength(0);
  });

  it('when a registrant types a statement on the card, then it is stored with who and when', async () => {
    await register(bot, amina);
    await bot.post(chat().message('statement'));
    expect(verbs(cardOf(bot.takeSent()[0]))).toContain('statement.submit');
    const { body } = await bot.post(
      chat().invoke('statement.submit', {
        eventId: EVENT_ID,
        statementText: 'We propose a norm on...',
      }),
    );
    expect(cardText(cardOf(body))).toContain('Thank you');
    const [input] = await stored();
    expect(input).toMatchObject({
      kind: 'text',
      text: 'We propose a norm on...',
      aadObjectId: amina.aadObjectId.toLowerCase(),
    });
    expect(input?.receivedAt.toISOString()).toBe('2024-02-20T15:00:00.000Z');
  });

  it('when a registrant sends a PDF in chat, then the file is downloaded and stored', async () => {
    files.put('/download/statement.pdf', new TextEncoder().encode('%PDF-1.7 statement'));
    await bot.post(chat().file('Statement.pdf', files.url('/download/statement.pdf')));
    expect(cardText(cardOf(bot.takeSent()[0]))).toContain('Thank you');
    const file = (await stored()).find((i) => i.kind === 'file');
    expect(file).toMatchObject({
      fileName: 'Statement.pdf',
      contentType: 'application/pdf',
      sizeBytes: 18,
    });
    expect(
      Buffer.from((await bot.store.writtenInputs.content(file?.id ?? '')) ?? []).toString(),
    ).toBe('%PDF-1.7 statement');
  });

  it('when the file is of another type, renamed, or over 10 MB, then it is refused and nothing is stored', async () => {
    const before = (await stored()).length;
    files.put('/download/fake.pdf', new TextEncoder().encode('MZ not a pdf'));
    files.put('/download/big.txt', new Uint8Array(10 * 1024 * 1024 + 1).fill(65));
    await bot.post(chat().file('slides.pptx', files.url('/download/fake.pdf')));
    await bot.post(chat().file('renamed.pdf', files.url('/download/fake.pdf')));
    await bot.post(chat().file('big.txt', files.url('/download/big.txt')));
    const [type, renamed, big] = bot.takeSent().map((a) => cardText(cardOf(a)));
    expect(type).toContain('PDF, DOCX or TXT');
    expect(renamed).toContain('does not match');
    expect(big).toContain('larger than 10 MB');
    expect(await stored()).toHaveLength(before);
  });

  it('when the link points at the metadata service or the ZIP is no DOCX, then it is refused and nothing is stored', async () => {
    const before = (await stored()).length;
    files.put('/download/not-word.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    await bot.post(chat().file('Statement.pdf', 'http://169.254.169.254/latest/meta-data/'));
    await bot.post(chat().file('Statement.docx', files.url('/download/not-word.docx')));
    const [metadata, notWord] = bot.takeSent().map((a) => cardText(cardOf(a)));
    expect(metadata).toContain('could not download');
    expect(notWord).toContain('does not match');
    expect(await stored()).toHaveLength(before);
  });

  it('when an image is pasted instead of a file, then it is refused with the reason', async () => {
    await bot.post({
      ...chat().message(''),
      attachments: [{ contentType: 'image/png', contentUrl: files.url('/x.png') }],
    });
    expect(String(bot.takeSent()[0]?.text)).toContain('PDF, DOCX or TXT');
  });

  it('when the event has ended, then written input is refused and nothing is stored', async () => {
    bot.clock.set('2024-02-28T17:00:00Z');
    const before = (await stored()).length;
    const { body } = await bot.post(
      chat().invoke('statement.submit', { eventId: EVENT_ID, statementText: 'Too late' }),
    );
    expect(cardText(cardOf(body))).toContain('accepted until the event ended');
    expect(await stored()).toHaveLength(before);
  });
});
