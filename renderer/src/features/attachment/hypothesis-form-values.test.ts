import { describe, expect, it } from 'vitest';
import { checkValues, emptyValues, parseAxis } from './hypothesis-form-values';

describe('hypothesis form values', () => {
  it('reads axis values from 1 to 7 in steps of 0.5, with a comma or a point', () => {
    expect(parseAxis('3,5')).toBe(3.5);
    expect(parseAxis('7')).toBe(7);
    expect(parseAxis('3.25')).toBeNull();
    expect(parseAxis('0.5')).toBeNull();
    expect(parseAxis('')).toBeNull();
  });

  it('says which field is missing or wrong', () => {
    const result = checkValues({ ...emptyValues(), date: '', anxiety: '8' });
    expect(result).toEqual({
      ok: false,
      errors: { date: 'required', anxiety: 'invalid', avoidance: 'required', pattern: 'required' },
    });
  });

  it('gives the vault numbers', () => {
    const result = checkValues({
      ...emptyValues(),
      date: '2026-03-01',
      anxiety: '2',
      avoidance: '6.5',
      pattern: 'avoidant',
    });
    expect(result.ok && result.fields).toMatchObject({
      date: '2026-03-01',
      anxiety: 2,
      avoidance: 6.5,
      pattern: 'avoidant',
    });
  });
});
