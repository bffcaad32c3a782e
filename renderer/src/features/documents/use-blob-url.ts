import { useEffect, useMemo } from 'react';
import { base64ToBytes } from './document-file';

/**
 * A blob: URL for bytes held in memory, revoked when they go: the file is never written to disk
 * unencrypted, and the URL dies with the preview.
 */
export function useBlobUrl(dataBase64: string | undefined, mimeType: string): string | null {
  const url = useMemo(
    () =>
      dataBase64 === undefined ? null : URL.createObjectURL(new Blob([base64ToBytes(dataBase64)], { type: mimeType })),
    [dataBase64, mimeType],
  );
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}
