import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ErrorNotice } from '../../ui/ErrorNotice';

/**
 * Recovery for search: check the index against the notes, and rebuild it from them. Neither
 * changes a note; rebuilding reads every one again, which takes a while on a large vault.
 */
export function SearchIndexPanel() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const check = useMutation({ mutationFn: () => call('search.check', {}) });
  const rebuild = useMutation({
    mutationFn: () => call('search.rebuild', {}),
    onSuccess: () => {
      check.reset();
      // Results on screen may come from the old index.
      void client.invalidateQueries({ queryKey: ['search.query'] });
    },
  });
  const busy = check.isPending || rebuild.isPending;
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
        <button type="button" className="button-quiet" disabled={busy} onClick={() => rebuild.mutate()}>
          {rebuild.isPending ? t('searchIndex.rebuilding') : t('searchIndex.rebuild')}
        </button>
      </div>
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
      <ErrorNotice error={check.error ?? rebuild.error} />
    </div>
  );
}
