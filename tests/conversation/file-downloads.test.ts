import { httpFileDownloader } from '../../bot/written-input/file-downloader';
import {
  isPublicAddress,
  isTeamsFileHost,
  strictDownloadPolicy,
  type DownloadPolicy,
} from '../../bot/written-input/download-policy';
import { fileHostPolicy, startFileHost, type FileHost } from '../support/file-host';

const MB = 1024 * 1024;
const PDF = new TextEncoder().encode('%PDF-1.7 statement');

describe('Downloading Teams file attachments', () => {
  let files: FileHost;
  beforeAll(async () => {
    files = await startFileHost();
  });
  afterAll(() => files.close());

  const download = (url: string, policy: DownloadPolicy = fileHostPolicy(), max = MB) =>
    httpFileDownloader(policy).download(url, max);
  /** Production's policy, but DNS answers `address` for every name. */
  const strictResolvingTo = (address: string) => ({
    ...strictDownloadPolicy(),
    resolve: async () => [address],
  });

  it('when the host is SharePoint or OneDrive, then it is allowed, and look-alikes are not', () => {
    for (const host of [
      'contoso.sharepoint.com',
      'contoso-my.sharepoint.com',
      'a.sharepoint-df.com',
      'onedrive.live.com',
      'public.1drv.com',
    ])
      expect([host, isTeamsFileHost(host)]).toEqual([host, true]);
    for (const host of [
      'sharepoint.com.evil.example',
      'evilsharepoint.com',
      '127.0.0.1',
      'localhost',
      'metadata.google.internal',
    ])
      expect([host, isTeamsFileHost(host)]).toEqual([host, false]);
  });

  it.each([
    ['127.0.0.1'],
    ['127.1.2.3'],
    ['10.0.0.7'],
    ['172.20.1.1'],
    ['192.168.1.10'],
    ['169.254.169.254'],
    ['100.64.0.1'],
    ['0.0.0.0'],
    ['::1'],
    ['::'],
    ['::ffff:127.0.0.1'],
    ['::ffff:169.254.169.254'],
    ['fd00:ec2::254'],
    ['fe80::1'],
    ['64:ff9b::a9fe:a9fe'],
    ['224.0.0.1'],
    ['not an address'],
  ])('when a name resolves to %s, then that address is not public', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it('when a name resolves to a public address, then it is public', () => {
    expect(isPublicAddress('13.107.136.9')).toBe(true);
    expect(isPublicAddress('2603:1006:1400::1')).toBe(true);
  });

  it('when the strict policy meets plain http, another host, or an address literal, then nothing is fetched', async () => {
    files.put('/s.pdf', PDF);
    for (const url of [
      files.url('/s.pdf'),
      files
        .url('/s.pdf')
        .replace('http:', 'https:')
        .replace('contoso.sharepoint.com', 'files.example.org'),
      'https://127.0.0.1/s.pdf',
      'https://[::1]/s.pdf',
      'https://user:pw@contoso.sharepoint.com/s.pdf',
      'file:///etc/passwd',
      'not a url',
    ]) {
      await expect(download(url, strictDownloadPolicy())).rejects.toThrow();
    }
    expect(files.hits.get('/s.pdf')).toBeUndefined();
  });

  it.each([['127.0.0.1'], ['169.254.169.254'], ['10.1.2.3'], ['::1'], ['fd00:ec2::254']])(
    'when a SharePoint name resolves to %s, then it is refused after DNS, before connecting',
    async (address) => {
      const url = files.url('/s.pdf').replace('http:', 'https:');
      await expect(download(url, strictResolvingTo(address))).rejects.toThrow(/resolves to/);
      expect(files.hits.get('/s.pdf')).toBeUndefined();
    },
  );

  it('when one of several addresses is private, then the name is refused', async () => {
    const policy = { ...fileHostPolicy(), resolve: async () => ['127.0.0.1', '10.0.0.1'] };
    await expect(download(files.url('/s.pdf'), policy)).rejects.toThrow(/10\.0\.0\.1/);
  });

  it('when the file host serves the file, then its bytes come back', async () => {
    expect(Buffer.from((await download(files.url('/s.pdf'))) as Uint8Array)).toEqual(
      Buffer.from(PDF),
    );
  });

  it('when a redirect leads to the metadata service, a bare address, or another host, then it is refused', async () => {
    files.answer('/to-metadata', { redirect: 'http://169.254.169.254/latest/meta-data/' });
    files.answer('/to-literal', { redirect: files.url('/s.pdf', '127.0.0.1') });
    files.answer('/to-other', { redirect: files.url('/s.pdf', 'files.example.org') });
    files.answer('/to-private', { redirect: files.url('/s.pdf', 'intranet.sharepoint.com') });
    const policy = fileHostPolicy({
      resolve: async (name) => [name === 'intranet.sharepoint.com' ? '10.0.0.9' : '127.0.0.1'],
    });
    for (const path of ['/to-metadata', '/to-literal', '/to-other', '/to-private']) {
      await expect(download(files.url(path), policy)).rejects.toThrow(/not allowed|resolves to/);
    }
  });

  it('when a redirect stays on SharePoint, then it is followed; a loop ends after the limit', async () => {
    files.answer('/moved', { redirect: files.url('/s.pdf', 'contoso-my.sharepoint.com') });
    expect(Buffer.from((await download(files.url('/moved'))) as Uint8Array).toString()).toContain(
      '%PDF',
    );
    files.answer('/loop', { redirect: '/loop' });
    await expect(download(files.url('/loop'))).rejects.toThrow(/redirects/);
    expect(files.hits.get('/loop')).toBe(strictDownloadPolicy().maxRedirects + 1);
  });

  it('when the body never ends, then the download is cut at the cap', async () => {
    files.answer('/endless', { endless: true });
    expect(await download(files.url('/endless'), fileHostPolicy(), 2 * MB)).toBe('tooLarge');
  });

  it('when the declared length is over the cap, then nothing is read', async () => {
    files.put('/big.txt', new Uint8Array(MB + 1).fill(65));
    expect(await download(files.url('/big.txt'))).toBe('tooLarge');
  });

  it('when the server sends headers and then nothing, then the timeout ends the download', async () => {
    files.answer('/stall', { stall: true });
    await expect(
      download(files.url('/stall'), fileHostPolicy({ timeoutMs: 300 })),
    ).rejects.toThrow();
  });

  it('when the server answers an error status, then the download fails', async () => {
    await expect(download(files.url('/missing'))).rejects.toThrow(/HTTP 404/);
  });
});
