import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../api/constants';
import {
  AXIS_MAX,
  AXIS_MIN,
  PATTERNS,
  PATTERN_NAMES,
  isAxisValue,
  quadrantOf,
  trajectoryOf,
  type PlanePoint,
} from './attachment-patterns';
import { INDICATORS, INDICATOR_IDS, indicatorById } from './indicator-catalogue';
import { LITERATURE_NOTES, notesFor } from './literature-notes';

describe('the quadrant of a point', () => {
  it.each([
    // anxiety, avoidance, quadrant
    [1, 1, 'secure'],
    [3.5, 3.5, 'secure'],
    [4.5, 3.5, 'preoccupied'],
    [7, 1, 'preoccupied'],
    [3.5, 4.5, 'dismissing'],
    [1, 7, 'dismissing'],
    [4.5, 4.5, 'fearful'],
    [7, 7, 'fearful'],
    // On a midline: between quadrants, and named as such.
    [4, 4, 'between'],
    [4, 1, 'between'],
    [4, 7, 'between'],
    [1, 4, 'between'],
    [7, 4, 'between'],
    [3.5, 4, 'between'],
    [4, 4.5, 'between'],
  ] as const)('anxiety %s, avoidance %s: %s', (anxiety, avoidance, quadrant) => {
    expect(quadrantOf(anxiety, avoidance)).toBe(quadrant);
  });

  it.each([
    [1, true],
    [7, true],
    [4.5, true],
    [0.5, false],
    [7.5, false],
    [4.25, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ])('%s is an axis value: %s', (value, ok) => {
    expect(isAxisValue(value)).toBe(ok);
  });

  it('covers the whole plane in steps of 0.5', () => {
    let points = 0;
    for (let a = AXIS_MIN; a <= AXIS_MAX; a += 0.5)
      for (let b = AXIS_MIN; b <= AXIS_MAX; b += 0.5) {
        expect(quadrantOf(a, b)).toMatch(/^(secure|preoccupied|dismissing|fearful|between)$/);
        points++;
      }
    expect(points).toBe(13 * 13);
  });
});

describe('the trajectory', () => {
  const point = (
    id: string,
    date: string,
    anxiety: number,
    avoidance: number,
    status: PlanePoint['status'] = 'working',
  ): PlanePoint => ({
    id,
    date,
    anxiety,
    avoidance,
    status,
  });

  it('joins the hypotheses in time order, whatever order they come in, and ends at the latest not set aside', () => {
    const t = trajectoryOf([
      point('c', '2026-06-01', 3, 3, 'setAside'),
      point('a', '2026-01-01', 2, 6),
      point('b', '2026-03-01', 3, 4.5),
    ]);
    expect(t.points.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(t.current?.id).toBe('b');
    expect(t.steps.map((s) => [s.from.id, s.to.id])).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(t.steps[0]?.distance).toBeCloseTo(Math.hypot(1, -1.5));
  });

  it('with every hypothesis set aside, ends at the latest; with none, is empty', () => {
    expect(
      trajectoryOf([point('a', '2026-01-01', 2, 2, 'setAside'), point('b', '2026-02-01', 3, 3, 'setAside')]).current
        ?.id,
    ).toBe('b');
    expect(trajectoryOf([])).toEqual({ points: [], current: undefined, steps: [] });
  });
});

describe('the indicator catalogue', () => {
  it('lists every adult characteristic of the four patterns (9, 8, 9 and 7), each with a stable id, in four languages', () => {
    const perPattern = Object.fromEntries(PATTERNS.map((p) => [p, INDICATORS.filter((i) => i.pattern === p).length]));
    expect(perPattern).toEqual({ secure: 9, anxious: 8, avoidant: 9, disorganized: 7 });
    expect(new Set(INDICATOR_IDS).size).toBe(INDICATORS.length);
    for (const indicator of INDICATORS) {
      expect(indicator.id).toMatch(/^(sec|anx|avo|dis)\.[a-z-]+$/);
      for (const language of LANGUAGES)
        expect(indicator.label[language].trim().length, `${indicator.id} ${language}`).toBeGreaterThan(3);
      expect(indicatorById(indicator.id)).toBe(indicator);
    }
  });

  it('names each pattern in each language, and gives literature notes as considerations with a source', () => {
    for (const p of PATTERNS) for (const language of LANGUAGES) expect(PATTERN_NAMES[p][language]).not.toBe('');
    for (const note of LITERATURE_NOTES) {
      expect(note.source).not.toBe('');
      for (const language of LANGUAGES) expect(note.text[language].length).toBeGreaterThan(20);
    }
    expect(notesFor('fearful').map((n) => n.id)).toContain('confrontation-disorganized');
    expect(notesFor('secure').map((n) => n.id)).not.toContain('confrontation-disorganized');
  });
});
