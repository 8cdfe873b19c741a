import type { Request } from 'restify';
import { TrustedProxies } from './client-address';

const request = (peer: string, forwarded?: string) =>
  ({
    socket: { remoteAddress: peer },
    headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
  }) as unknown as Request;

describe('TrustedProxies', () => {
  const azure = new TrustedProxies(['10.0.0.0/8', '169.254.0.0/16', 'fc00::/7']);

  it('takes the peer as the client when no proxy is trusted, whatever the header says', () => {
    expect(new TrustedProxies([]).clientOf(request('203.0.113.7', '198.51.100.1'))).toBe(
      '203.0.113.7',
    );
  });

  it('takes the hop a trusted proxy appended, without its port, not one the client wrote', () => {
    expect(azure.clientOf(request('169.254.129.3', '6.6.6.6, 203.0.113.7:52345'))).toBe(
      '203.0.113.7',
    );
    expect(azure.clientOf(request('::ffff:10.1.2.3', '[2001:db8::5]:443'))).toBe('2001:db8::5');
  });

  it('ignores the header from a peer outside the trusted ranges', () => {
    expect(azure.clientOf(request('203.0.113.7', '10.9.9.9'))).toBe('203.0.113.7');
  });
});
