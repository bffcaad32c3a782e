/**
 * Snippets mark each hit between these two control characters, which cannot be typed into a
 * note. Kept apart from the zod contract so the renderer can import them without zod.
 */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';
