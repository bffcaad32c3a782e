import { lazy, Suspense, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';

// pdf.js (and its worker) is fetched when a PDF is first previewed, never for the unlock screen.
const PdfPreview = lazy(() => import('./PdfPreview').then((module) => ({ default: module.PdfPreview })));

export function LazyPdfPreview(props: ComponentProps<typeof PdfPreview>) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          {t('attachments.opening')}
        </p>
      }
    >
      <PdfPreview {...props} />
    </Suspense>
  );
}
