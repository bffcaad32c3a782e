import { describe, expect, it } from 'vitest';
import type { Settings } from '@shared/api/settings';
import { buildSettingsPatch, isValidIdleMinutes, toFormValues } from './settings-form-values';

const saved: Settings = {
  language: null,
  theme: 'system',
  idleLockMinutes: 10,
  practiceName: 'Nord Psykologi',
  showPseudonym: false,
  allianceInstrument: 'none',
  dipK: 1,
  repairWindow: 3,
  repairTolerance: 0.5,
  backupFolder: null,
  backupKeep: 10,
  backupWarnDays: 7,
  practiceCountry: 'other',
  retentionYears: null,
  clipboardClearSeconds: 60,
};

describe('buildSettingsPatch', () => {
  it('sends nothing when nothing changed', () => {
    expect(buildSettingsPatch(saved, toFormValues(saved))).toEqual({});
  });

  it('sends only the fields that changed', () => {
    const form = { ...toFormValues(saved), language: 'da' as const, practiceName: '  Nord Psykologi ApS ' };
    expect(buildSettingsPatch(saved, form)).toEqual({ language: 'da', practiceName: 'Nord Psykologi ApS' });
  });

  it('maps "system" back to a null language', () => {
    const withDanish: Settings = { ...saved, language: 'da' };
    expect(buildSettingsPatch(withDanish, { ...toFormValues(withDanish), language: 'system' })).toEqual({
      language: null,
    });
  });

  it('keeps an idle time set outside the form when it is left alone', () => {
    const short: Settings = { ...saved, idleLockMinutes: 0.05 };
    expect(buildSettingsPatch(short, { ...toFormValues(short), theme: 'dark' })).toEqual({ theme: 'dark' });
  });

  it('refuses a changed idle time outside whole minutes 1 to 480', () => {
    for (const text of ['0', '481', '2.5', '', 'ten']) {
      expect(buildSettingsPatch(saved, { ...toFormValues(saved), idleLockMinutes: text })).toBeNull();
    }
    expect(buildSettingsPatch(saved, { ...toFormValues(saved), idleLockMinutes: '15' })).toEqual({
      idleLockMinutes: 15,
    });
  });
});

describe('isValidIdleMinutes', () => {
  it.each([
    ['1', true],
    ['480', true],
    [' 30 ', true],
    ['0', false],
    ['1e3', false],
  ])('%j -> %s', (text, valid) => {
    expect(isValidIdleMinutes(text)).toBe(valid);
  });
});
