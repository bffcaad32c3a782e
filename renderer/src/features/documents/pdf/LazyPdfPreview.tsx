import { lazyView } from '../../../ui/lazy-view';

// pdf.js (and its worker) is fetched when a PDF is first previewed, never for the unlock screen.
export const LazyPdfPreview = lazyView(
  () => import('./PdfPreview').then((module) => module.PdfPreview),
  'documents.opening',
).View;
