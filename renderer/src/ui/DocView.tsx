import type { ReactNode } from 'react';
import type { DocNode, NoteDoc } from '@shared/notes/doc-schema';

type Mark = NonNullable<DocNode['marks']>[number];

const MARK_TAGS: Record<Mark['type'], 'strong' | 'em' | 'u' | 's'> = {
  bold: 'strong',
  italic: 'em',
  underline: 'u',
  strike: 's',
};

function renderText(node: DocNode): ReactNode {
  return (node.marks ?? []).reduce<ReactNode>((inner, mark) => {
    const Tag = MARK_TAGS[mark.type];
    return <Tag>{inner}</Tag>;
  }, node.text);
}

function renderNode(node: DocNode, key: number): ReactNode {
  const children = (node.content ?? []).map(renderNode);
  switch (node.type) {
    case 'text':
      return <span key={key}>{renderText(node)}</span>;
    case 'hardBreak':
      return <br key={key} />;
    case 'heading':
      return node.attrs?.level === 3 ? <h4 key={key}>{children}</h4> : <h3 key={key}>{children}</h3>;
    case 'blockquote':
      return <blockquote key={key}>{children}</blockquote>;
    case 'bulletList':
      return <ul key={key}>{children}</ul>;
    case 'orderedList':
      return <ol key={key}>{children}</ol>;
    case 'listItem':
      return <li key={key}>{children}</li>;
    case 'horizontalRule':
      return <hr key={key} />;
    default:
      return <p key={key}>{children}</p>;
  }
}

/**
 * A signed text (an addendum) shown as plain HTML elements: no editor to load for reading.
 * Headings sit one level below the editor's, under the section they belong to.
 */
export function DocView({ doc }: { doc: NoteDoc }) {
  return <div className="note-prose doc-view">{doc.content.map(renderNode)}</div>;
}
