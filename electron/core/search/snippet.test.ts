import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from './query-parser';
import { hitWords, matcherFor, wordSpans } from './snippet';
import { WORD } from './tokens';

const spansByRegex = (text: string) => [...text.matchAll(WORD)].flatMap((m) => [m.index, m.index + m[0].length]);

describe('wordSpans', () => {
  it('finds the words of Nordic text, marks and digits included', () => {
    const text = 'Tilknytningsmønstre (2024): «trygg» – e\u0301n då!';
    expect(wordSpans(text)).toEqual(spansByRegex(text));
    expect(wordSpans('')).toEqual([]);
    expect(wordSpans(' … ')).toEqual([]);
  });

  it('agrees with the regular expression on any string, surrogates and emoji included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 80 }),
          fc.string({ unit: 'binary', maxLength: 80 }),
          // Mixed on purpose: combining marks, a lone surrogate, an emoji, letters that change length in lower case.
          fc.string({
            unit: fc.constantFrom('a', 'Å', 'ø', '\u0301', '\ud800', '😀', ' ', '-', '7', 'ß', 'İ', 'ي'),
            maxLength: 40,
          }),
        ),
        (text) => {
          expect(wordSpans(text)).toEqual(spansByRegex(text));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('hitWords', () => {
  const pool = [
    'Mønster',
    'tilknytningsMØNSTRE',
    'brudd',
    'Alliansebruddet',
    'İstanbul',
    'terapeut',
    'og',
    'å',
    'TILKNYT',
    'hälsa',
  ];
  const text = fc
    .array(fc.tuple(fc.constantFrom(...pool), fc.constantFrom(' ', ', ', '. ', '-', '«', '\n')), { maxLength: 30 })
    .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
  const query = fc.constantFrom('mønster', 'brudd', 'tilknyt*', '"og å"', 'terapeuten', 'istanbul', 'hälsa OR og');

  it('finds exactly the words a test of every word finds', () => {
    fc.assert(
      fc.property(text, query, (t, q) => {
        const matches = matcherFor(parseQuery(q));
        const spans = wordSpans(t);
        const everyWord = Array.from({ length: spans.length / 2 }, (_, k) => k).filter((k) =>
          matches(t.slice(spans[2 * k], spans[2 * k + 1]).toLowerCase()),
        );
        expect(hitWords(t, matches)).toEqual(everyWord);
      }),
      { numRuns: 500 },
    );
  });
});
