import { DOCUMENT_TYPES, MAX_DOCUMENT_BYTES } from '@shared/api/constants';

export { MAX_DOCUMENT_BYTES };
export const ACCEPTED_TYPES = DOCUMENT_TYPES;

export type FileProblem = 'type' | 'size' | 'empty';

export function checkFile(file: { type: string; size: number }): FileProblem | null {
  if (!(ACCEPTED_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_DOCUMENT_BYTES) return 'size';
  return null;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: one String.fromCharCode call per file would overflow the argument stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function formatSize(bytes: number, language: string): string {
  const format = (n: number, unit: 'kilobyte' | 'megabyte') =>
    new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(n);
  return bytes < 1024 * 1024
    ? format(Math.max(1, Math.round(bytes / 1024)), 'kilobyte')
    : format(bytes / (1024 * 1024), 'megabyte');
}
