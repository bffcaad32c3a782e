import { describe, expect, it } from 'vitest';
import { emptyClientForm, errorsFromIssues, parseTags, toClientInput, validateClientForm } from './client-form-values';

const form = (patch: Partial<ReturnType<typeof emptyClientForm>>) => ({ ...emptyClientForm(), name: 'Ada', ...patch });

describe('validateClientForm', () => {
  it('accepts a name alone', () => {
    expect(validateClientForm(form({}))).toEqual({});
  });

  it('asks for a name, a real date, and an end after the start', () => {
    expect(
      validateClientForm(
        form({ name: '  ', dateOfBirth: '1990-13-45', treatmentStart: '2026-02-01', treatmentEnd: '2026-01-01' }),
      ),
    ).toEqual({
      name: 'required',
      dateOfBirth: 'date',
      treatmentEnd: 'endBeforeStart',
    });
  });

  it('bounds text and tags as the contract does', () => {
    const tags = Array.from({ length: 31 }, (_, i) => `t${i}`).join(',');
    expect(validateClientForm(form({ pseudonym: 'x'.repeat(61), tags }))).toEqual({
      pseudonym: 'tooLong',
      tags: 'tags',
    });
  });
});

describe('toClientInput', () => {
  it('trims, turns empty dates into null and splits tags', () => {
    const input = toClientInput(form({ name: ' Ada ', tags: 'grief, , sleep,grief', dateOfBirth: '' }));
    expect(input).toMatchObject({ name: 'Ada', tags: ['grief', 'sleep'], dateOfBirth: null });
  });
});

describe('parseTags', () => {
  it('drops blanks and duplicates', () => {
    expect(parseTags(' a,b ,, a ')).toEqual(['a', 'b']);
  });
});

describe('errorsFromIssues', () => {
  it('places each issue on the field its path names and ignores the rest', () => {
    const issues = [
      { path: ['treatmentStart'], message: 'Invalid date' },
      { path: ['tags', 3], message: 'Too long' },
      { path: ['email'], message: 'Too long' },
      { path: [], message: 'Unrecognized key' },
    ];
    expect(errorsFromIssues(issues)).toEqual({ treatmentStart: 'date', tags: 'tags', email: 'tooLong' });
  });
});
