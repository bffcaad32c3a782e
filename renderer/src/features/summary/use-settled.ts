import { useEffect, useState, type RefObject } from 'react';

/** Whether nothing inside the element is still loading (a lazy chart shows a `.loading` status until its code is in). */
export function useSettled(ref: RefObject<HTMLElement | null>, active: boolean): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!active || !element) {
      setSettled(false);
      return;
    }
    const check = () => setSettled(element.querySelector('.loading') === null);
    check();
    const observer = new MutationObserver(check);
    observer.observe(element, { subtree: true, childList: true });
    return () => observer.disconnect();
  }, [ref, active]);
  return settled;
}
