import { describe, expect, it } from 'vitest';
import { displayName } from './display-preference';

describe('displayName', () => {
  it('shows the pseudonym only when chosen and present', () => {
    expect(displayName({ name: 'Ingrid Sund', pseudonym: 'K-204' }, true)).toBe('K-204');
    expect(displayName({ name: 'Ingrid Sund', pseudonym: 'K-204' }, false)).toBe('Ingrid Sund');
    expect(displayName({ name: 'Ole Vik', pseudonym: '  ' }, true)).toBe('Ole Vik');
  });
});
