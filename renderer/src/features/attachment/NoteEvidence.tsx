import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { MAX_QUOTE_LENGTH } from '@shared/annotations/quote-anchor';
import { MAX_EVIDENCE_COMMENT } from '@shared/api/constants';
import type { Session } from '@shared/api/sessions';
import { FORMULATION_SECTION_NAMES, FORMULATION_SECTIONS } from '@shared/clinical/formulation-sections';
import { PATTERN_NAMES, trajectoryOf } from '@shared/clinical/attachment-patterns';
import type { NoteEditorHandle, NotePassage } from '../../editor/note-editor-handle';
import { QUADRANT_KEYS } from '../../charts/plane-labels';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDate } from '../../ui/format-date';
import { showToast } from '../../ui/toast-store';
import { useClientEvidence, useLinkEvidence } from './evidence-queries';
import { useHypotheses } from './hypothesis-queries';
import type { SelectedPassage } from './selection-quote';
import { useSelectedPassage } from './use-selected-passage';
import { useLanguage } from './use-language';
import './attachment.css';

/** A session's passages linked as evidence, to draw in its note, and the one the address asks to show. */
export function useNotePassages(session: Pick<Session, 'id' | 'clientId'>): {
  passages: NotePassage[];
  active?: string;
} {
  const evidence = useClientEvidence(session.clientId);
  const active = new URLSearchParams(useSearch()).get('evidence') ?? undefined;
  const passages = useMemo(
    () =>
      (evidence.data ?? [])
        .filter((e) => e.sessionId === session.id)
        .map((e) => ({ id: e.id, quote: e.quote, ...(e.position ? { hint: e.position.start } : {}) })),
    [evidence.data, session.id],
  );
  return { passages, active };
}

interface LinkEvidenceProps {
  session: Pick<Session, 'id' | 'clientId'>;
  editor: RefObject<NoteEditorHandle | null>;
  /** Saves a draft first: the vault finds the passage in the note as it holds it. */
  beforeLink: () => Promise<boolean>;
}

/**
 * "Link as evidence": words selected in the note (a draft or a signed one) become a passage
 * linked to one of the client's hypotheses or to a section of the formulation, kept outside the
 * note as a quote. The bar appears while words are selected; the dialog asks where to link them.
 */
export function LinkEvidence({ session, editor, beforeLink }: LinkEvidenceProps) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const ids = { title: useId(), target: useId(), comment: useId() };
  const bar = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const [selected, setSelected] = useSelectedPassage(editor, bar);
  const [linking, setLinking] = useState<SelectedPassage | null>(null);
  const [target, setTarget] = useState('');
  const [comment, setComment] = useState('');
  const hypotheses = useHypotheses(session.clientId);
  const link = useLinkEvidence();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (linking && !d.open) d.showModal();
    else if (!linking && d.open) d.close();
  }, [linking]);

  const points = hypotheses.data ? trajectoryOf(hypotheses.data) : undefined;
  const ordered = points ? [...points.points].reverse() : [];
  const defaultTarget = points?.current ? `h:${points.current.id}` : `f:${FORMULATION_SECTIONS[0]}`;

  const start = () => {
    if (!selected) return;
    link.reset();
    setTarget(defaultTarget);
    setComment('');
    setLinking(selected);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!linking) return;
    if (!(await beforeLink())) return;
    const chosen = target || defaultTarget;
    const [kind, value] = [chosen.slice(0, 1), chosen.slice(2)];
    link.mutate(
      {
        sessionId: session.id,
        quote: linking.quote,
        ...(kind === 'h'
          ? { hypothesisId: value }
          : { formulationSection: value as (typeof FORMULATION_SECTIONS)[number] }),
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      },
      {
        onSuccess: () => {
          setLinking(null);
          setSelected(null);
          window.getSelection()?.removeAllRanges();
          showToast({ message: t('evidence.linked'), durationMs: 4000 });
        },
      },
    );
  };

  const tooLong = selected !== null && selected.quote.exact.length > MAX_QUOTE_LENGTH;

  return (
    <>
      {selected && (
        <div className="evidence-bar" ref={bar} role="group" aria-label={t('evidence.selection')}>
          <span className="evidence-bar-quote">
            {t('evidence.selected')} <q>{selected.quote.exact}</q>
          </span>
          {tooLong ? (
            <span className="field-error">{t('evidence.tooLong')}</span>
          ) : (
            <button
              type="button"
              className="button-primary"
              // A mouse press must not take the words out of the selection before the click.
              onMouseDown={(e) => e.preventDefault()}
              onClick={start}
            >
              {t('evidence.link')}
            </button>
          )}
        </div>
      )}
      <dialog
        ref={dialog}
        className="dialog evidence-dialog"
        aria-labelledby={ids.title}
        onCancel={(event) => {
          event.preventDefault();
          setLinking(null);
        }}
      >
        <form onSubmit={(e) => void submit(e)}>
          <h2 id={ids.title}>{t('evidence.linkTitle')}</h2>
          {linking && (
            <blockquote className="evidence-quote">
              <p>{linking.quote.exact}</p>
            </blockquote>
          )}
          <div className="field">
            <label htmlFor={ids.target}>{t('evidence.target')}</label>
            <select id={ids.target} value={target || defaultTarget} onChange={(e) => setTarget(e.target.value)}>
              {ordered.length > 0 && (
                <optgroup label={t('evidence.hypotheses')}>
                  {ordered.map((h) => (
                    <option key={h.id} value={`h:${h.id}`}>
                      {t('evidence.hypothesisOption', {
                        date: formatDate(h.date, i18n.language),
                        pattern: PATTERN_NAMES[h.pattern][language],
                        quadrant: t(QUADRANT_KEYS[h.quadrant]),
                      })}
                    </option>
                  ))}
                </optgroup>
              )}
              <optgroup label={t('evidence.formulationSections')}>
                {FORMULATION_SECTIONS.map((s) => (
                  <option key={s} value={`f:${s}`}>
                    {FORMULATION_SECTION_NAMES[s][language]}
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.comment}>{t('evidence.comment')}</label>
            <textarea
              id={ids.comment}
              rows={3}
              autoComplete="off"
              maxLength={MAX_EVIDENCE_COMMENT}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          </div>
          <ErrorNotice
            error={link.error}
            lead="evidence.linkFailed"
            override={{ code: 'NOT_FOUND', message: 'evidence.notInNote' }}
          />
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={link.isPending}>
              {t('evidence.linkConfirm')}
            </button>
            <button type="button" className="button-quiet" onClick={() => setLinking(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
