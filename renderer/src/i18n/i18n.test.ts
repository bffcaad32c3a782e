import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@shared/api/constants';
import en from './locales/en.json';

// Read as raw text through Vite, so the renderer's tests need no Node built-ins.
const locales = import.meta.glob<Record<string, unknown>>('./locales/*.json', { eager: true, import: 'default' });
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../**/*.d.ts'], {
  eager: true,
  query: '?raw',
  import: 'default',
});

const referenceKeys = Object.keys(en).sort();
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)\s*(,[^}]*)?\}\}/g)].map((m) => `${m[1] ?? ''}${m[2] ?? ''}`).sort();

describe.each(LANGUAGES)('locale %s', (language) => {
  const messages = locales[`./locales/${language}.json`];

  it('exists', () => {
    expect(messages).toBeDefined();
  });

  it('has exactly the English keys', () => {
    expect(Object.keys(messages ?? {}).sort()).toEqual(referenceKeys);
  });

  it('has no empty or non-text message', () => {
    const bad = Object.entries(messages ?? {}).filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(bad.map(([key]) => key)).toEqual([]);
  });

  it('keeps the placeholders of English', () => {
    const differing = referenceKeys.filter((key) => {
      const text = messages?.[key];
      return typeof text === 'string' && placeholders(text).join() !== placeholders(en[key as keyof typeof en]).join();
    });
    expect(differing).toEqual([]);
  });
});

describe('translation keys', () => {
  const code = Object.values(sources).join('\n');

  it('reads real source files', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(5);
  });

  it('are all used as a literal somewhere in the renderer', () => {
    const quoted = (key: string) => [`'${key}'`, `"${key}"`, `\`${key}\``].some((q) => code.includes(q));
    expect(referenceKeys.filter((key) => !quoted(key))).toEqual([]);
  });
});
