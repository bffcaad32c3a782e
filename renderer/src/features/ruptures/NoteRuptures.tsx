import { useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { MAX_QUOTE_LENGTH } from '@shared/annotations/quote-anchor';
import type { Session } from '@shared/api/sessions';
import type { NoteEditorHandle, NotePassage } from '../../editor/note-editor-handle';
import { showToast } from '../../ui/toast-store';
import type { SelectedPassage } from '../attachment/selection-quote';
import { useSelectedPassage } from '../attachment/use-selected-passage';
import { RuptureDialog } from './RuptureDialog';
import { useRuptures } from './rupture-queries';

/** The passages of ruptures logged at this session, to draw in its note, and the one the address asks to show. */
export function useRupturePassages(session: Pick<Session, 'id' | 'clientId'>): {
  passages: NotePassage[];
  active?: string;
} {
  const ruptures = useRuptures(session.clientId);
  const active = new URLSearchParams(useSearch()).get('rupture') ?? undefined;
  const passages = useMemo(
    () =>
      (ruptures.data ?? []).flatMap((r) =>
        r.sessionId === session.id && r.quote
          ? [{ id: `rupture:${r.id}`, quote: r.quote, ...(r.position ? { hint: r.position.start } : {}) }]
          : [],
      ),
    [ruptures.data, session.id],
  );
  return { passages, active: active && `rupture:${active}` };
}

interface LogRuptureFromSelectionProps {
  session: Pick<Session, 'id' | 'clientId'>;
  editor: RefObject<NoteEditorHandle | null>;
  /** Saves a draft first: the vault finds the passage in the note as it holds it. */
  beforeLog: () => Promise<boolean>;
}

/**
 * "Log a rupture from these words": while words of the note (a draft or a signed one) are
 * selected, a button offers to log a rupture with them as its passage, kept outside the note.
 */
export function LogRuptureFromSelection({ session, editor, beforeLog }: LogRuptureFromSelectionProps) {
  const { t } = useTranslation();
  const bar = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useSelectedPassage(editor, bar);
  const [logging, setLogging] = useState<SelectedPassage | null>(null);

  const fits = selected !== null && selected.quote.exact.length <= MAX_QUOTE_LENGTH;
  return (
    <>
      {fits && (
        <div className="rupture-bar" ref={bar} role="group" aria-label={t('rupture.fromSelection')}>
          <button
            type="button"
            className="button-quiet"
            // A mouse press must not take the words out of the selection before the click.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => setLogging(selected)}
          >
            {t('rupture.logFromSelection')}
          </button>
        </div>
      )}
      {logging && (
        <RuptureDialog
          session={session}
          quote={logging.quote}
          beforeSave={beforeLog}
          onClose={(saved) => {
            setLogging(null);
            if (!saved) return;
            setSelected(null);
            window.getSelection()?.removeAllRanges();
            showToast({ message: t('rupture.logged'), durationMs: 4000 });
          }}
        />
      )}
    </>
  );
}
