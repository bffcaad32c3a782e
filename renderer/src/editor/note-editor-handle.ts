import type { QuoteSelector } from '@shared/annotations/quote-anchor';
import type { NoteDoc } from '@shared/notes/doc-schema';

/** A passage linked from outside the note, drawn as a highlight (never written into the note). */
export interface NotePassage {
  id: string;
  quote: QuoteSelector;
  /** Where the passage started in the plain text when last found, to choose among repeats. */
  hint?: number;
}

/** What the page around an editor may ask of it; the editor itself stays inside the lazy chunk. */
export interface NoteEditorHandle {
  /** The document as it is now, serialized on demand (never per keystroke). */
  getDoc(): NoteDoc;
  isEmpty(): boolean;
  /** Replaces the content without marking it as a change (after a reload from the vault). */
  setDoc(doc: NoteDoc): void;
  /** The editor's range of the reader's selection in the note, or null (read-only notes too). */
  selectedRange(): { from: number; to: number } | null;
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
  /** Passages to highlight; pass a stable array (memoized), each new one is drawn again. */
  passages?: readonly NotePassage[];
  /** The passage to emphasise and scroll to (one opened from a list of passages). */
  activePassage?: string;
}
