import type { TranslationKey } from '../../i18n/resources';
import { ApiCallError } from '../../api/api-errors';
import { errorMessageKey } from '../../ui/error-message-key';

/** The core's refusals of an archive, each said in plain words. */
const REFUSAL_KEYS: Record<string, TranslationKey> = {
  'archive.unreadable': 'record.refused.unreadable',
  'archive.notRecord': 'record.refused.notRecord',
  'archive.newerFormat': 'record.refused.newerFormat',
  'archive.changed': 'record.refused.changed',
  'archive.incomplete': 'record.refused.incomplete',
  'archive.unexpectedFile': 'record.refused.unexpectedFile',
  'archive.badRecord': 'record.refused.badRecord',
  'archive.alreadyImported': 'record.refused.alreadyImported',
};

export const ALREADY_IMPORTED = 'archive.alreadyImported';

/** Why an import (or export) failed, in words; the core's own message goes beside it as detail. */
export function refusalKey(err: unknown): TranslationKey {
  const reason = err instanceof ApiCallError ? err.error.reason : undefined;
  if (reason !== undefined && Object.hasOwn(REFUSAL_KEYS, reason)) return REFUSAL_KEYS[reason] as TranslationKey;
  return errorMessageKey(err);
}

/** The core's own words for a refusal, for the clinician who wants the detail. */
export function refusalDetail(err: unknown): string | undefined {
  return err instanceof ApiCallError && err.code === 'VALIDATION' ? err.error.message : undefined;
}

export const isAlreadyImported = (err: unknown): boolean =>
  err instanceof ApiCallError && err.error.reason === ALREADY_IMPORTED;

function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * `<code or name>-record-<date>.zip`: the client's code where there is one, so the name on the
 * disk says less, and nothing a file system would refuse.
 */
export function suggestedArchiveName(client: { name: string; pseudonym: string }, now: Date): string {
  const who = (client.pseudonym.trim() || client.name.trim())
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s-]+/, '')
    .slice(0, 80);
  return `${who || 'client'}-record-${localDate(now)}.zip`;
}
