import { describe, expect, it } from 'vitest';
import type { AllianceRating } from '@shared/api/alliance';
import {
  buildAllianceInput,
  instrumentFor,
  toAllianceForm,
  waiTotal,
  type AllianceFormValues,
} from './alliance-form-values';

const empty: AllianceFormValues = {
  goal: '',
  task: '',
  bond: '',
  srsTotal: '',
  waiGoal: '',
  waiTask: '',
  waiBond: '',
  reflection: '',
};
const stored: AllianceRating = {
  sessionId: 's1',
  clientId: 'c1',
  sessionStartsAt: '2026-01-01T10:00:00.000Z',
  goal: 5,
  task: null,
  bond: 6,
  client: { instrument: 'wai-sr', total: 45, goal: 15, task: 14, bond: 16 },
  reflection: 'Jeg ble utålmodig.',
  updatedAt: '2026-01-01T11:00:00.000Z',
};

describe('the alliance form', () => {
  it('reads a stored rating back as text, empty where not rated', () => {
    expect(toAllianceForm(stored)).toEqual({
      ...empty,
      goal: '5',
      bond: '6',
      waiGoal: '15',
      waiTask: '14',
      waiBond: '16',
      reflection: 'Jeg ble utålmodig.',
    });
  });

  it('offers the instrument a stored score was taken with, else the practice’s choice', () => {
    expect(instrumentFor(stored, 'srs')).toBe('wai-sr');
    expect(instrumentFor({ ...stored, client: null }, 'srs')).toBe('srs');
    expect(instrumentFor(undefined, 'none')).toBeNull();
  });

  it('sends every clinician rating, null where not rated, and leaves the score out without an instrument', () => {
    expect(buildAllianceInput('s1', null, { ...empty, goal: '7', reflection: '  x ' })).toEqual({
      input: { sessionId: 's1', goal: 7, task: null, bond: null, reflection: 'x' },
    });
  });

  it('takes an SRS total from 0 to 40, and clears it when emptied', () => {
    expect(buildAllianceInput('s1', 'srs', { ...empty, srsTotal: '0' })).toMatchObject({
      input: { client: { instrument: 'srs', total: 0 } },
    });
    expect(buildAllianceInput('s1', 'srs', empty)).toMatchObject({ input: { client: null } });
    expect(buildAllianceInput('s1', 'srs', { ...empty, srsTotal: '41' })).toEqual({ errors: { srsTotal: 'range' } });
    expect(buildAllianceInput('s1', 'srs', { ...empty, srsTotal: '3.5' })).toEqual({ errors: { srsTotal: 'range' } });
  });

  it('sums the WAI-SR subscales into its total, and asks for all three', () => {
    const values = { ...empty, waiGoal: '15', waiTask: '14', waiBond: '16' };
    expect(waiTotal(values)).toBe(45);
    expect(buildAllianceInput('s1', 'wai-sr', values)).toMatchObject({
      input: { client: { instrument: 'wai-sr', total: 45, goal: 15, task: 14, bond: 16 } },
    });
    expect(buildAllianceInput('s1', 'wai-sr', { ...values, waiTask: '' })).toEqual({
      errors: { waiTask: 'incomplete' },
    });
    expect(buildAllianceInput('s1', 'wai-sr', { ...values, waiBond: '21' })).toEqual({ errors: { waiBond: 'range' } });
    expect(waiTotal({ ...values, waiBond: '3' })).toBeNull();
  });
});
