import type { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { toolStateOf } from './tool-state';

/** What TipTap 3 throws when its view is read before EditorContent has attached it. */
const NOT_MOUNTED =
  "[tiptap error]: The editor view is not available. Cannot access view['hasFocus']. The editor may not be mounted yet.";

function fakeEditor(can: () => unknown, isDestroyed = false): Editor {
  return { isDestroyed, isActive: (name: string) => name === 'bold', can } as unknown as Editor;
}

describe('the toolbar state', () => {
  it('reads what is pressed and what can be undone from a mounted editor', () => {
    const state = toolStateOf(fakeEditor(() => ({ undo: () => true, redo: () => false })));
    expect(state).toMatchObject({ bold: true, italic: false, undo: true, redo: false });
  });

  it('is idle, not an error, while the editor has no view on the page yet', () => {
    const state = toolStateOf(
      fakeEditor(() => {
        throw new Error(NOT_MOUNTED);
      }),
    );
    expect(Object.values(state).every((v) => v === false)).toBe(true);
  });

  it('is idle once the editor is destroyed, and lets any other error through', () => {
    expect(toolStateOf(fakeEditor(() => ({}), true)).bold).toBe(false);
    expect(() =>
      toolStateOf(
        fakeEditor(() => {
          throw new Error('something else');
        }),
      ),
    ).toThrow('something else');
  });
});
