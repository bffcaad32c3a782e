import { describe, expect, it } from 'vitest';
import { PASSPHRASE_HINTS } from '@shared/api/vault';
import { HINT_KEYS, hintsFromReason } from './passphrase-hints';

describe('passphrase hints', () => {
  it('translate every hint the contract defines', () => {
    expect(Object.keys(HINT_KEYS).sort()).toEqual([...PASSPHRASE_HINTS].sort());
  });

  it('are read from a WEAK_PASSPHRASE reason, skipping unknown codes', () => {
    expect(hintsFromReason('tooShort,bogus,addWords')).toEqual(['tooShort', 'addWords']);
    expect(hintsFromReason(undefined)).toEqual([]);
    expect(hintsFromReason('')).toEqual([]);
  });
});
