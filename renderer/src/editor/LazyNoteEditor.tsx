import { lazyView } from '../ui/lazy-view';

// The only door to the editor: TipTap is fetched when a note first opens, never for the unlock screen.
const noteEditor = lazyView(() => import('./NoteEditor').then((module) => module.default), 'editor.loading');

export const LazyNoteEditor = noteEditor.View;

/** Fetches the editor's code ahead of time, from pages where opening a note is the likely next step. */
export const preloadNoteEditor = noteEditor.preload;
