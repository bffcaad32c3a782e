import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@shared/api/audit';
import en from '../../i18n/locales/en.json';
import { auditDetail } from './audit-detail';

const entry = (patch: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: '2026-11-23T10:00:00.000Z',
  actor: 'clinician',
  action: 'create',
  entity: 'session',
  entityId: 'e',
  clientId: null,
  detail: '',
  ...patch,
});

describe('auditDetail', () => {
  const t = (key: keyof typeof en) => en[key];
  it('names a built-in template by its label', () => {
    expect(auditDetail(entry({ detail: 'soap' }), t)).toBe('SOAP');
    expect(auditDetail(entry({ detail: 'free' }), t)).toBe('Free text');
  });
  it('hides bare record ids and keeps everything else', () => {
    expect(
      auditDetail(entry({ action: 'addendum', entity: 'addendum', detail: '8cffad60-7f78-411e-8134-871fa2ecde46' }), t),
    ).toBe('');
    expect(auditDetail(entry({ entity: 'document', detail: 'consent.png' }), t)).toBe('consent.png');
  });
});
