import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, checkFile, MAX_DOCUMENT_BYTES } from './document-file';

describe('checkFile', () => {
  it.each([
    [{ type: 'image/png', size: 10 }, null],
    [{ type: 'application/pdf', size: MAX_DOCUMENT_BYTES }, null],
    [{ type: 'image/jpeg', size: MAX_DOCUMENT_BYTES + 1 }, 'size'],
    [{ type: 'image/gif', size: 10 }, 'type'],
    [{ type: '', size: 10 }, 'type'],
    [{ type: 'image/png', size: 0 }, 'empty'],
  ])('%j -> %s', (file, problem) => {
    expect(checkFile(file)).toBe(problem);
  });
});

describe('base64', () => {
  it('round-trips every byte value, also past one slice', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 256);
    const text = bytesToBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(text)).toEqual(bytes);
  });
});
