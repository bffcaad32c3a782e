import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteEditorProps } from './note-editor-handle';

// The only door to the editor: TipTap is fetched when a note first opens, never for the unlock screen.
const NoteEditor = lazy(() => import('./NoteEditor'));

export function LazyNoteEditor(props: NoteEditorProps) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          {t('editor.loading')}
        </p>
      }
    >
      <NoteEditor {...props} />
    </Suspense>
  );
}
