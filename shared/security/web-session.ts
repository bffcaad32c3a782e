/**
 * The web host's link token opens one page: the page swaps it at once, on this path, for a token
 * of its own, and the link is spent. A second exchange of the same link answers
 * LINK_SPENT_STATUS, so the page can say so in plain words.
 */
export const SESSION_EXCHANGE_PATH = '/session/exchange';
export const LINK_SPENT_STATUS = 410;
