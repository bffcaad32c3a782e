import { useEffect, useState, type RefObject } from 'react';
import type { NoteEditorHandle } from '../../editor/note-editor-handle';
import { passageOfSelection, type SelectedPassage } from './selection-quote';

/** How long the selection must rest before a bar about it appears (not on every drag step). */
const SELECTION_PAUSE_MS = 120;

/**
 * The words selected in a note, as a passage, while they are selected: what the bars "Link as
 * evidence" and "Log a rupture" offer to act on. Moving focus into `bar` (to its button) keeps
 * the words it is about. The setter lets a bar forget them once it has acted.
 */
export function useSelectedPassage(
  editor: RefObject<NoteEditorHandle | null>,
  bar: RefObject<HTMLElement | null>,
): [SelectedPassage | null, (passage: SelectedPassage | null) => void] {
  const [selected, setSelected] = useState<SelectedPassage | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      const handle = editor.current;
      if (!handle) return;
      const range = handle.selectedRange();
      if (range) setSelected(passageOfSelection(handle.getDoc(), range.from, range.to));
      else if (!bar.current?.contains(document.activeElement)) setSelected(null);
    };
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(read, SELECTION_PAUSE_MS);
    };
    document.addEventListener('selectionchange', changed);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', changed);
    };
  }, [editor, bar]);
  return [selected, setSelected];
}
