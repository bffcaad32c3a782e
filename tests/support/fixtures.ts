import type { NoteDoc } from '@shared/notes/doc-schema';

/** Fictional people and practices only. */
export const noteDoc = (...paragraphs: string[]): NoteDoc => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

export const soapDoc = (): NoteDoc => ({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Subjektivt' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Klienten fortæller om søvnbesvær.' }] },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Objektivt' }] },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Rolig, god kontakt', marks: [{ type: 'italic' }] }] },
          ],
        },
      ],
    },
  ],
});

/** Smallest valid files of each accepted type. */
export const PNG_1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
export const tinyPdf = (marker: string): Buffer =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${marker}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
