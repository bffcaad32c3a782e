import { describe, expect, it } from 'vitest';
import { languageFromPreferences } from './detect-language';

describe('languageFromPreferences', () => {
  it.each([
    [['da-DK'], 'da'],
    [['sv'], 'sv'],
    [['nb-NO'], 'nb'],
    [['nn-NO'], 'nb'],
    [['no'], 'nb'],
    [['en-GB'], 'en'],
    [['de-DE', 'da'], 'da'],
    [['fi-FI'], 'en'],
    [[], 'en'],
  ] as const)('%j -> %s', (preferred, expected) => {
    expect(languageFromPreferences(preferred)).toBe(expected);
  });
});
