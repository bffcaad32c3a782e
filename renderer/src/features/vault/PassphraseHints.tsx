import { useTranslation } from 'react-i18next';
import type { PassphraseHint } from '@shared/api/vault';
import { HINT_KEYS, MIN_LENGTH } from './passphrase-hints';

export function PassphraseHints({ hints }: { hints: readonly PassphraseHint[] }) {
  const { t } = useTranslation();
  if (hints.length === 0) return null;
  return (
    <ul className="hints">
      {hints.map((hint) => (
        <li key={hint}>{t(HINT_KEYS[hint], { min: MIN_LENGTH })}</li>
      ))}
    </ul>
  );
}
