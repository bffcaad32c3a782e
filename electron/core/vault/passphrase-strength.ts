import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { MIN_PASSPHRASE_LENGTH, MIN_PASSPHRASE_SCORE, type PassphraseHint } from '@shared/api/vault';

let estimator: ZxcvbnFactory | undefined;
const getEstimator = (): ZxcvbnFactory =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  }));

/** Words a guesser would try first against this app. */
const CONTEXT_WORDS = ['trygg', 'tryg', 'vault', 'terapi', 'therapy', 'psykolog', 'psykoterapi', 'klient', 'client'];

export interface PassphraseStrength {
  score: number;
  acceptable: boolean;
  hints: PassphraseHint[];
}

function hintsFrom(result: ZxcvbnResult): Set<PassphraseHint> {
  const hints = new Set<PassphraseHint>();
  for (const match of result.sequence) {
    switch (match.pattern) {
      case 'dictionary':
        hints.add(match.dictionaryName.startsWith('passwords') ? 'common' : 'dictionary');
        break;
      case 'sequence':
      case 'spatial':
        hints.add('sequence');
        break;
      case 'repeat':
        hints.add('repeat');
        break;
      case 'date':
      case 'regex':
        hints.add('dates');
        break;
      default:
        break;
    }
  }
  return hints;
}

/** A real strength estimate (zxcvbn), reduced to codes the renderer translates. */
export function estimatePassphrase(passphrase: string): PassphraseStrength {
  const result = getEstimator().check(passphrase, CONTEXT_WORDS);
  const longEnough = [...passphrase].length >= MIN_PASSPHRASE_LENGTH;
  const acceptable = longEnough && result.score >= MIN_PASSPHRASE_SCORE;
  if (acceptable) return { score: result.score, acceptable, hints: [] };
  const hints = hintsFrom(result);
  if (!longEnough) hints.add('tooShort');
  if (hints.size === 0) hints.add('guessable');
  hints.add('addWords');
  return { score: result.score, acceptable, hints: [...hints] };
}
