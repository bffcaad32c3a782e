import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@shared/api/contract';
import type { TranslationKey } from '../../i18n/resources';
import { PassphraseHints } from './PassphraseHints';

type Strength = MethodOutput<'vault.passphraseStrength'>;

const SCORE_KEYS: readonly TranslationKey[] = [
  'strength.score0',
  'strength.score1',
  'strength.score2',
  'strength.score3',
  'strength.score4',
];
const SEGMENTS = SCORE_KEYS.length;

interface StrengthMeterProps {
  strength: Strength | undefined;
  /** False while the estimate still belongs to an earlier version of the passphrase. */
  current: boolean;
}

export function StrengthMeter({ strength, current }: StrengthMeterProps) {
  const { t } = useTranslation();
  const score = strength?.score ?? -1;
  const scoreKey = SCORE_KEYS[score];
  let summary: string;
  if (!strength || !scoreKey) summary = t('strength.empty');
  else {
    const verdict = strength.acceptable ? t('strength.acceptable') : t('strength.notAcceptable');
    summary = `${t(scoreKey)}. ${verdict}`;
  }
  return (
    <div className="strength" data-score={strength ? score : undefined} data-acceptable={strength?.acceptable}>
      <div
        className="strength-bar"
        role="meter"
        aria-label={t('strength.label')}
        aria-valuemin={0}
        aria-valuemax={SEGMENTS - 1}
        aria-valuenow={Math.max(score, 0)}
        aria-valuetext={scoreKey ? t(scoreKey) : t('strength.empty')}
      >
        {Array.from({ length: SEGMENTS }, (_, i) => (
          <span key={i} className={i <= score ? 'strength-segment filled' : 'strength-segment'} />
        ))}
      </div>
      <p className="strength-summary" aria-live="polite">
        {summary}
        {strength && !current && <span className="strength-checking"> {t('strength.checking')}</span>}
      </p>
      {strength && !strength.acceptable && <PassphraseHints hints={strength.hints} />}
    </div>
  );
}
