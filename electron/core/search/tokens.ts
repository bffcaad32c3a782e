/**
 * The same split FTS5's unicode61 tokenizer makes (letters, digits and combining marks are word
 * characters; everything else separates), lower-cased without folding å, ä, ö, æ or ø.
 */
export const WORD_CHAR_CLASS = '[\\p{L}\\p{N}\\p{M}]';
export const WORD = new RegExp(`${WORD_CHAR_CLASS}+`, 'gu');

export function tokenize(text: string): string[] {
  return (text.normalize('NFC').toLocaleLowerCase('und').match(WORD) ?? []).slice();
}
