import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../i18n/resources';

/**
 * The one way to load a heavy view (the note editor, the PDF preview, charts next) only when it
 * is first shown: its code is a separate chunk, fetched on first render or earlier by `preload`,
 * with a status line in the page's language meanwhile. A failed fetch is tried again next time.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>, loadingKey: TranslationKey) {
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const fetchChunk = () =>
    (pending ??= load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  const Loaded = lazy(fetchChunk);

  function LazyView(props: P) {
    const { t } = useTranslation();
    return (
      <Suspense
        fallback={
          <p className="loading" role="status">
            {t(loadingKey)}
          </p>
        }
      >
        <Loaded {...props} />
      </Suspense>
    );
  }

  /** Fetches the code ahead of time, from pages where opening the view is the likely next step. */
  const preload = (): void => {
    fetchChunk().catch(() => undefined);
  };
  return { View: LazyView, preload };
}
