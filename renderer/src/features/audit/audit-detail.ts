import type { AuditEntry } from '@shared/api/audit';
import { BUILTIN_TEMPLATES, isBuiltinTemplate } from '../sessions/note-templates';
import type { TranslationKey } from '../../i18n/resources';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The core's detail in words a clinician reads: a built-in template by its label, and no bare
 * record ids (an addendum's detail is its session's id, which says nothing on screen).
 */
export function auditDetail(entry: AuditEntry, translate: (key: TranslationKey) => string): string {
  if (UUID.test(entry.detail)) return '';
  if (entry.entity === 'session' && entry.action === 'create' && isBuiltinTemplate(entry.detail)) {
    return translate(BUILTIN_TEMPLATES[entry.detail].label);
  }
  return entry.detail;
}
