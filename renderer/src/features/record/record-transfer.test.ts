import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../api/api-errors';
import { isAlreadyImported, refusalDetail, refusalKey, suggestedArchiveName } from './record-transfer';

describe('a record archive in the renderer', () => {
  it('suggests a file name from the code, else the name, with the local date', () => {
    const day = new Date(2026, 0, 12, 23, 30);
    expect(suggestedArchiveName({ name: 'Kari Nordmann', pseudonym: 'EK-7' }, day)).toBe('EK-7-record-2026-01-12.zip');
    expect(suggestedArchiveName({ name: 'Kari Nordmann', pseudonym: ' ' }, day)).toBe(
      'Kari Nordmann-record-2026-01-12.zip',
    );
    expect(suggestedArchiveName({ name: '../a:b', pseudonym: '' }, day)).toBe('a-b-record-2026-01-12.zip');
  });

  it('says each refusal by its reason, with the core’s message as detail', () => {
    const changed = new ApiCallError({
      code: 'VALIDATION',
      reason: 'archive.changed',
      message: 'record.json does not match.',
    });
    expect(refusalKey(changed)).toBe('record.refused.changed');
    expect(refusalDetail(changed)).toBe('record.json does not match.');
    expect(isAlreadyImported(changed)).toBe(false);
    const again = new ApiCallError({ code: 'VALIDATION', reason: 'archive.alreadyImported', message: 'Already here.' });
    expect(isAlreadyImported(again)).toBe(true);
    expect(refusalKey(new ApiCallError({ code: 'LOCKED', message: 'Locked.' }))).toBe('error.LOCKED');
    expect(refusalDetail(new ApiCallError({ code: 'LOCKED', message: 'Locked.' }))).toBeUndefined();
  });
});
