import { tokenize } from './tokens';

/** One searchable thing: a whole word, a word prefix, or an exact phrase. */
export type Term =
  { kind: 'word'; text: string } | { kind: 'prefix'; text: string } | { kind: 'phrase'; words: string[] };

/** All units must match; a unit matches when any of its alternatives does (OR). */
export interface ParsedQuery {
  units: Term[][];
  excluded: Term[];
}

const MAX_UNITS = 16;
const MAX_EXCLUDED = 8;
const MAX_PHRASE_WORDS = 16;

type Lexeme = { type: 'text'; raw: string; quoted: boolean; negated: boolean } | { type: 'or' };

/** Splits what a person typed into quoted phrases, words, "-" exclusions and OR. Never fails. */
function lex(input: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i] as string;
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    const negated = ch === '-' && i + 1 < input.length && !/\s/u.test(input[i + 1] as string);
    if (negated) i++;
    if (input[i] === '"') {
      // An unbalanced quote runs to the end of the query.
      const end = input.indexOf('"', i + 1);
      const raw = input.slice(i + 1, end === -1 ? input.length : end);
      out.push({ type: 'text', raw, quoted: true, negated });
      i = end === -1 ? input.length : end + 1;
      continue;
    }
    let j = i;
    while (j < input.length && !/\s/u.test(input[j] as string) && input[j] !== '"') j++;
    const raw = input.slice(i, j);
    i = j;
    if (raw === 'OR' && !negated) out.push({ type: 'or' });
    else out.push({ type: 'text', raw, quoted: false, negated });
  }
  return out;
}

function toTerm(lexeme: Extract<Lexeme, { type: 'text' }>): Term | undefined {
  const words = tokenize(lexeme.raw).slice(0, MAX_PHRASE_WORDS);
  if (words.length === 0) return undefined;
  if (lexeme.quoted || words.length > 1) return { kind: 'phrase', words };
  const word = words[0] as string;
  return lexeme.raw.endsWith('*') ? { kind: 'prefix', text: word } : { kind: 'word', text: word };
}

export function parseQuery(input: string): ParsedQuery {
  const units: Term[][] = [];
  const excluded: Term[] = [];
  let joinNext = false;
  for (const lexeme of lex(input.normalize('NFC'))) {
    if (lexeme.type === 'or') {
      joinNext = units.length > 0;
      continue;
    }
    const term = toTerm(lexeme);
    if (!term) continue;
    if (lexeme.negated) {
      if (excluded.length < MAX_EXCLUDED) excluded.push(term);
      continue;
    }
    const last = units.at(-1);
    if (joinNext && last) last.push(term);
    else if (units.length < MAX_UNITS) units.push([term]);
    joinNext = false;
  }
  return { units, excluded };
}

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const group = (parts: string[]): string => (parts.length === 1 ? (parts[0] as string) : `(${parts.join(' OR ')})`);

export interface Expansions {
  /** Longer words a word is found inside (compounds). */
  compounds?: (word: string) => string[];
  /** The words a prefix stands for, or undefined to let FTS5 expand it. */
  prefix?: (prefix: string) => string[] | undefined;
}

export function termToFts(term: Term, expansions: Expansions = {}): string {
  switch (term.kind) {
    case 'word':
      return quote(term.text);
    case 'prefix': {
      const words = expansions.prefix?.(term.text);
      if (!words) return `${quote(term.text)} *`;
      // No indexed word has the prefix: a word that cannot match keeps the query valid.
      return words.length === 0 ? quote(term.text) : group(words.map(quote));
    }
    case 'phrase':
      return quote(term.words.join(' '));
  }
}

/**
 * An FTS5 query built only from quoted strings and operators, so no input can be an FTS syntax
 * error or smuggle in column filters, NEAR or other syntax. Expansions may add compound words as
 * alternatives to a word, and list the words a prefix stands for. Undefined when nothing
 * positive is left to search for.
 */
export function toFtsQuery(query: ParsedQuery, expansions: Expansions = {}): string | undefined {
  if (query.units.length === 0) return undefined;
  const positive = query.units
    .map((unit) =>
      group(
        unit.flatMap((term) => [
          termToFts(term, expansions),
          ...(term.kind === 'word' && expansions.compounds ? expansions.compounds(term.text).map(quote) : []),
        ]),
      ),
    )
    .join(' AND ');
  if (query.excluded.length === 0) return positive;
  return `(${positive}) NOT ${group(query.excluded.map((t) => termToFts(t, expansions)))}`;
}

/** The plain words a hit can be highlighted by in the opened note. */
export function queryWords(query: ParsedQuery): string[] {
  return query.units.flat().flatMap((t) => (t.kind === 'phrase' ? t.words : [t.text]));
}
