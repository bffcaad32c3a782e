import { describe, expect, it } from 'vitest';
import { defaultSessionMeta, toSessionMeta, toSessionMetaForm, validateSessionMeta } from './session-meta';

describe('session metadata', () => {
  it('defaults to now, 50 minutes, individual, in person, attended', () => {
    const now = new Date(2026, 10, 23, 9, 5);
    expect(defaultSessionMeta(now)).toEqual({
      startsAtLocal: '2026-11-23T09:05',
      durationMinutes: '50',
      modality: 'individual',
      setting: 'inPerson',
      attendance: 'attended',
    });
  });

  it('round-trips through the form', () => {
    const meta = {
      startsAt: new Date(2026, 0, 2, 14, 30).toISOString(),
      durationMinutes: 90,
      modality: 'couple',
      setting: 'video',
      attendance: 'noShow',
    } as const;
    expect(toSessionMeta(toSessionMetaForm(meta))).toEqual(meta);
  });

  it('refuses a missing start and a duration outside whole minutes 1 to 600', () => {
    const form = defaultSessionMeta(new Date());
    expect(validateSessionMeta({ ...form, startsAtLocal: '' })).toEqual(['startsAt']);
    for (const durationMinutes of ['0', '601', '45.5', ''])
      expect(validateSessionMeta({ ...form, durationMinutes })).toEqual(['duration']);
  });
});
