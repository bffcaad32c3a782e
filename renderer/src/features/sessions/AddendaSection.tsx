import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Addendum, Session } from '@shared/api/sessions';
import { LazyNoteEditor } from '../../editor/LazyNoteEditor';
import type { NoteEditorHandle } from '../../editor/note-editor-handle';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DocView } from '../../ui/DocView';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { useAddAddendum, useSignAddendum } from './session-queries';

const EMPTY_DOC = { type: 'doc' as const, content: [{ type: 'paragraph' as const }] };

/** Corrections to a signed note: dated, shown under it, each signed on its own. */
export function AddendaSection({ session }: { session: Session }) {
  const { t } = useTranslation();
  const editor = useRef<NoteEditorHandle>(null);
  const [writing, setWriting] = useState(false);
  const add = useAddAddendum(session);
  const addWritten = () => add.mutate(editor.current?.getDoc() ?? EMPTY_DOC, { onSuccess: () => setWriting(false) });

  return (
    <section className="addenda" aria-labelledby="addenda-title">
      <div className="section-header">
        <h2 id="addenda-title">{t('addenda.title')}</h2>
        {!writing && (
          <button type="button" className="button-quiet" onClick={() => setWriting(true)}>
            {t('addenda.write')}
          </button>
        )}
      </div>
      {session.addenda.length === 0 && !writing && <p className="muted">{t('addenda.none')}</p>}
      <ol className="addenda-list">
        {session.addenda.map((addendum) => (
          <AddendumItem key={addendum.id} session={session} addendum={addendum} />
        ))}
      </ol>
      {writing && (
        <div className="addendum-editor">
          <LazyNoteEditor
            initialDoc={EMPTY_DOC}
            editable
            autoFocus
            label={t('addenda.editorLabel')}
            placeholder={t('addenda.placeholder')}
            handleRef={editor}
          />
          <ErrorNotice error={add.error} lead="addenda.addFailed" />
          <div className="form-actions">
            <button
              type="button"
              className="button-primary"
              disabled={add.isPending}
              onClick={() => {
                if (!editor.current?.isEmpty()) addWritten();
              }}
            >
              {t('addenda.add')}
            </button>
            <button type="button" className="button-quiet" onClick={() => setWriting(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function AddendumItem({ session, addendum }: { session: Session; addendum: Addendum }) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const sign = useSignAddendum(session);
  return (
    <li className="addendum">
      <p className="addendum-meta">
        <span>{t('addenda.added', { date: formatDateTime(addendum.createdAt, i18n.language) })}</span>
        {addendum.signedAt ? (
          <span className="note-state note-signed">
            {t('note.signedAt', { date: formatDateTime(addendum.signedAt, i18n.language) })}
          </span>
        ) : (
          <button type="button" className="button-quiet" onClick={() => setConfirming(true)}>
            {t('addenda.sign')}
          </button>
        )}
      </p>
      <DocView doc={addendum.doc} />
      <ErrorNotice error={sign.error} lead="note.signFailed" />
      <ConfirmDialog
        open={confirming}
        title={t('addenda.signTitle')}
        confirmLabel={t('note.signConfirm')}
        pending={sign.isPending}
        onConfirm={() => sign.mutate(addendum.id, { onSuccess: () => setConfirming(false) })}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('addenda.signBody')}</p>
      </ConfirmDialog>
    </li>
  );
}
