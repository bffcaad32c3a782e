import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../api/constants';
import {
  MARKER_IDS,
  REPAIR_MODELS,
  RUPTURE_MARKERS,
  RUPTURE_STRATEGIES,
  STAGE_IDS,
  STRATEGY_IDS,
  markerFitsType,
  stageById,
  stageFitsType,
} from './rupture-catalogue';

const labelled = [
  ...RUPTURE_MARKERS.map((m) => m.label),
  ...RUPTURE_STRATEGIES.map((s) => s.label),
  ...Object.values(REPAIR_MODELS).flatMap((model) => model.flatMap((s) => [s.label, s.hint])),
];

describe('the rupture catalogue', () => {
  it('has unique ids across markers, strategies and stages', () => {
    const all = [...MARKER_IDS, ...STRATEGY_IDS, ...STAGE_IDS];
    expect(new Set(all).size).toBe(all.length);
  });

  it('says everything in every language', () => {
    for (const label of labelled) for (const lang of LANGUAGES) expect(label[lang].trim()).not.toBe('');
  });

  it('lists the 3RS headings: seven withdrawal and seven confrontation markers, ten strategies', () => {
    expect(RUPTURE_MARKERS.filter((m) => m.type === 'withdrawal')).toHaveLength(7);
    expect(RUPTURE_MARKERS.filter((m) => m.type === 'confrontation')).toHaveLength(7);
    expect(RUPTURE_STRATEGIES).toHaveLength(10);
  });

  it('repairs withdrawal and confrontation in five steps, a rupture of both kinds by the shared four', () => {
    expect(REPAIR_MODELS.withdrawal.map((s) => s.step)).toEqual([1, 2, 3, 4, 5]);
    expect(REPAIR_MODELS.confrontation.map((s) => s.step)).toEqual([1, 2, 3, 4, 5]);
    expect(REPAIR_MODELS.both.map((s) => s.step)).toEqual([1, 2, 3, 4]);
    expect(stageFitsType('withdrawal.selfAssertion', 'withdrawal')).toBe(true);
    expect(stageFitsType('withdrawal.selfAssertion', 'both')).toBe(false);
    expect(stageFitsType('shared.needs', 'confrontation')).toBe(false);
    expect(stageById('confrontation.vulnerability')?.step).toBe(5);
  });

  it('fits markers to their kind of rupture, and either kind to "both"', () => {
    expect(markerFitsType('wd.split', 'withdrawal')).toBe(true);
    expect(markerFitsType('wd.split', 'confrontation')).toBe(false);
    expect(markerFitsType('cf.parameters', 'both')).toBe(true);
    expect(markerFitsType('nope', 'both')).toBe(false);
  });
});
