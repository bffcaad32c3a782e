import type { NoteDoc } from '@shared/notes/doc-schema';

/** What the page around an editor may ask of it; the editor itself stays inside the lazy chunk. */
export interface NoteEditorHandle {
  /** The document as it is now, serialized on demand (never per keystroke). */
  getDoc(): NoteDoc;
  isEmpty(): boolean;
  /** Replaces the content without marking it as a change (after a reload from the vault). */
  setDoc(doc: NoteDoc): void;
}

export interface NoteEditorProps {
  initialDoc: NoteDoc;
  editable: boolean;
  /** The accessible name of the writing area. */
  label: string;
  placeholder: string;
  /** Puts the cursor in it as soon as it appears (a writing area the clinician just asked for). */
  autoFocus?: boolean;
  /** Called on every change; keep it cheap (schedule work, do not serialize). */
  onChange?: () => void;
  onBlur?: () => void;
  handleRef?: React.Ref<NoteEditorHandle>;
}
