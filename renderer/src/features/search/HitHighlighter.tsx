import { useEffect } from 'react';
import { useRoute } from 'wouter';
import { hitRanges } from './hit-ranges';
import { usePendingHighlight } from './highlight-store';

export const HIGHLIGHT_NAME = 'trygg-search-hit';
/** Where a session's note and its addenda are shown. */
const SCOPE = 'section.note, .addenda-list';

/**
 * Highlights the searched words in the session a result opened and scrolls to the first. It uses
 * the CSS Custom Highlight API, so the note's DOM (and the editor's document) is never touched;
 * it waits for the lazily loaded editor and follows the note as it renders.
 */
export function HitHighlighter() {
  const pending = usePendingHighlight();
  const [onSession, params] = useRoute('/sessions/:id');
  const sessionId = onSession ? params.id : null;
  const active = pending && pending.sessionId === sessionId ? pending : null;

  useEffect(() => {
    if (!active || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    // Watch the page only until the note has rendered, so typing in it later costs nothing.
    const observer = new MutationObserver(() => apply());
    const apply = () => {
      const scopes = [...document.querySelectorAll(SCOPE)];
      const ranges = scopes.flatMap((scope) => hitRanges(scope, active.terms));
      if (ranges.length === 0) return;
      observer.disconnect();
      CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
      ranges[0]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    };
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    apply();
    return () => {
      observer.disconnect();
      CSS.highlights.delete(HIGHLIGHT_NAME);
    };
  }, [active]);

  return null;
}
