import type { DocNode, NoteDoc } from './doc-schema';

const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'horizontalRule']);
/** Nodes with no content of their own: one position each in ProseMirror's counting. */
const LEAVES = new Set(['hardBreak', 'horizontalRule']);

export interface TextWithPositions {
  /** The same text docToPlainText gives. */
  text: string;
  /**
   * For each character of text, its position in the ProseMirror document (the position before
   * it); -1 for the line breaks between blocks, which are not characters of the document.
   */
  positions: number[];
}

/**
 * The note's plain text with, for each character, where it stands in the editor's document: how
 * a passage found in the text (a search hit, an anchored quote) is drawn in the editor, and how
 * a selection in the editor becomes a passage of the text.
 */
export function textWithPositions(doc: NoteDoc): TextWithPositions {
  const lines: Array<{ chars: string[]; positions: number[] }> = [];
  let chars: string[] = [];
  let positions: number[] = [];
  const flush = () => {
    let from = 0;
    let to = chars.length;
    while (from < to && /\s/u.test(chars[from] as string)) from++;
    while (to > from && /\s/u.test(chars[to - 1] as string)) to--;
    if (to > from) lines.push({ chars: chars.slice(from, to), positions: positions.slice(from, to) });
    chars = [];
    positions = [];
  };
  /** Walks a node that starts at pos; returns the position after it. */
  const walk = (node: DocNode, pos: number): number => {
    if (node.type === 'text') {
      // Positions count UTF-16 code units, as JavaScript strings and ProseMirror do.
      const text = node.text ?? '';
      for (let i = 0; i < text.length; i++) {
        chars.push(text[i] as string);
        positions.push(pos + i);
      }
      return pos + text.length;
    }
    if (LEAVES.has(node.type)) {
      flush();
      return pos + 1;
    }
    let inner = pos + 1;
    for (const child of node.content ?? []) inner = walk(child, inner);
    if (BLOCKS.has(node.type)) flush();
    return inner + 1;
  };
  let at = 0;
  for (const child of (doc as DocNode).content ?? []) at = walk(child, at);
  flush();
  const text: string[] = [];
  const out: number[] = [];
  lines.forEach((line, i) => {
    if (i > 0) {
      text.push('\n');
      out.push(-1);
    }
    text.push(...line.chars);
    out.push(...line.positions);
  });
  return { text: text.join(''), positions: out };
}

/** The editor's range [from, to) of the text's range [start, end), or null if it has none. */
export function docRange(mapped: TextWithPositions, start: number, end: number): { from: number; to: number } | null {
  let first = start;
  while (first < end && mapped.positions[first] === -1) first++;
  let last = end - 1;
  while (last >= first && mapped.positions[last] === -1) last--;
  if (first > last) return null;
  return { from: mapped.positions[first] as number, to: (mapped.positions[last] as number) + 1 };
}

/** The text's range of the editor's selection [from, to), or null when it holds no text. */
export function textRange(mapped: TextWithPositions, from: number, to: number): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  mapped.positions.forEach((p, i) => {
    if (p >= from && p < to) {
      if (start === -1) start = i;
      end = i + 1;
    }
  });
  return start === -1 ? null : { start, end };
}
