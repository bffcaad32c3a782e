/**
 * A light stemmer for finding a word inside Danish, Norwegian and Swedish compounds: "mønster"
 * must find "tilknytningsmønstre", where the inflected ending differs. It strips one common
 * inflectional ending, never below four letters, so short words stay whole.
 */
const ENDINGS = ['erne', 'ene', 'ane', 'arna', 'erna', 'orna', 'ers', 'er', 'en', 'et', 'ar', 'or', 'na', 'e'];
const MIN_STEM = 4;

export function compoundStem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  }
  return word;
}

/** Shorter words match too much inside other words to help. */
export const MIN_FRAGMENT = 4;

/**
 * What a query word is looked for inside longer (compound) words by: its stem, or nothing for a
 * word too short to find inside others. Core search, snippets and the renderer's highlights share it.
 */
export function compoundFragment(word: string): string | undefined {
  return word.length >= MIN_FRAGMENT ? compoundStem(word) : undefined;
}
