import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import type { Hypothesis } from '@shared/api/hypotheses';
import { PATTERN_NAMES, trajectoryOf } from '@shared/clinical/attachment-patterns';
import { LazyAttachmentPlane } from '../../charts/LazyAttachmentPlane';
import { QUADRANT_KEYS, STATUS_KEYS } from '../../charts/plane-labels';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ClientPage } from '../clients/ClientPage';
import { formatDate } from '../../ui/format-date';
import { attachmentHref, parseAttachmentRoute } from './attachment-route';
import { HypothesisDetail } from './HypothesisDetail';
import { HypothesisForm } from './HypothesisForm';
import { emptyValues, valuesOf } from './hypothesis-form-values';
import { useHypotheses } from './hypothesis-queries';
import { useLanguage } from './use-language';
import './attachment.css';

/** The tab in its client's page; its hypotheses are asked for beside the client, not after it. */
export function AttachmentTabPage({ clientId }: { clientId: string }) {
  useHypotheses(clientId);
  return <ClientPage clientId={clientId}>{() => <AttachmentTab clientId={clientId} />}</ClientPage>;
}

/**
 * A client's attachment-pattern hypotheses: the plane with their trajectory, the list in time
 * order, one hypothesis read back with its evidence, and the form to write or revise one.
 */
export function AttachmentTab({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const route = parseAttachmentRoute(useSearch());
  const hypotheses = useHypotheses(clientId);
  if (!hypotheses.data) {
    return hypotheses.error ? <ErrorNotice error={hypotheses.error} lead="hypothesis.loadFailed" /> : null;
  }
  const list = hypotheses.data;
  const trajectory = trajectoryOf(list);
  const current = trajectory.current;
  const selected = list.find((h) => h.id === route.hypothesis) ?? current;
  const source = route.from ? list.find((h) => h.id === route.from) : undefined;
  const open = (h: Hypothesis) => navigate(attachmentHref(clientId, { hypothesis: h.id }), { replace: true });
  const close = () => navigate(attachmentHref(clientId, { hypothesis: selected?.id }), { replace: true });

  const form = route.new ? (
    <HypothesisForm
      key={`new-${source?.id ?? ''}`}
      clientId={clientId}
      initial={source ? valuesOf(source, true) : emptyValues()}
      initialRationale={source?.rationale}
      onDone={open}
      onCancel={close}
    />
  ) : route.edit && selected ? (
    <HypothesisForm
      key={`edit-${selected.id}`}
      clientId={clientId}
      initial={valuesOf(selected)}
      initialRationale={selected.rationale}
      editing={selected}
      onDone={open}
      onCancel={close}
    />
  ) : null;

  return (
    <div className="attachment">
      <div className="section-header">
        <h2>{t('hypothesis.title')}</h2>
        <div className="note-actions">
          {current && (
            <Link href={attachmentHref(clientId, { new: true, from: current.id })} className="button-quiet button-link">
              {t('hypothesis.newFromCurrent')}
            </Link>
          )}
          <Link href={attachmentHref(clientId, { new: true })} className="button-primary button-link">
            {t('hypothesis.new')}
          </Link>
        </div>
      </div>
      <p className="muted">{t('hypothesis.intro')}</p>
      {form}
      {list.length === 0 ? (
        !form && (
          <div className="empty-state">
            <p>{t('hypothesis.empty')}</p>
          </div>
        )
      ) : (
        <div className="attachment-layout">
          <section className="attachment-plane-section" aria-label={t('plane.title')}>
            <LazyAttachmentPlane points={list} selectedId={selected?.id} />
          </section>
          <section aria-labelledby="hypothesis-list-title">
            <h3 id="hypothesis-list-title">{t('hypothesis.list')}</h3>
            <ol className="hypothesis-list">
              {trajectory.points.map((h) => (
                <li key={h.id} className={h.status === 'setAside' ? 'hypothesis-set-aside' : undefined}>
                  <Link
                    href={attachmentHref(clientId, { hypothesis: h.id })}
                    aria-current={h.id === selected?.id ? 'true' : undefined}
                  >
                    {formatDate(h.date, i18n.language)}: {PATTERN_NAMES[h.pattern][language]}
                  </Link>{' '}
                  <span className="muted">
                    {t('hypothesis.summary', {
                      anxiety: h.anxiety,
                      avoidance: h.avoidance,
                      quadrant: t(QUADRANT_KEYS[h.quadrant]),
                      status: t(STATUS_KEYS[h.status]),
                    })}
                    {h.id === current?.id ? ` · ${t('plane.current')}` : ''}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        </div>
      )}
      {selected && !route.edit && <HypothesisDetail key={selected.id} hypothesis={selected} />}
    </div>
  );
}
