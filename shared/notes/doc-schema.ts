import { z } from 'zod';

/**
 * The note document as the editor (TipTap/ProseMirror) writes it. Node and mark names here must
 * match the editor's schema; a renderer test compares the two. New marks (links from a passage to
 * a rupture or to attachment evidence) are added here and in the editor together.
 */
export const BLOCK_TYPES = [
  'paragraph',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'horizontalRule',
] as const;
export const INLINE_TYPES = ['text', 'hardBreak'] as const;
export const NODE_TYPES = ['doc', ...BLOCK_TYPES, ...INLINE_TYPES] as const;
export const MARK_TYPES = ['bold', 'italic', 'underline', 'strike'] as const;

/** About 150,000 words of plain prose; a larger note is refused rather than truncated. */
export const MAX_DOC_JSON_BYTES = 2_000_000;
/** Levels of JSON nesting: a list in a quote in a list still fits with room to spare. */
export const MAX_DOC_DEPTH = 60;

const attrValue = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);
const attrs = z.record(z.string().max(50), attrValue).optional();

const markSchema = z.strictObject({ type: z.enum(MARK_TYPES), attrs });

export interface DocNode {
  type: (typeof NODE_TYPES)[number];
  attrs?: Record<string, string | number | boolean | null> | undefined;
  content?: DocNode[] | undefined;
  marks?: Array<z.infer<typeof markSchema>> | undefined;
  text?: string | undefined;
}

const nodeSchema: z.ZodType<DocNode> = z.lazy(() =>
  z.union([
    z.strictObject({
      type: z.literal('text'),
      text: z.string().min(1),
      marks: z.array(markSchema).max(10).optional(),
    }),
    z.strictObject({
      type: z.enum([...BLOCK_TYPES, 'hardBreak']),
      attrs,
      content: z.array(nodeSchema).optional(),
      marks: z.array(markSchema).max(10).optional(),
    }),
  ]),
);

/**
 * Walks any JSON value without recursion: its nesting depth and roughly its size in bytes,
 * stopping as soon as either is over its limit.
 */
function measure(value: unknown): { depth: number; bytes: number } {
  let depth = 0;
  let bytes = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, level] = stack.pop() as [unknown, number];
    depth = Math.max(depth, level);
    if (depth > MAX_DOC_DEPTH || bytes > MAX_DOC_JSON_BYTES) break;
    if (typeof node === 'string') bytes += node.length + 2;
    else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        bytes += key.length + 4;
        stack.push([child, level + 1]);
      }
    } else bytes += 8;
  }
  return { depth, bytes };
}

/** Size and depth are checked before the recursive parse, so no input can exhaust the stack. */
export const noteDocSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    const { depth, bytes } = measure(value);
    if (bytes > MAX_DOC_JSON_BYTES) {
      ctx.addIssue({ code: 'custom', message: `The note is too long (over ${MAX_DOC_JSON_BYTES / 1_000_000} MB).` });
    } else if (depth > MAX_DOC_DEPTH) {
      ctx.addIssue({ code: 'custom', message: 'The note is nested too deeply.' });
    }
  })
  .pipe(z.strictObject({ type: z.literal('doc'), content: z.array(nodeSchema).min(1) }));

export type NoteDoc = z.infer<typeof noteDocSchema>;

export const emptyDoc = (): NoteDoc => ({ type: 'doc', content: [{ type: 'paragraph' }] });
