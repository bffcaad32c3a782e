import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The text Trygg's tests, demo vault and benchmarks are made of, shipped in this folder (see its
 * README.md): one fictional text per language, written for the project.
 */
export const CORPUS_LANGUAGES = ['da', 'sv', 'nb', 'en'] as const;
export type CorpusLanguage = (typeof CORPUS_LANGUAGES)[number];

export const CORPUS_DIR = __dirname;

/** The whole text of one language, paragraphs separated by blank lines. */
export function corpusText(language: CorpusLanguage): string {
  return readFileSync(join(CORPUS_DIR, `${language}.txt`), 'utf8');
}

/** The text's paragraphs (headings are paragraphs of their own). */
export function corpusParagraphs(language: CorpusLanguage): string[] {
  return corpusText(language)
    .split(/\n\s*\n/u)
    .map((p) => p.replace(/\s+/gu, ' ').trim())
    .filter(Boolean);
}

/** The text's sentences of five words or more; headings (no closing . ! or ?) are left out. */
export function corpusSentences(language: CorpusLanguage): string[] {
  return corpusParagraphs(language)
    .flatMap((p) => p.split(/(?<=[.!?])\s+/u))
    .filter((s) => /[.!?]$/u.test(s) && s.split(' ').length >= 5 && s.length < 400);
}
