import { HIT_END, HIT_START } from '@shared/search/hit-markers';

/**
 * A snippet with its hits in <mark>. The text is rendered as React text nodes, never as HTML,
 * so whatever a note contains stays text.
 */
export function HitSnippet({ snippet }: { snippet: string }) {
  const parts = snippet.split(HIT_START);
  return (
    <span className="hit-snippet">
      {parts.map((part, i) => {
        if (i === 0) return <span key={i}>{part}</span>;
        const [hit = '', rest = ''] = part.split(HIT_END);
        return (
          <span key={i}>
            <mark>{hit}</mark>
            {rest}
          </span>
        );
      })}
    </span>
  );
}
