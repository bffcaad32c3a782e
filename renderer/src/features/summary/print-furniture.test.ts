import { describe, expect, it } from 'vitest';
import { cssContent, cssString, PAGE_MARK, PAGES_MARK, pageStyle } from './print-furniture';

describe('page furniture', () => {
  it('writes text as a CSS string nothing can break out of', () => {
    expect(cssString('IH-3')).toBe('"IH-3"');
    expect(cssString('a"b')).toBe('"a\\22 b"');
    expect(cssString('x\\y')).toBe('"x\\5c y"');
    expect(cssString('</style><script>')).toBe('"\\3c /style\\3e \\3c script\\3e "');
    expect(cssString('line\nbreak')).toBe('"line\\a break"');
    expect(cssString('Ærø Ångström')).toBe('"Ærø Ångström"');
  });

  it('turns the counters of a translated sentence into CSS counters', () => {
    expect(cssContent(`Page ${PAGE_MARK} of ${PAGES_MARK}`)).toBe('"Page " counter(page) " of " counter(pages)');
    expect(cssContent(`${PAGE_MARK}/${PAGES_MARK}`)).toBe('counter(page) "/" counter(pages)');
    expect(cssContent(`Sida ${PAGE_MARK} av ${PAGES_MARK}`)).toBe('"Sida " counter(page) " av " counter(pages)');
  });

  it('puts the label, the date, Confidential and the page count in the margin boxes', () => {
    const css = pageStyle({
      label: 'IH-3',
      printed: 'Printed 27 Nov 2026',
      confidential: 'Confidential',
      pageOf: `Page ${PAGE_MARK} of ${PAGES_MARK}`,
      paper: 'letter',
    });
    expect(css).toContain('size: letter;');
    expect(css).toMatch(/@top-left \{ content: "IH-3";/);
    expect(css).toMatch(/@top-right \{ content: "Confidential";/);
    expect(css).toMatch(/@bottom-left \{ content: "Printed 27 Nov 2026";/);
    expect(css).toMatch(/@bottom-right \{ content: "Page " counter\(page\) " of " counter\(pages\);/);
  });
});
