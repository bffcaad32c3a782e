export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Stand-ins for the page counters inside a translated sentence ("Page {{page}} of {{pages}}"). */
export const PAGE_MARK = '\uE000';
export const PAGES_MARK = '\uE001';

const COUNTERS: Record<string, string> = { [PAGE_MARK]: 'counter(page)', [PAGES_MARK]: 'counter(pages)' };

/**
 * Text as a CSS string literal. Every character that could end the string, the rule or the
 * <style> element it sits in (quotes, backslashes, line breaks, < and >) is written as a CSS
 * escape, so a client's name or a translation can never become CSS.
 */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are escaped like the rest
  const escaped = text.replace(/[\u0000-\u001f\u007f\\"'<>]/g, (c) => `\\${(c.codePointAt(0) ?? 0).toString(16)} `);
  return `"${escaped}"`;
}

/** A sentence with the counters' stand-ins as a CSS content value: "Page " counter(page) " of " counter(pages). */
export function cssContent(text: string): string {
  const parts = text.split(/([\uE000\uE001])/).filter((part) => part !== '');
  return parts.length === 0 ? '""' : parts.map((part) => COUNTERS[part] ?? cssString(part)).join(' ');
}

export interface PageFurniture {
  /** The client's code or name, as the summary names them. */
  label: string;
  /** "Printed 27 Nov 2026", in the interface's language. */
  printed: string;
  confidential: string;
  /** "Page {{page}} of {{pages}}" translated, with PAGE_MARK and PAGES_MARK for the numbers. */
  pageOf: string;
  paper: PaperSize;
}

const PAPER: Record<PaperSize, string> = { a4: 'A4', letter: 'letter' };

/**
 * The @page rule that puts the furniture on every printed page, in the page's margin boxes:
 * Electron's printToPDF (with preferCSSPageSize) and the browser's print both lay them out.
 */
export function pageStyle(furniture: PageFurniture): string {
  const box = 'font-family: system-ui, sans-serif; font-size: 8.5pt; color: #333;';
  return [
    `@page {`,
    `  size: ${PAPER[furniture.paper]};`,
    `  margin: 16mm 15mm 16mm 15mm;`,
    `  @top-left { content: ${cssString(furniture.label)}; ${box} }`,
    `  @top-right { content: ${cssString(furniture.confidential)}; ${box} font-weight: 700; text-transform: uppercase; letter-spacing: 0.08em; }`,
    `  @bottom-left { content: ${cssString(furniture.printed)}; ${box} }`,
    `  @bottom-right { content: ${cssContent(furniture.pageOf)}; ${box} }`,
    `}`,
  ].join('\n');
}
