// Types only from the contract: its modules build zod schemas, which the unlock screen's bundle
// should not carry. The Record types keep these lists exactly in step with the contract.
import type { MIN_PASSPHRASE_LENGTH, PassphraseHint } from '@shared/api/vault';
import type { TranslationKey } from '../../i18n/resources';

export const HINT_KEYS: Record<PassphraseHint, TranslationKey> = {
  tooShort: 'hint.tooShort',
  common: 'hint.common',
  sequence: 'hint.sequence',
  repeat: 'hint.repeat',
  dictionary: 'hint.dictionary',
  dates: 'hint.dates',
  guessable: 'hint.guessable',
  addWords: 'hint.addWords',
};

/** The core's minimum length; typed as the contract's literal, so the build fails if they differ. */
export const MIN_LENGTH: typeof MIN_PASSPHRASE_LENGTH = 10;

const isHint = (code: string): code is PassphraseHint => Object.hasOwn(HINT_KEYS, code);

/** A WEAK_PASSPHRASE error's reason is its hint codes joined by commas; unknown codes are skipped. */
export function hintsFromReason(reason: string | undefined): PassphraseHint[] {
  return (reason ?? '').split(',').filter(isHint);
}
