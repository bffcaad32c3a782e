import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hypothesis } from '@shared/api/hypotheses';
import { PATTERN_NAMES } from '@shared/clinical/attachment-patterns';
import { QUADRANT_KEYS, STATUS_KEYS } from '../../charts/plane-labels';
import { CONFIDENCE_KEYS, CONTEXT_KEYS } from './HypothesisForm';
import { useLanguage } from './use-language';

type Facts = Pick<Hypothesis, 'anxiety' | 'avoidance' | 'quadrant' | 'pattern' | 'confidence' | 'status' | 'contexts'>;

interface HypothesisFactsProps {
  hypothesis: Facts;
  className: string;
  /** The pattern as a row of its own (where no heading names it already). */
  withPattern?: boolean;
  /** Rows after the common ones. */
  children?: ReactNode;
}

/** A hypothesis's place on the plane and how it is held, as the detail screen and the summary show it. */
export function HypothesisFacts({ hypothesis: h, className, withPattern = false, children }: HypothesisFactsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <dl className={className}>
      <div>
        <dt>{t('hypothesis.anxiety')}</dt>
        <dd>{h.anxiety}</dd>
      </div>
      <div>
        <dt>{t('hypothesis.avoidance')}</dt>
        <dd>{h.avoidance}</dd>
      </div>
      <div>
        <dt>{t('plane.column.quadrant')}</dt>
        <dd>{t(QUADRANT_KEYS[h.quadrant])}</dd>
      </div>
      {withPattern && (
        <div>
          <dt>{t('hypothesis.pattern')}</dt>
          <dd>{PATTERN_NAMES[h.pattern][language]}</dd>
        </div>
      )}
      <div>
        <dt>{t('hypothesis.confidence')}</dt>
        <dd>{t(CONFIDENCE_KEYS[h.confidence])}</dd>
      </div>
      <div>
        <dt>{t('hypothesis.status')}</dt>
        <dd>{t(STATUS_KEYS[h.status])}</dd>
      </div>
      <div>
        <dt>{t('hypothesis.contexts')}</dt>
        <dd>
          {h.contexts.length > 0 ? h.contexts.map((c) => t(CONTEXT_KEYS[c])).join(', ') : t('hypothesis.noContexts')}
        </dd>
      </div>
      {children}
    </dl>
  );
}
