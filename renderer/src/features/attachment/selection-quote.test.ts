import { describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import { findQuote } from '@shared/annotations/quote-anchor';
import type { NoteDoc } from '@shared/notes/doc-schema';
import { docToPlainText } from '@shared/notes/plain-text';
import { noteExtensions } from '../../editor/note-extensions';
import { editorRanges, passageOfSelection } from './selection-quote';

const doc: NoteDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Subjective' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'She says she ' },
        { type: 'text', text: 'prefers to manage alone', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' when things get hard.' },
      ],
    },
    { type: 'paragraph', content: [{ type: 'text', text: 'She prefers to manage alone at work too.' }] },
  ],
};

/** The ProseMirror range of the n-th occurrence of words in the editor's document. */
function rangeOf(editor: Editor, words: string, occurrence = 0): { from: number; to: number } {
  const found: Array<{ from: number; to: number }> = [];
  editor.state.doc.descendants((node, pos) => {
    if (!node.isTextblock) return;
    const text = node.textContent;
    for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) {
      found.push({ from: pos + 1 + at, to: pos + 1 + at + words.length });
    }
  });
  const range = found[occurrence];
  if (!range) throw new Error(`"${words}" #${occurrence} is not in the document`);
  return range;
}

describe('passageOfSelection', () => {
  const editor = new Editor({ extensions: noteExtensions(''), content: doc });

  it('turns a selection across marks into the quote of the plain text, with context', () => {
    const { from, to } = rangeOf(editor, 'she prefers to manage alone when');
    const passage = passageOfSelection(doc, from, to);
    expect(passage?.quote.exact).toBe('she prefers to manage alone when');
    expect(passage?.quote.prefix.endsWith('She says ')).toBe(true);
    expect(passage?.quote.suffix.startsWith(' things get hard.')).toBe(true);
    const text = docToPlainText(doc);
    expect(text.slice(passage?.range.start, passage?.range.end)).toBe('she prefers to manage alone when');
  });

  it('tells two occurrences of the same words apart by their context', () => {
    const text = docToPlainText(doc);
    const second = rangeOf(editor, 'prefers to manage alone', 1);
    const passage = passageOfSelection(doc, second.to, second.from);
    expect(passage).not.toBeNull();
    expect(findQuote(text, passage?.quote ?? { exact: '' })).toEqual(passage?.range);
    expect(passage?.range.start).toBeGreaterThan(text.indexOf('prefers'));
  });

  it('trims a selection that runs over a paragraph break, and refuses one with no words', () => {
    const a = rangeOf(editor, 'hard.');
    const b = rangeOf(editor, 'She prefers', 0);
    const passage = passageOfSelection(doc, a.from, b.from);
    expect(passage?.quote.exact).toBe('hard.');
    expect(passageOfSelection(doc, a.to, a.to)).toBeNull();
    expect(passageOfSelection(doc, a.to, b.from)).toBeNull();
  });

  it('draws a passage back where it was selected', () => {
    const range = rangeOf(editor, 'manage alone when');
    const passage = passageOfSelection(doc, range.from, range.to);
    if (!passage) throw new Error('no passage');
    expect(editorRanges(doc, [{ id: 'e1', ...passage.range }])).toEqual([{ id: 'e1', ...range }]);
  });
});
