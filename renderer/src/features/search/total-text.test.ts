import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { translations } from '../../i18n/resources';
import { totalText } from './total-text';

async function tIn(lng: string) {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: Object.fromEntries(Object.entries(translations).map(([l, translation]) => [l, { translation }])),
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('the total of a search', () => {
  it.each([
    ['en', '37,186 results'],
    ['da', '37.186 resultater'],
    ['nb', '37\u00a0186 treff'],
    ['sv', '37\u00a0186 träffar'],
  ])('groups thousands the way %s writes them', async (lng, expected) => {
    expect(totalText(await tIn(lng), 37_186)).toBe(expected);
  });

  it.each([
    ['en', 'About 37,000 results'],
    ['da', 'Omkring 37.000 resultater'],
    ['nb', 'Omtrent 37\u00a0000 treff'],
    ['sv', 'Omkring 37\u00a0000 träffar'],
  ])('says an approximate total is approximate, in %s', async (lng, expected) => {
    expect(totalText(await tIn(lng), 37_000, true)).toBe(expected);
  });

  it('says nothing found, or one result, in words', async () => {
    const t = await tIn('en');
    expect(totalText(t, 0)).toBe(t('search.none'));
    expect(totalText(t, 1)).toBe(t('search.one'));
    expect(totalText(t, 2)).toBe('2 results');
  });
});
