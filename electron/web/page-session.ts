import type { IncomingMessage } from 'node:http';
import { newToken, tokenMatches } from './security';

export type Exchange = { kind: 'issued'; token: string } | { kind: 'spent' } | { kind: 'refused' };

/**
 * The printed link's token is good for one page load: that page exchanges it for a page token,
 * which every later request carries (the tab keeps it in sessionStorage, so a reload works), and
 * the link is spent. A link found later in the browser's history, a terminal's scrollback or a
 * shared screen opens nothing.
 */
export class PageSession {
  readonly linkToken = newToken();
  private pageToken: string | undefined;

  exchange(req: IncomingMessage): Exchange {
    if (!tokenMatches(req, this.linkToken)) return { kind: 'refused' };
    if (this.pageToken !== undefined) return { kind: 'spent' };
    this.pageToken = newToken();
    return { kind: 'issued', token: this.pageToken };
  }

  /** Whether the request carries the page token (the link token opens nothing but the exchange). */
  authorizes(req: IncomingMessage): boolean {
    return this.pageToken !== undefined && tokenMatches(req, this.pageToken);
  }
}
