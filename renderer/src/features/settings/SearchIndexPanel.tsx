import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { cancelJob, useJobProgress } from '../../api/jobs';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { JobProgress } from '../../ui/JobProgress';
import { searchKeys } from '../search/search-queries';

/** The rebuild's steps (the index it is filling), in words; the notes have two indexes. */
const PHASE_KEYS = {
  notes_fts: 'searchIndex.phase.notes',
  notes_docs: 'searchIndex.phase.notes',
  addenda_fts: 'searchIndex.phase.addenda',
  clients_fts: 'searchIndex.phase.clients',
  formulations_fts: 'searchIndex.phase.formulations',
  hypotheses_fts: 'searchIndex.phase.hypotheses',
} as const;

const phaseKey = (phase: string | undefined) =>
  phase !== undefined && Object.hasOwn(PHASE_KEYS, phase) ? PHASE_KEYS[phase as keyof typeof PHASE_KEYS] : undefined;

/**
 * Recovery for search: check the index against the notes, and rebuild it from them. Neither
 * changes a note. Rebuilding reads every note again, in slices, reporting its progress as it
 * goes (also a rebuild started in another window); it can be cancelled.
 */
export function SearchIndexPanel() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const progress = useJobProgress('search.rebuild');
  const check = useMutation({ mutationFn: () => call('search.check', {}) });
  const rebuild = useMutation({
    mutationFn: () => call('search.rebuild', {}),
    onSuccess: () => {
      check.reset();
      // Results on screen may come from the old index.
      void client.invalidateQueries({ queryKey: searchKeys.all() });
    },
  });
  const cancel = useMutation({ mutationFn: (jobId: string) => cancelJob(jobId) });

  const running = progress?.state === 'running';
  const rebuilding = rebuild.isPending || running;
  // A cancelled rebuild answers with an error; the job's last report says it was asked to stop.
  const cancelled = !rebuilding && progress?.state === 'cancelled';
  const busy = check.isPending || rebuilding;
  const phase = phaseKey(running ? progress.phase : undefined);

  return (
    <div aria-labelledby="search-index-title">
      <h2 id="search-index-title">{t('searchIndex.title')}</h2>
      <p className="field-help">{t('searchIndex.help')}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button-quiet"
          disabled={busy}
          onClick={() => {
            rebuild.reset();
            check.mutate();
          }}
        >
          {check.isPending ? t('searchIndex.checking') : t('searchIndex.check')}
        </button>
        <button
          type="button"
          className="button-quiet"
          disabled={busy}
          onClick={() => {
            cancel.reset();
            rebuild.mutate();
          }}
        >
          {rebuilding ? t('searchIndex.rebuilding') : t('searchIndex.rebuild')}
        </button>
      </div>
      {rebuilding && (
        <JobProgress
          label={t('searchIndex.rebuildProgress')}
          progress={running ? progress : undefined}
          phase={phase && t(phase)}
          onCancel={running ? () => cancel.mutate(progress.jobId) : undefined}
          cancelling={cancel.isPending || cancel.data?.cancelled === true}
        />
      )}
      {check.data?.ok === true && (
        <p className="notice notice-success" role="status">
          {t('searchIndex.ok')}
        </p>
      )}
      {check.data?.ok === false && (
        <p className="notice notice-error" role="alert">
          {t('searchIndex.problems')}
        </p>
      )}
      {rebuild.isSuccess && (
        <p className="notice notice-success" role="status">
          {t('searchIndex.rebuilt')}
        </p>
      )}
      {cancelled && (
        <p className="notice notice-warning" role="status">
          {t('searchIndex.cancelled')}
        </p>
      )}
      <ErrorNotice error={check.error ?? (cancelled ? null : rebuild.error) ?? cancel.error} />
    </div>
  );
}
