import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '@shared/api/sessions';
import { LazyNoteEditor } from '../../editor/LazyNoteEditor';
import type { NoteEditorHandle } from '../../editor/note-editor-handle';
import { SaveStatus } from '../../editor/SaveStatus';
import { SAVE_SHORTCUT_ARIA, SAVE_SHORTCUT_LABEL, useAutosave } from '../../editor/use-autosave';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { LinkEvidence, useNotePassages } from '../attachment/NoteEvidence';
import { LogRuptureFromSelection, useRupturePassages } from '../ruptures/NoteRuptures';
import { useReloadSession, useSaveNote, useSignSession } from './session-queries';

/** The session's note: written and autosaved while a draft, read-only forever once signed. */
export function SessionNote({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const editor = useRef<NoteEditorHandle>(null);
  const signed = session.signedAt !== null;
  const reloadSession = useReloadSession(session.id);
  const load = useCallback(
    () => reloadSession().then((fresh) => ({ doc: fresh.doc, revision: fresh.revision, savedAt: fresh.updatedAt })),
    [reloadSession],
  );
  const save = useSaveNote(session);
  const autosave = useAutosave({
    revision: session.revision,
    save,
    load,
    editor,
    enabled: !signed,
  });
  const sign = useSignSession();
  const [confirming, setConfirming] = useState(false);
  const { saveNow, saveQuietly: saveNowQuietly, reload } = autosave;
  const evidence = useNotePassages(session);
  const rupturePassages = useRupturePassages(session);
  const passages = useMemo(
    () => [...evidence.passages, ...rupturePassages.passages],
    [evidence.passages, rupturePassages.passages],
  );

  const confirmSign = async () => {
    // Sign exactly what is on screen: the last words are saved first.
    if (!(await saveNow())) {
      setConfirming(false);
      return;
    }
    sign.mutate(session.id, { onSuccess: () => setConfirming(false) });
  };

  return (
    <section className="note" aria-labelledby="note-title">
      <div className="section-header">
        <h2 id="note-title">{t('note.title')}</h2>
        {signed ? (
          <p className="note-state note-signed">
            {t('note.signedAt', { date: formatDateTime(session.signedAt ?? '', i18n.language) })}
          </p>
        ) : (
          <div className="note-actions">
            <SaveStatus state={autosave.state} onReload={() => void reload()} />
            <button
              type="button"
              className="button-quiet"
              onClick={saveNowQuietly}
              title={SAVE_SHORTCUT_LABEL}
              aria-keyshortcuts={SAVE_SHORTCUT_ARIA}
            >
              {t('note.saveNow')}
            </button>
            <button type="button" className="button-primary" onClick={() => setConfirming(true)}>
              {t('note.sign')}
            </button>
          </div>
        )}
      </div>
      <LazyNoteEditor
        initialDoc={session.doc}
        editable={!signed}
        label={t('note.editorLabel')}
        placeholder={t('note.placeholder')}
        onChange={autosave.changed}
        onBlur={saveNowQuietly}
        handleRef={editor}
        passages={passages}
        activePassage={evidence.active ?? rupturePassages.active}
      />
      <LinkEvidence session={session} editor={editor} beforeLink={saveNow} />
      <LogRuptureFromSelection session={session} editor={editor} beforeLog={saveNow} />
      <ErrorNotice error={sign.error} lead="note.signFailed" />
      <ConfirmDialog
        open={confirming}
        title={t('note.signTitle')}
        confirmLabel={t('note.signConfirm')}
        pending={sign.isPending || autosave.state.kind === 'saving'}
        onConfirm={() => void confirmSign()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('note.signBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
