import { useTranslation } from 'react-i18next';
import type { JobProgress as Progress } from '@shared/api/events';
import './job-progress.css';

interface JobProgressProps {
  /** What is being done, in words ("Rebuilding the search index"). */
  label: string;
  /** The latest report (a core job's, or any count of done and total); undefined until the first one arrives. */
  progress: Pick<Progress, 'done' | 'total'> | undefined;
  /** The step under way, translated by the caller (the job's phases are its own). */
  phase?: string | undefined;
  /** Offers a Cancel button when given. */
  onCancel?: (() => void) | undefined;
  cancelling?: boolean;
}

/**
 * A long job's progress: what it does, how far it is (a bar, a percentage and the count), and
 * Cancel. Before the first report, or while the job does not yet know its total, the bar
 * moves without a value.
 */
export function JobProgress({ label, progress, phase, onCancel, cancelling = false }: JobProgressProps) {
  const { t } = useTranslation();
  const total = progress?.total ?? 0;
  const done = Math.min(progress?.done ?? 0, total);
  const percent = total > 0 ? Math.floor((done / total) * 100) : undefined;
  return (
    <div className="job-progress" role="group" aria-label={label}>
      <p className="job-progress-label">
        {label}
        {phase && <span className="job-progress-detail"> · {phase}</span>}
        <span className="job-progress-detail">
          {' · '}
          {percent === undefined ? t('job.starting') : t('job.count', { done, total })}
        </span>
      </p>
      <progress
        aria-label={label}
        {...(percent === undefined ? {} : { max: total, value: done, 'aria-valuetext': t('job.percent', { percent }) })}
      />
      {onCancel && (
        <button type="button" className="button-quiet" onClick={onCancel} disabled={cancelling}>
          {cancelling ? t('job.cancelling') : t('common.cancel')}
        </button>
      )}
    </div>
  );
}
