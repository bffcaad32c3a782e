import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import type { CaseSummary } from '@shared/api/summary';
import { host, useHostCapabilities } from '../../api/host';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDate } from '../../ui/format-date';
import { JobProgress } from '../../ui/JobProgress';
import { PageHeading } from '../../ui/PageHeading';
import { showToast } from '../../ui/toast-store';
import { useSettings } from '../settings/settings-queries';
import { PAGE_MARK, PAGES_MARK, pageStyle } from './print-furniture';
import { SummaryAlliance } from './SummaryAlliance';
import { SummaryAttachment } from './SummaryAttachment';
import { SummaryFormulation } from './SummaryFormulation';
import { SummaryIdentity } from './SummaryIdentity';
import { SummaryOptionsForm } from './SummaryOptionsForm';
import { SummaryRuptures } from './SummaryRuptures';
import { SummarySessions } from './SummarySessions';
import { useCaseSummary, useRecordSummaryOutput } from './summary-queries';
import {
  parseSummaryRoute,
  summaryFileName,
  summaryHref,
  summaryOptions,
  type PaperSize,
  type SummaryRoute,
} from './summary-route';
import { useProgressiveCount } from './use-progressive-count';
import { useSettled } from './use-settled';
import './summary.css';

/** Sessions drawn at once before the first paint; the steps after it are sized by how long they take. */
const FIRST_SESSIONS = 20;

/**
 * A client's case summary (DOMAIN.md §6) at its own address, its options in the query, so it can
 * be opened, printed and reopened as it was. The options and the print buttons are for the screen;
 * paper gets the document alone, with the client's label, the date, "Confidential" and the page
 * count on every page.
 */
export function SummaryPage({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const search = useSearch();
  const [, navigate] = useLocation();
  const route = useMemo(() => parseSummaryRoute(search), [search]);
  const settings = useSettings();
  const showPseudonym = settings.data?.showPseudonym;
  // With no name choice in the address the practice's setting decides: wait for it, so a name is never asked for by mistake.
  const options = useMemo(() => {
    if (route.names === null && showPseudonym === undefined) return undefined;
    return summaryOptions(route, showPseudonym ?? true);
  }, [route, showPseudonym]);
  const summary = useCaseSummary(clientId, options);
  const [run, setRun] = useState(0);
  const [stopped, setStopped] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);

  const show = (next: SummaryRoute) => {
    setStopped(false);
    setRun((n) => n + 1);
    navigate(summaryHref(clientId, next));
  };
  const stop = () => {
    setStopped(true);
    firstField.current?.focus();
  };

  return (
    <div className="summary-page">
      <p className="breadcrumb summary-controls">
        <Link href={`/clients/${clientId}`}>{t('summary.back')}</Link>
      </p>
      <PageHeading>
        {summary.data ? t('summary.titleFor', { label: summary.data.client.label }) : t('summary.title')}
      </PageHeading>
      <div className="summary-controls">
        {options && (
          <SummaryOptionsForm
            key={search}
            route={{ ...route, names: options.names }}
            onSubmit={show}
            firstFieldRef={firstField}
          />
        )}
        {stopped && (
          <p className="notice" role="status">
            {t('summary.stopped')}
          </p>
        )}
      </div>
      <ErrorNotice error={summary.error ?? settings.error} lead="summary.loadFailed" />
      {!summary.data && !summary.error && (
        <p className="loading" role="status">
          {t('summary.loading')}
        </p>
      )}
      {summary.data && !stopped && (
        <SummaryDocument
          key={`${run}:${summary.dataUpdatedAt}`}
          summary={summary.data}
          paper={route.paper}
          onCancel={stop}
        />
      )}
    </div>
  );
}

interface SummaryDocumentProps {
  summary: CaseSummary;
  paper: PaperSize;
  onCancel: () => void;
}

/** The summary itself, drawn chunk by chunk, and the means to print it or save it as a PDF once it is whole. */
function SummaryDocument({ summary, paper, onCancel }: SummaryDocumentProps) {
  const { t, i18n } = useTranslation();
  const sessions = summary.sessions ?? [];
  const shown = useProgressiveCount(sessions.length, FIRST_SESSIONS);
  const drawn = shown >= sessions.length;
  const article = useRef<HTMLElement>(null);
  const settled = useSettled(article, drawn);
  const ready = drawn && settled;
  const sessionTimes = useMemo(
    () => (summary.sessions ? summary.sessions.map((s) => Date.parse(s.startsAt)).sort((a, b) => a - b) : null),
    [summary.sessions],
  );
  const printed = t('summary.printedOn', { date: formatDate(summary.generatedAt, i18n.language) });
  const furniture = pageStyle({
    label: summary.client.label,
    printed,
    confidential: t('summary.confidential'),
    pageOf: t('summary.pageOf', { page: PAGE_MARK, pages: PAGES_MARK }),
    paper,
  });

  return (
    <>
      <style>{furniture}</style>
      <div className="summary-controls">
        {drawn ? (
          <OutputActions summary={summary} ready={ready} />
        ) : (
          <JobProgress
            label={t('summary.rendering')}
            progress={{ done: shown, total: sessions.length }}
            phase={t('summary.renderingSessions')}
            onCancel={onCancel}
          />
        )}
      </div>
      <article
        ref={article}
        className="case-summary"
        aria-label={t('summary.title')}
        aria-busy={!ready}
        data-ready={ready ? 'true' : undefined}
      >
        <p className="summary-confidential">
          <strong>{t('summary.confidential')}</strong> · {printed}
        </p>
        <SummaryIdentity summary={summary} />
        {summary.formulation && <SummaryFormulation formulation={summary.formulation} />}
        {summary.attachment && <SummaryAttachment attachment={summary.attachment} />}
        {summary.alliance && <SummaryAlliance alliance={summary.alliance} />}
        {summary.ruptures && <SummaryRuptures ruptures={summary.ruptures} sessionTimes={sessionTimes} />}
        {summary.sessions && (
          <SummarySessions sessions={summary.sessions} notes={summary.options.notes} shown={shown} />
        )}
      </article>
    </>
  );
}

/** Print (the system's dialog, or the browser's), and Save as PDF where the app can; each written to the audit log. */
function OutputActions({ summary, ready }: { summary: CaseSummary; ready: boolean }) {
  const { t } = useTranslation();
  const capabilities = useHostCapabilities();
  const record = useRecordSummaryOutput(summary.client.id);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const output = async (kind: 'print' | 'pdf') => {
    setFailure(null);
    setBusy(true);
    try {
      if (kind === 'print') {
        await host('print', {});
      } else {
        const day = new Date().toISOString().slice(0, 10);
        const saved = await host('print.savePdf', { suggestedName: summaryFileName(summary.client.label, day) });
        if (!saved.saved) return;
        showToast({ message: t('summary.saved'), durationMs: 5000 });
      }
      record.mutate({ kind, options: summary.options });
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="summary-actions">
      {capabilities?.has('print') && (
        <button type="button" className="button-primary" disabled={!ready || busy} onClick={() => void output('print')}>
          {t('summary.print')}
        </button>
      )}
      {capabilities?.has('print.savePdf') && (
        <button type="button" className="button-quiet" disabled={!ready || busy} onClick={() => void output('pdf')}>
          {t('summary.savePdf')}
        </button>
      )}
      <ErrorNotice error={failure ?? record.error} lead="summary.outputFailed" />
    </div>
  );
}
