import type { DocNode, NoteDoc } from './doc-schema';

const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'horizontalRule']);

/** The note's words, one block a line: what search indexes and print excerpts show. */
export function docToPlainText(doc: NoteDoc): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
  };
  const walk = (node: DocNode) => {
    if (node.type === 'text') line += node.text ?? '';
    else if (node.type === 'hardBreak') flush();
    for (const child of node.content ?? []) walk(child);
    if (BLOCKS.has(node.type)) flush();
  };
  walk(doc as DocNode);
  flush();
  return lines.join('\n');
}

export function countWords(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
