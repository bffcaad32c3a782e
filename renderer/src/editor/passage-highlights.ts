import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findQuote } from '@shared/annotations/quote-anchor';
import type { NoteDoc } from '@shared/notes/doc-schema';
import { docRange, textWithPositions } from '@shared/notes/text-positions';
import type { NotePassage } from './note-editor-handle';

interface Drawn {
  id: string;
  from: number;
  to: number;
  active: boolean;
}

const key = new PluginKey<DecorationSet>('passageHighlights');

/**
 * Passages linked from outside the note (evidence for a hypothesis, a rupture's passage) drawn as
 * decorations: the document itself never changes, so a signed note stays as it was signed. While
 * a draft is edited, the highlights move with the text they cover.
 */
export const PassageHighlights = Extension.create({
  name: 'passageHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const drawn = tr.getMeta(key) as Drawn[] | undefined;
            if (!drawn) return set.map(tr.mapping, tr.doc);
            return DecorationSet.create(
              tr.doc,
              drawn.map((d) =>
                Decoration.inline(d.from, d.to, {
                  class: d.active ? 'passage-highlight passage-highlight-active' : 'passage-highlight',
                  'data-passage': d.id,
                }),
              ),
            );
          },
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});

/**
 * Finds each passage in the editor's text by its quote (nearest its last known place) and draws
 * it; scrolls the active one into view. A passage whose words are gone is not drawn.
 */
export function drawPassages(editor: Editor, passages: readonly NotePassage[], activeId?: string): void {
  const mapped = textWithPositions(editor.getJSON() as NoteDoc);
  const drawn = passages.flatMap((p): Drawn[] => {
    const range = findQuote(mapped.text, p.quote, p.hint);
    const at = range && docRange(mapped, range.start, range.end);
    return at ? [{ id: p.id, ...at, active: p.id === activeId }] : [];
  });
  editor.view.dispatch(editor.state.tr.setMeta(key, drawn).setMeta('addToHistory', false));
  if (activeId === undefined) return;
  const active = editor.view.dom.querySelector(`[data-passage="${CSS.escape(activeId)}"]`);
  active?.scrollIntoView({ block: 'center' });
}

/** The editor's range of the reader's selection inside it, or null; works in a read-only (signed) note too. */
export function selectedRange(editor: Editor): { from: number; to: number } | null {
  if (!editor.isInitialized) return null;
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const { dom } = editor.view;
  const { anchorNode, focusNode } = selection;
  if (!anchorNode || !focusNode || !dom.contains(anchorNode) || !dom.contains(focusNode)) return null;
  try {
    const a = editor.view.posAtDOM(anchorNode, selection.anchorOffset);
    const b = editor.view.posAtDOM(focusNode, selection.focusOffset);
    return a === b ? null : { from: Math.min(a, b), to: Math.max(a, b) };
  } catch {
    return null;
  }
}
