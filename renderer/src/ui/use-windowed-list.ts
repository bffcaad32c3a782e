import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** Below this many items a list is rendered whole: windowing would only add work. */
export const WINDOW_FROM = 60;

export interface WindowedList {
  /** The items to render, by index into the full list. */
  indexes: number[];
  /** Room to leave before the first and after the last rendered item, in pixels. */
  paddingTop: number;
  paddingBottom: number;
  /** Attach to each rendered item, together with data-index={index}, so its height is measured. */
  measure: (element: Element | null) => void;
  /** Brings an item into view (rendering it first if it was outside the window). */
  scrollToIndex: (index: number) => void;
  windowed: boolean;
}

/**
 * A long list in the page's own scroll (the window scrolls; the sidebar stays): only the items near
 * the viewport are in the DOM, with padding standing in for the rest, so 2,000 sessions cost what
 * a few dozen do. Heights are measured as items render, so cards of any size work. When the page
 * is printed, every item is rendered.
 */
export function useWindowedList(
  /** The element that holds the items (a tbody, a ul). */
  containerRef: RefObject<HTMLElement | null>,
  count: number,
  estimateHeight: number,
): WindowedList {
  const [scrollMargin, setScrollMargin] = useState(0);
  const [gap, setGap] = useState(0);
  // Paper gets every item: the whole list is rendered before the browser lays out the print.
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, []);
  const windowed = count >= WINDOW_FROM && !printing;

  // The list's distance from the top of the page (what is above it may change), and the gap its
  // stylesheet puts between items (a grid's row-gap), which measuring an item does not see.
  // Measured after every render on purpose, and set only when changed, so it settles at once.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const element = containerRef.current;
    if (!element || !windowed) return;
    const top = Math.round(element.getBoundingClientRect().top + window.scrollY);
    if (top !== scrollMargin) setScrollMargin(top);
    const rowGap = parseFloat(getComputedStyle(element).rowGap) || 0;
    if (rowGap !== gap) setGap(rowGap);
  });

  const virtualizer = useWindowVirtualizer<Element>({
    count: windowed ? count : 0,
    estimateSize: () => estimateHeight,
    overscan: 8,
    scrollMargin,
    gap,
  });

  if (!windowed) {
    return {
      indexes: Array.from({ length: count }, (_, i) => i),
      paddingTop: 0,
      paddingBottom: 0,
      measure: () => undefined,
      scrollToIndex: () => undefined,
      windowed,
    };
  }
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    indexes: items.map((item) => item.index),
    paddingTop: first ? first.start - scrollMargin : 0,
    paddingBottom: last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0,
    measure: virtualizer.measureElement,
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
    windowed,
  };
}
