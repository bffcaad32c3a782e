import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Rupture } from '@shared/api/ruptures';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDate } from '../../ui/format-date';
import { useLanguage } from '../attachment/use-language';
import { useAdvanceStage } from './rupture-queries';
import { stepsSeenFrom } from './repair-steps';

interface RuptureStepperProps {
  rupture: Rupture;
  /** The session on screen, where a step can be recorded as reached; none on read-only pages. */
  here?: { id: string; startsAt: string };
}

/**
 * The stages of repair of the rupture's model as a stepper (five for withdrawal, five for
 * confrontation, the shared four for both): each reached step dated and linked to its session,
 * the furthest marked as the current step, and, seen from a session, "reached in this session".
 */
export function RuptureStepper({ rupture, here }: RuptureStepperProps) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const advance = useAdvanceStage();
  const steps = stepsSeenFrom(rupture, here ?? { startsAt: '' });
  return (
    <div className="stepper-block">
      <ol className="stepper" aria-label={t('rupture.stepper')}>
        {steps.map(({ stage, state, record, current, canReachHere }) => (
          <li key={stage.id} className={`stepper-step stepper-${state}`} aria-current={current ? 'step' : undefined}>
            <span className="stepper-mark" aria-hidden="true">
              {state === 'reached' ? '✓' : stage.step}
            </span>
            <div className="stepper-body">
              <p className="stepper-label">
                <span className="visually-hidden">
                  {t('rupture.stepOf', { step: stage.step, count: steps.length })}{' '}
                </span>
                {stage.label[language]}
                <span className="visually-hidden">
                  {' '}
                  (
                  {t(
                    state === 'reached'
                      ? 'rupture.stepReached'
                      : state === 'skipped'
                        ? 'rupture.stepSkipped'
                        : 'rupture.stepOpen',
                  )}
                  )
                </span>
              </p>
              <p className="stepper-hint">{stage.hint[language]}</p>
              {record && (
                <p className="stepper-when">
                  {record.sessionId === here?.id ? (
                    t('rupture.reachedHere')
                  ) : (
                    <Link href={`/sessions/${record.sessionId}`}>
                      {t('rupture.reachedAt', { date: formatDate(record.sessionStartsAt, i18n.language) })}
                    </Link>
                  )}
                </p>
              )}
              {here && canReachHere && (
                <button
                  type="button"
                  className="button-quiet button-small"
                  // The visible words first, then which step: the name a voice user says starts as it reads.
                  aria-label={`${t('rupture.reachHere')}: ${stage.label[language]}`}
                  disabled={advance.isPending}
                  onClick={() => advance.mutate({ id: rupture.id, stage: stage.id, sessionId: here.id })}
                >
                  {t('rupture.reachHere')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      <ErrorNotice error={advance.error} lead="rupture.advanceFailed" />
    </div>
  );
}
