import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuote, quoteAt } from './quote-anchor';

const NOTE = 'Klienten beskrev skam. Vi talte om skam igen, og om moren. Til sidst: skam og vrede.';

describe('finding a quoted passage again', () => {
  it('finds the passage it was made from, among several occurrences of the same words', () => {
    const start = NOTE.indexOf('skam igen');
    const quote = quoteAt(NOTE, { start, end: start + 4 });
    expect(findQuote(NOTE, quote)).toEqual({ start, end: start + 4 });
  });

  it('finds it after text is inserted before it and after it', () => {
    const start = NOTE.indexOf('om moren');
    const quote = quoteAt(NOTE, { start, end: start + 8 });
    const edited = `Ny indledning. ${NOTE.slice(0, start)}om moren${NOTE.slice(start + 8)} Tilføjet bagefter.`;
    const found = findQuote(edited, quote, start);
    expect(found && edited.slice(found.start, found.end)).toBe('om moren');
    expect(found?.start).toBe(edited.indexOf('om moren'));
  });

  it('prefers the occurrence whose surroundings agree, then the one nearest the hint', () => {
    const text = 'ABC skam DEF ... ABC skam DEF';
    const second = text.lastIndexOf('skam');
    expect(findQuote(text, { exact: 'skam' }, second)?.start).toBe(second);
    expect(findQuote(text, { exact: 'skam' }, 0)?.start).toBe(text.indexOf('skam'));
    expect(findQuote('x skam y ... z skam w', { exact: 'skam', prefix: 'z ', suffix: ' w' }, 0)?.start).toBe(15);
  });

  it('says the passage is gone when its words are', () => {
    const start = NOTE.indexOf('moren');
    const quote = quoteAt(NOTE, { start, end: start + 5 });
    expect(findQuote(NOTE.replace('moren', 'faren'), quote)).toBeNull();
    expect(findQuote(NOTE, { exact: '' })).toBeNull();
  });

  it('finds any passage of any text it was made from (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const found = findQuote(text, quoteAt(text, { start, end }), start);
        expect(found && text.slice(found.start, found.end)).toBe(text.slice(start, end));
      }),
    );
  });
});
