import { describe, expect, it } from 'vitest';
import { RUPTURE_MARKERS } from '@shared/clinical/rupture-catalogue';
import { createInput, EMPTY_RUPTURE, markersFor, toggled, withType } from './rupture-form-values';

describe('the rupture form', () => {
  it('offers the markers of the type, and all of them for both', () => {
    expect(markersFor('withdrawal').every((m) => m.type === 'withdrawal')).toBe(true);
    expect(markersFor('confrontation').every((m) => m.type === 'confrontation')).toBe(true);
    expect(markersFor('both')).toHaveLength(RUPTURE_MARKERS.length);
  });

  it('drops markers that no longer fit when the type changes', () => {
    const values = { ...EMPTY_RUPTURE, type: 'both' as const, markers: ['wd.minimal', 'cf.therapist'] };
    expect(withType(values, 'withdrawal').markers).toEqual(['wd.minimal']);
    expect(withType(values, 'confrontation').markers).toEqual(['cf.therapist']);
  });

  it('keeps checked items in the catalogue’s order', () => {
    const order = ['a', 'b', 'c'];
    expect(toggled(['c'], 'a', true, order)).toEqual(['a', 'c']);
    expect(toggled(['a', 'c'], 'a', false, order)).toEqual(['c']);
  });

  it('sends the session, the client as a guard, and the quote when there is one', () => {
    const quote = { exact: 'ja, det går fint', prefix: 'Hun sa ', suffix: ' og så' };
    expect(createInput({ id: 's', clientId: 'c' }, { ...EMPTY_RUPTURE, contribution: ' mitt ' }, quote)).toEqual({
      sessionId: 's',
      clientId: 'c',
      type: 'withdrawal',
      intensity: 2,
      markers: [],
      strained: [],
      strategies: [],
      contribution: 'mitt',
      quote,
    });
  });
});
