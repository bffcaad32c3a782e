import type { Extensions } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';

/**
 * The editor's schema must be exactly shared/notes/doc-schema.ts (a test compares them): the core
 * refuses any other node or mark. Code, code blocks and links are not part of a clinical note;
 * later issues add their own marks (links to ruptures and attachment evidence) in both places.
 */
export function noteExtensions(placeholder: string): Extensions {
  return [
    StarterKit.configure({
      code: false,
      codeBlock: false,
      link: false,
      heading: { levels: [2, 3] },
    }),
    Placeholder.configure({ placeholder }),
  ];
}
