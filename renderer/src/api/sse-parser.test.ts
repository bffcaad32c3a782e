import { describe, expect, it } from 'vitest';
import { createSseParser, type SseMessage } from './sse-parser';

function parse(chunks: string[]): SseMessage[] {
  const messages: SseMessage[] = [];
  const push = createSseParser((message) => messages.push(message));
  for (const chunk of chunks) push(chunk);
  return messages;
}

describe('createSseParser', () => {
  const stream = ': connected\n\nevent: vault.locked\ndata: {"type":"vault.locked","payload":{}}\n\n: heartbeat\n\n';

  it('reads named events and skips comments', () => {
    expect(parse([stream])).toEqual([{ event: 'vault.locked', data: '{"type":"vault.locked","payload":{}}' }]);
  });

  it('reads the same messages however the stream is cut into chunks', () => {
    const whole = parse([stream + stream]);
    for (let size = 1; size < 12; size++) {
      const text = stream + stream;
      const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
        text.slice(i * size, (i + 1) * size),
      );
      expect(parse(chunks), `chunks of ${size}`).toEqual(whole);
    }
  });

  it('accepts CRLF and CR line endings, also split between chunks', () => {
    expect(parse(['event: a\r', '\ndata: 1\r\n\r', '\n'])).toEqual([{ event: 'a', data: '1' }]);
    expect(parse(['data: x\r\rdata: y\r\r'])).toEqual([
      { event: 'message', data: 'x' },
      { event: 'message', data: 'y' },
    ]);
  });

  it('joins data lines, keeps a value without its one leading space, and waits for the blank line', () => {
    expect(parse(['data:a\ndata:  b\nid: 7\nretry: 10\n'])).toEqual([]);
    expect(parse(['data:a\ndata:  b\n\n'])).toEqual([{ event: 'message', data: 'a\n b' }]);
  });

  it('dispatches nothing for a message without data', () => {
    expect(parse(['event: lonely\n\n'])).toEqual([]);
  });
});
