import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteEditorProps } from './note-editor-handle';

// The only door to the editor: TipTap is fetched when a note first opens, never for the unlock screen.
const loadNoteEditor = () => import('./NoteEditor');
const NoteEditor = lazy(loadNoteEditor);

/** Fetches the editor's code ahead of time, from pages where opening a note is the likely next step. */
export function preloadNoteEditor(): void {
  void loadNoteEditor();
}

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
