import { useEffect, useSyncExternalStore, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../i18n/resources';

/**
 * The one way to load a heavy view (the note editor, the PDF preview, the charts) only when it is
 * first shown: its code is a separate chunk, fetched on first render or earlier by `preload`,
 * with a status line in the page's language meanwhile. A failed fetch is tried again next time.
 *
 * Not React.lazy with Suspense: React holds a Suspense fallback on screen for at least 300 ms
 * before it reveals what loaded, so a chunk that arrives in 30 ms still cost a third of a second,
 * every time a view is first opened. Here the view appears in the frame after its code arrives,
 * and at once when it is already loaded.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>, loadingKey: TranslationKey) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  const fetchChunk = () =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
        for (const listener of listeners) listener();
      },
      () => {
        pending = undefined;
      },
    ));
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const current = () => loaded;

  function LazyView(props: P) {
    const { t } = useTranslation();
    const Loaded = useSyncExternalStore(subscribe, current);
    useEffect(() => {
      if (!loaded) void fetchChunk();
    }, []);
    if (Loaded) return <Loaded {...props} />;
    return (
      <p className="loading" role="status">
        {t(loadingKey)}
      </p>
    );
  }

  /** Fetches the code ahead of time, from pages where opening the view is the likely next step. */
  const preload = (): void => {
    void fetchChunk();
  };
  return { View: LazyView, preload };
}
