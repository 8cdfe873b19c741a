import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import { createRequest, graphCalls, graphProvider } from './graph-fixtures';

describe('Graph retries', () => {
  let standIn: GraphStandIn;
  beforeEach(async () => (standIn = await startGraphStandIn()));
  afterEach(() => standIn.close());

  it('when Graph answers 429 with Retry-After, then the client waits that long and creates one meeting', async () => {
    standIn.failNext({ status: 429, retryAfterSeconds: 2 });

    const record = await graphProvider(standIn).createMeeting(createRequest());

    const [throttled, retried] = graphCalls(standIn);
    expect([throttled?.status, retried?.status]).toEqual([429, 201]);
    expect(retried?.headers['retry-attempt']).toBe('1');
    // Without Retry-After the configured delay is 0 s plus under 1 s of jitter.
    expect((retried?.receivedAt ?? 0) - (throttled?.receivedAt ?? 0)).toBeGreaterThanOrEqual(1900);
    expect([...standIn.events.keys()]).toEqual([record.eventId]);
  });

  it('when Graph answers 503 once, then the retry succeeds and one meeting exists', async () => {
    standIn.failNext({ status: 503 });

    await graphProvider(standIn).createMeeting(createRequest());

    expect(graphCalls(standIn).map((r) => r.status)).toEqual([503, 201]);
    expect(standIn.events.size).toBe(1);
  });

  it('when a retried POST reaches Graph twice, then the transactionId keeps it to one meeting', async () => {
    const provider = graphProvider(standIn);
    const first = await provider.createMeeting(createRequest('same-attempt'));
    const again = await provider.createMeeting(createRequest('same-attempt'));

    expect(again.eventId).toBe(first.eventId);
    expect(standIn.events.size).toBe(1);
  });
});
