import type { DocumentMeta } from '@shared/api/documents';

/** The first bytes each accepted type must start with, so a renamed file is caught. */
const SIGNATURES: Record<DocumentMeta['mimeType'], Buffer> = {
  'application/pdf': Buffer.from('%PDF-', 'latin1'),
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff]),
};

export function matchesType(data: Buffer, mimeType: DocumentMeta['mimeType']): boolean {
  const signature = SIGNATURES[mimeType];
  return data.subarray(0, signature.length).equals(signature);
}
