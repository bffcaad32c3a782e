import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_VERSION_NAME } from '@shared/api/constants';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { CURRENT, VersionCompare } from './VersionCompare';
import {
  useCachedFormulation,
  useFormulationVersions,
  usePrefetchVersion,
  useRecordVersion,
} from './formulation-queries';
import { diffSectionsOnce } from './word-diff';

interface FormulationVersionsProps {
  clientId: string;
  /** Saves what is on screen first, so a version or a comparison holds exactly that. */
  saveNow: () => Promise<boolean>;
}

/** "Record this version", the versions recorded so far, and a comparison of any two of them. */
export function FormulationVersions({ clientId, saveNow }: FormulationVersionsProps) {
  const { t, i18n } = useTranslation();
  const ids = { name: useId(), from: useId(), to: useId(), title: useId() };
  const versions = useFormulationVersions(clientId);
  const record = useRecordVersion(clientId);
  const prefetch = usePrefetchVersion(clientId);
  const cachedCurrent = useCachedFormulation(clientId);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(CURRENT);
  const [compared, setCompared] = useState<{ from: string; to: string } | null>(null);
  const list = versions.data ?? [];
  const fromId = from || (list.at(-1)?.id ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    setNameError(trimmed === '');
    if (trimmed === '' || !(await saveNow())) return;
    record.mutate(trimmed, { onSuccess: () => setName('') });
  };

  /** Once both texts of a chosen pair are here, their comparison is worked out while the page is idle. */
  const prepare = (older: string, newer: string) => {
    void Promise.all([prefetch(older), newer === CURRENT ? cachedCurrent() : prefetch(newer)]).then(([a, b]) => {
      if (a && b) requestIdleCallback(() => diffSectionsOnce(a, b), { timeout: 1000 });
    });
  };

  const compare = async (event: FormEvent) => {
    event.preventDefault();
    if (to === CURRENT && !(await saveNow())) return;
    setCompared({ from: fromId, to });
  };

  // Each date formatted once per list and language (a formatter per call is slow), and the list and
  // the options built once, so choosing and comparing does not redo them for every version.
  const { items, options } = useMemo(() => {
    const dated = (versions.data ?? []).map((v) => ({ ...v, date: formatDateTime(v.createdAt, i18n.language) }));
    return {
      items: dated.toReversed().map((v) => (
        <li key={v.id}>
          <strong>{v.name}</strong> <span className="muted">{v.date}</span>
        </li>
      )),
      options: dated.map((v) => (
        <option key={v.id} value={v.id}>
          {`${v.name} (${v.date})`}
        </option>
      )),
    };
  }, [versions.data, i18n.language]);

  return (
    <section className="formulation-versions panel" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t('formulation.versions')}</h2>
      <form className="inline-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={ids.name}>{t('formulation.versionName')}</label>
          <input
            id={ids.name}
            autoComplete="off"
            value={name}
            maxLength={MAX_VERSION_NAME}
            placeholder={t('formulation.versionNamePlaceholder')}
            aria-invalid={nameError}
            aria-describedby={nameError ? `${ids.name}-error` : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {nameError && (
            <p id={`${ids.name}-error`} className="field-error">
              {t('formulation.versionNameRequired')}
            </p>
          )}
        </div>
        <button type="submit" className="button-primary" disabled={record.isPending}>
          {t('formulation.recordVersion')}
        </button>
      </form>
      <ErrorNotice error={record.error} lead="formulation.recordFailed" />
      <ErrorNotice error={versions.error} lead="formulation.versionsFailed" />
      {versions.data &&
        (list.length === 0 ? (
          <p className="muted">{t('formulation.noVersions')}</p>
        ) : (
          <>
            <ol className="version-list">{items}</ol>
            <form className="inline-form" onSubmit={(e) => void compare(e)} aria-label={t('formulation.compareForm')}>
              <div className="field">
                <label htmlFor={ids.from}>{t('formulation.compareFrom')}</label>
                <select
                  id={ids.from}
                  value={fromId}
                  onChange={(e) => {
                    setFrom(e.target.value);
                    prepare(e.target.value, to);
                  }}
                >
                  {options}
                </select>
              </div>
              <div className="field">
                <label htmlFor={ids.to}>{t('formulation.compareTo')}</label>
                <select
                  id={ids.to}
                  value={to}
                  onChange={(e) => {
                    setTo(e.target.value);
                    prepare(fromId, e.target.value);
                  }}
                >
                  <option value={CURRENT}>{t('formulation.currentText')}</option>
                  {options}
                </select>
              </div>
              <button type="submit" className="button-quiet">
                {t('formulation.compare')}
              </button>
            </form>
          </>
        ))}
      {compared && <VersionCompare clientId={clientId} from={compared.from} to={compared.to} versions={list} />}
    </section>
  );
}
