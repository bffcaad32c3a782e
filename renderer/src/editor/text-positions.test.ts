import { getSchema } from '@tiptap/core';
import { Node } from '@tiptap/pm/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NoteDoc } from '@shared/notes/doc-schema';
import { docToPlainText } from '@shared/notes/plain-text';
import { docRange, textRange, textWithPositions } from '@shared/notes/text-positions';
import { noteExtensions } from './note-extensions';

const schema = getSchema(noteExtensions(''));

const word = fc.stringMatching(/^[a-zæøå ]{1,12}$/);
const text = word.map((t) => ({ type: 'text', text: t }));
const inline = fc.array(
  fc.oneof({ weight: 5, arbitrary: text }, { weight: 1, arbitrary: fc.constant({ type: 'hardBreak' }) }),
  { minLength: 1, maxLength: 4 },
);
const paragraph = inline.map((content) => ({ type: 'paragraph', content }));
const heading = inline.map((content) => ({ type: 'heading', attrs: { level: 2 }, content }));
const list = fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items) => ({
  type: 'bulletList',
  content: items.map((p) => ({ type: 'listItem', content: [p] })),
}));
const block = fc.oneof(
  paragraph,
  heading,
  list,
  fc.constant({ type: 'horizontalRule' }),
  paragraph.map((p) => ({ type: 'blockquote', content: [p] })),
);
const doc = fc.array(block, { minLength: 1, maxLength: 6 }).map((content) => ({ type: 'doc', content }) as NoteDoc);

describe('the note text and the editor document, position by position', () => {
  it('gives the same text as docToPlainText, and each character where the editor has it (property)', () => {
    fc.assert(
      fc.property(doc, (note) => {
        const mapped = textWithPositions(note);
        expect(mapped.text).toBe(docToPlainText(note));
        expect(mapped.positions).toHaveLength(mapped.text.length);
        const pm = Node.fromJSON(schema, note);
        mapped.positions.forEach((pos, i) => {
          if (pos === -1) expect(mapped.text[i]).toBe('\n');
          else expect(pm.textBetween(pos, pos + 1)).toBe(mapped.text[i]);
        });
      }),
    );
  });

  it('turns a passage of the text into the editor range holding it, and back', () => {
    const note = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Vurdering' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Klienten trak sig, ' },
            { type: 'text', text: 'tavs', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' og bleg.' },
          ],
        },
      ],
    } as NoteDoc;
    const mapped = textWithPositions(note);
    const start = mapped.text.indexOf('trak sig, tavs');
    const range = docRange(mapped, start, start + 'trak sig, tavs'.length);
    const pm = Node.fromJSON(schema, note);
    expect(range && pm.textBetween(range.from, range.to)).toBe('trak sig, tavs');
    expect(range && textRange(mapped, range.from, range.to)).toEqual({ start, end: start + 'trak sig, tavs'.length });
    expect(textRange(mapped, 0, 1)).toBeNull();
  });
});
