import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { MARK_TYPES, NODE_TYPES } from '@shared/notes/doc-schema';
import { noteExtensions } from './note-extensions';

describe("the note editor's schema", () => {
  const schema = getSchema(noteExtensions(''));

  it('has exactly the node types the core accepts', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual([...NODE_TYPES].sort());
  });

  it('has exactly the mark types the core accepts', () => {
    expect(Object.keys(schema.marks).sort()).toEqual([...MARK_TYPES].sort());
  });
});
