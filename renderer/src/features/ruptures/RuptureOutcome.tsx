import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Rupture } from '@shared/api/ruptures';
import {
  RUPTURE_OUTCOMES,
  RUPTURE_OUTCOME_LABELS,
  type RuptureOutcome as Outcome,
} from '@shared/clinical/rupture-catalogue';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDate } from '../../ui/format-date';
import { useLanguage } from '../attachment/use-language';
import { useUpdateRupture } from './rupture-queries';

/**
 * The outcome (unresolved, partly resolved, resolved), recorded from a session: "resolved" is
 * resolved in the session on screen, the one the vault keeps as the session of resolution.
 */
export function RuptureOutcome({ rupture, here }: { rupture: Rupture; here: { id: string; startsAt: string } }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>(rupture.outcome);
  const update = useUpdateRupture();
  const unchanged = outcome === rupture.outcome && (outcome !== 'resolved' || rupture.resolvedSessionId === here.id);
  const before = Date.parse(here.startsAt) < Date.parse(rupture.sessionStartsAt);

  return (
    <div className="rupture-outcome">
      <div className="field">
        <label htmlFor={id}>{t('rupture.outcome')}</label>
        <div className="rupture-outcome-row">
          <select id={id} value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)}>
            {RUPTURE_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {o === 'resolved' ? t('rupture.resolvedHere') : RUPTURE_OUTCOME_LABELS[o][language]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button-quiet"
            disabled={unchanged || update.isPending || (outcome === 'resolved' && before)}
            onClick={() =>
              update.mutate({ id: rupture.id, outcome, resolvedSessionId: outcome === 'resolved' ? here.id : null })
            }
          >
            {t('rupture.recordOutcome')}
          </button>
        </div>
      </div>
      {rupture.outcome === 'resolved' && rupture.resolvedSessionId && rupture.resolvedStartsAt && (
        <p className="rupture-resolved">
          {rupture.resolvedSessionId === here.id ? (
            t('rupture.resolvedInThis')
          ) : (
            <Link href={`/sessions/${rupture.resolvedSessionId}`}>
              {t('rupture.resolvedAt', { date: formatDate(rupture.resolvedStartsAt, i18n.language) })}
            </Link>
          )}
        </p>
      )}
      <ErrorNotice error={update.error} lead="rupture.saveFailed" />
    </div>
  );
}
