import type { Editor } from '@tiptap/core';

export type ToolState = Record<
  | 'bold'
  | 'italic'
  | 'underline'
  | 'strike'
  | 'h2'
  | 'h3'
  | 'bulletList'
  | 'orderedList'
  | 'blockquote'
  | 'undo'
  | 'redo',
  boolean
>;

/** Nothing pressed, nothing to undo: how the toolbar looks before the editor is on the page. */
const IDLE: ToolState = {
  bold: false,
  italic: false,
  underline: false,
  strike: false,
  h2: false,
  h3: false,
  bulletList: false,
  orderedList: false,
  blockquote: false,
  undo: false,
  redo: false,
};

/**
 * Which buttons are pressed or usable. React 19 may render the toolbar before EditorContent has
 * attached the editor's view, and TipTap then throws on reading it (a render React recovers from,
 * but reports as an error): until the view is there the toolbar is idle.
 */
export function toolStateOf(e: Editor): ToolState {
  if (e.isDestroyed) return IDLE;
  try {
    return {
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      strike: e.isActive('strike'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      undo: e.can().undo(),
      redo: e.can().redo(),
    };
  } catch (err) {
    if (err instanceof Error && err.message.includes('editor view is not available')) return IDLE;
    throw err;
  }
}
