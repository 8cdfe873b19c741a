import { SseParser, type SseMessage } from '../../tab/src/api/sse-parser';

function parse(...chunks: string[]): SseMessage[] {
  const messages: SseMessage[] = [];
  const parser = new SseParser((m) => messages.push(m));
  for (const chunk of chunks) parser.feed(chunk);
  return messages;
}

describe('SseParser (the tab reads the queue stream with fetch)', () => {
  it('when a message arrives whole, then its id, event and data are read', () => {
    expect(parse('id: 7\nevent: queue\ndata: {"a":1}\n\n')).toEqual([
      { id: '7', event: 'queue', data: '{"a":1}' },
    ]);
  });

  it('when a message is split across chunks, even inside a CRLF, then it is read once', () => {
    expect(parse('id: 8\r', '\nevent: que', 'ue\r\ndata: {"b"', ':2}\r\n', '\r\n')).toEqual([
      { id: '8', event: 'queue', data: '{"b":2}' },
    ]);
  });

  it('when heartbeats and retry lines come, then no message is made of them', () => {
    expect(parse('retry: 2000\n\n: keep-alive\n\n')).toEqual([]);
  });

  it('when data spans several lines, then they are joined by newlines', () => {
    expect(parse('data: one\ndata: two\n\n')).toEqual([{ event: 'message', data: 'one\ntwo' }]);
  });

  it('when a message is not yet ended by a blank line, then it is not dispatched', () => {
    expect(parse('event: queue\ndata: {}\n')).toEqual([]);
  });
});
