export interface SseMessage {
  /** The `event:` field; "message" when the server named none. */
  event: string;
  data: string;
}

/**
 * Reads a Server-Sent Events stream the way the HTML standard's parser does: fields per line
 * (LF, CR or CRLF), a blank line ends a message, comment lines (`:`) are skipped, several data
 * lines join with LF. Chunks may split anywhere, a line ending included. `retry` and `id` are
 * ignored: this client reconnects on its own schedule and the core's events carry no replay.
 */
export function createSseParser(onMessage: (message: SseMessage) => void): (chunk: string) => void {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  // A chunk that ended on CR may be followed by the LF of the same CRLF.
  let skipLeadingLf = false;

  const line = (text: string) => {
    if (text === '') {
      if (data.length > 0) onMessage({ event: event || 'message', data: data.join('\n') });
      event = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  };

  return (chunk) => {
    if (skipLeadingLf && chunk.startsWith('\n')) chunk = chunk.slice(1);
    skipLeadingLf = false;
    buffer += chunk;
    const ending = /\r\n|\r|\n/g;
    let start = 0;
    for (let match = ending.exec(buffer); match; match = ending.exec(buffer)) {
      // A CR at the very end may be half of a CRLF split across chunks: treat it as a line end
      // now and drop the LF if it comes next.
      if (match[0] === '\r' && match.index === buffer.length - 1) skipLeadingLf = true;
      line(buffer.slice(start, match.index));
      start = match.index + match[0].length;
    }
    buffer = buffer.slice(start);
  };
}
