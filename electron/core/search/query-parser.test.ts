import { describe, expect, it } from 'vitest';
import { HIT_END, HIT_START } from '@shared/api/search';
import { compoundStem } from '@shared/search/nordic-stem';
import { parseQuery, queryWords, toFtsQuery } from './query-parser';
import { matcherFor, snippetOf } from './snippet';

describe('parseQuery and toFtsQuery', () => {
  it.each([
    ['mønster', '"mønster"'],
    ['Tilknytning brudd', '"tilknytning" AND "brudd"'],
    ['tilknyt*', '"tilknyt" *'],
    ['"trygg anknytning"', '"trygg anknytning"'],
    ['anknytning -oxytocin', '("anknytning") NOT "oxytocin"'],
    ['angst sorg OR tap', '"angst" AND ("sorg" OR "tap")'],
    ['e-post', '"e post"'],
    ['"unbalanced quote', '"unbalanced quote"'],
    ['NEAR(a b', '"near a" AND "b"'],
    ['note_text:brudd', '"note text brudd"'],
  ])('%s -> %s', (input, expected) => {
    expect(toFtsQuery(parseQuery(input))).toBe(expected);
  });

  it('has nothing to search for in empty, punctuation-only or exclusion-only queries', () => {
    for (const q of ['', '   ', '*', '"', '-brudd', 'OR', '🙂', '()'])
      expect(toFtsQuery(parseQuery(q)), q).toBeUndefined();
  });

  it('adds compound alternatives to plain words only', () => {
    const q = parseQuery('mønster tilknyt* "trygg base"');
    expect(toFtsQuery(q, { compounds: (w) => [`x${w}`] })).toBe(
      '("mønster" OR "xmønster") AND "tilknyt" * AND "trygg base"',
    );
    expect(queryWords(q)).toEqual(['mønster', 'tilknyt', 'trygg', 'base']);
  });

  it('lists the words a prefix stands for when asked, and keeps a prefix with no words valid', () => {
    const q = parseQuery('tilknyt* -brud*');
    const words: Record<string, string[] | undefined> = { tilknyt: ['tilknytning', 'tilknyttet'], brud: [] };
    expect(toFtsQuery(q, { prefix: (p) => words[p] })).toBe('(("tilknytning" OR "tilknyttet")) NOT "brud"');
    expect(toFtsQuery(parseQuery('ti*'), { prefix: () => undefined })).toBe('"ti" *');
  });
});

describe('compoundStem', () => {
  it.each([
    ['mønster', 'mønst'],
    ['brudd', 'brudd'],
    ['alliansen', 'allians'],
    ['relationer', 'relation'],
    ['far', 'far'],
  ])('%s -> %s', (word, stem) => expect(compoundStem(word)).toBe(stem));
});

describe('snippetOf', () => {
  const text =
    'Første del handler om søvn. Senere i samtalen kom vi ind på tilknytningsmønstre og hvordan mønsteret viste sig i forholdet til søsteren.';
  it('marks every hit, compounds included, in a window around them', () => {
    const s = snippetOf(text, matcherFor(parseQuery('mønster')), 12);
    expect(s).toContain(`${HIT_START}tilknytningsmønstre${HIT_END}`);
    expect(s).toContain(`${HIT_START}mønsteret${HIT_END}`);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
  });
  it('never lets the text forge a hit marker', () => {
    const s = snippetOf(`fake ${HIT_START}mark${HIT_END} brudd`, matcherFor(parseQuery('brudd')));
    expect(s).toBe(`fake mark ${HIT_START}brudd${HIT_END}`);
  });
  it('shows the start of the text when nothing matches', () => {
    expect(snippetOf('En kort tekst.', matcherFor(parseQuery('ingenting')))).toBe('En kort tekst.');
  });
});
