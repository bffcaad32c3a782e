import { describe, expect, it } from 'vitest';
import { percentOfScale } from './alliance';
import { allianceSeries, findDips, sampleSd, type DipRule, type RatingInput, type SeriesPoint } from './alliance-dips';

const DEFAULT_RULE: DipRule = { k: 1, window: 3, tolerance: 0.5 };
const day = (i: number) => new Date(Date.UTC(2026, 0, 5 + 7 * i, 9)).toISOString();
const sid = (i: number) => `s${String(i).padStart(2, '0')}`;

/** A series of values (percent of scale), one session a week. */
const series = (values: number[]): SeriesPoint[] =>
  values.map((value, i) => ({ sessionId: sid(i), startsAt: day(i), value, source: 'clinician', raw: value }));

const rating = (i: number, r: Partial<RatingInput>): RatingInput => ({
  sessionId: sid(i),
  startsAt: day(i),
  goal: null,
  task: null,
  bond: null,
  client: null,
  ...r,
});
const clinician = (i: number, g: number, t = g, b = g) => rating(i, { goal: g, task: t, bond: b });
const srs = (i: number, total: number) => rating(i, { client: { instrument: 'srs', total } });

interface Case {
  name: string;
  values: number[];
  rule?: Partial<DipRule>;
  reason?: 'tooFewRatings' | 'noVariation';
  /** [dip index, repaired-at index or null, window still open] */
  dips: Array<[number, number | null, boolean]>;
}

const CASES: Case[] = [
  {
    name: 'fewer than 5 rated sessions: no detection, with the reason',
    values: [70, 20, 70, 60],
    reason: 'tooFewRatings',
    dips: [],
  },
  { name: 'a flat series: no variation, no dip', values: [60, 60, 60, 60, 60, 60], reason: 'noVariation', dips: [] },
  { name: 'one dip, repaired at the next session', values: [80, 80, 40, 80, 80], dips: [[2, 3, false]] },
  // sd 20.92: 80→55 and 55→30 are both dips; the first comes back at 80 (≥ 80 − 10.46), the second at 50 (≥ 55 − 10.46).
  {
    name: 'two overlapping dips, each measured from the point before it',
    values: [80, 55, 30, 50, 80, 80],
    dips: [
      [1, 4, false],
      [2, 3, false],
    ],
  },
  {
    name: 'a dip at the last session: not repaired, its window still open',
    values: [70, 75, 70, 75, 40],
    dips: [[4, null, true]],
  },
  // sd 15.74: drops of 20 are dips at k = 1, only the drop of 40 at k = 2.
  {
    name: 'k = 1 finds every drop of one SD',
    values: [80, 60, 80, 60, 80, 40, 80],
    dips: [
      [1, 2, false],
      [3, 4, false],
      [5, 6, false],
    ],
  },
  { name: 'k = 2 only drops of two SD', values: [80, 60, 80, 60, 80, 40, 80], rule: { k: 2 }, dips: [[5, 6, false]] },
  {
    name: 'a return after the window is no repair (window 1)',
    values: [80, 40, 45, 80, 80, 80],
    rule: { window: 1 },
    dips: [[1, null, false]],
  },
  {
    name: 'a partial return within the tolerance counts (tolerance 2 SD)',
    values: [80, 40, 55, 60, 80, 80],
    rule: { tolerance: 2 },
    dips: [[1, 2, false]],
  },
  { name: 'a rise is never a dip', values: [20, 40, 60, 80, 100], dips: [] },
];

describe('findDips', () => {
  it.each(CASES)('$name', ({ values, rule, reason, dips }) => {
    const found = findDips(series(values), { ...DEFAULT_RULE, ...rule });
    expect(found.reason).toBe(reason);
    expect(found.dips.map((d) => [d.sessionId, d.repairedAtSessionId, d.windowOpen])).toEqual(
      dips.map(([i, r, open]) => [sid(i), r === null ? null : sid(r), open]),
    );
  });

  it('uses the sample SD (n − 1) and reports the drop in SDs', () => {
    expect(sampleSd([80, 80, 40, 80, 80])).toBeCloseTo(Math.sqrt(320), 10);
    const [dip] = findDips(series([80, 80, 40, 80, 80]), DEFAULT_RULE).dips;
    expect(dip?.dropSd).toBeCloseTo(40 / Math.sqrt(320), 10);
    expect(dip?.previousSessionId).toBe(sid(1));
  });

  it('counts a drop of exactly k SD as a dip, and one a little smaller not', () => {
    // The last drop d, chosen by bisection so that d equals the series' own SD.
    const values = (d: number) => [0, 100, 0, 100, 0, 100, 60, 60 - d];
    let lo = 0;
    let hi = 100;
    for (let i = 0; i < 200; i++) {
      const mid = (lo + hi) / 2;
      if (mid < sampleSd(values(mid))!) lo = mid;
      else hi = mid;
    }
    const exact = findDips(series(values(lo)), DEFAULT_RULE);
    expect(lo).toBeCloseTo(exact.sd!, 9);
    expect(exact.dips.map((d) => d.sessionId)).toContain(sid(7));
    const smaller = findDips(series(values(lo * 0.99)), DEFAULT_RULE);
    expect(smaller.dips.map((d) => d.sessionId)).not.toContain(sid(7));
  });

  it('flags a dip with no rupture at its session or the rated one before it as possibly unnoticed', () => {
    const points = series([80, 80, 40, 80, 80, 40, 80, 80, 40, 80]);
    const found = findDips(points, DEFAULT_RULE, [
      { sessionId: sid(2), startsAt: day(2) }, // at the dip's session
      { sessionId: 'unrated', startsAt: new Date(Date.parse(day(4)) + 3 * 86_400_000).toISOString() }, // between 4 and 5
      { sessionId: sid(9), startsAt: day(9) }, // after the third dip: no help
    ]);
    expect(found.dips.map((d) => [d.sessionId, d.unnoticed])).toEqual([
      [sid(2), false],
      [sid(5), false],
      [sid(8), true],
    ]);
    expect(
      findDips(points, DEFAULT_RULE, [{ sessionId: sid(7), startsAt: day(7) }]).dips.map((d) => d.unnoticed),
    ).toEqual([true, true, false]);
  });
});

describe('allianceSeries', () => {
  it('is the mean of goal, task and bond on a 0–100 scale, leaving out sessions with missing ratings', () => {
    const { source, series: s } = allianceSeries([
      clinician(0, 6),
      rating(1, {}), // nothing rated
      clinician(2, 6, 6, 3), // mean 5
      rating(3, { goal: 2, task: 2 }), // bond missing: no composite
      clinician(4, 2),
      clinician(5, 6),
      clinician(6, 6),
      clinician(7, 6),
    ]);
    expect(source).toBe('clinician');
    expect(s.map((p) => [p.sessionId, p.raw])).toEqual([
      [sid(0), 6],
      [sid(2), 5],
      [sid(4), 2],
      [sid(5), 6],
      [sid(6), 6],
      [sid(7), 6],
    ]);
    expect(s[2]?.value).toBeCloseTo(percentOfScale('clinician', 2), 10);
    // The dip at session 4 is measured from session 2, the rated session before it.
    const found = findDips(s, DEFAULT_RULE);
    expect(found.dips.map((d) => [d.previousSessionId, d.sessionId, d.repairedAtSessionId])).toEqual([
      [sid(2), sid(4), sid(5)],
    ]);
  });

  it('keeps the client-rated series to client ratings: clinician-only sessions are left out, not mixed in', () => {
    const ratings = [
      srs(0, 38),
      srs(1, 37),
      clinician(2, 2), // rated only by the clinician, low: not a dip of the client's series
      srs(3, 38),
      { ...srs(4, 30), goal: 7, task: 7, bond: 7 }, // both: the client's score is used
      srs(5, 38),
      clinician(6, 1),
      srs(7, 37),
    ];
    const { source, series: s, clinician: c } = allianceSeries(ratings);
    expect(source).toBe('client');
    expect(s.map((p) => p.sessionId)).toEqual([sid(0), sid(1), sid(3), sid(4), sid(5), sid(7)]);
    expect(s.every((p) => p.source === 'srs')).toBe(true);
    expect(c.map((p) => p.sessionId)).toEqual([sid(2), sid(4), sid(6)]);
    const found = findDips(s, DEFAULT_RULE);
    expect(found.dips.map((d) => [d.previousSessionId, d.sessionId, d.repairedAtSessionId])).toEqual([
      [sid(3), sid(4), sid(5)],
    ]);
  });

  it('puts SRS and WAI-SR totals on one scale, so a practice that changed instrument keeps one series', () => {
    const { series: s } = allianceSeries([
      srs(0, 36),
      srs(1, 36),
      rating(2, { client: { instrument: 'wai-sr', total: 48 } }),
      rating(3, { client: { instrument: 'wai-sr', total: 24 } }),
      rating(4, { client: { instrument: 'wai-sr', total: 48 } }),
    ]);
    expect(s.map((p) => p.value)).toEqual([90, 90, 75, 25, 75]);
    expect(s.map((p) => p.source)).toEqual(['srs', 'srs', 'wai-sr', 'wai-sr', 'wai-sr']);
  });

  it('uses the clinician until the client has 5 rated sessions, and says why when neither has', () => {
    const few = [
      srs(0, 30),
      srs(1, 35),
      clinician(2, 5),
      clinician(3, 5),
      clinician(4, 6),
      clinician(5, 4),
      clinician(6, 5),
    ];
    expect(allianceSeries(few).source).toBe('clinician');
    const neither = [srs(0, 30), srs(1, 35), srs(2, 20), clinician(3, 5)];
    const { source, series: s } = allianceSeries(neither);
    expect(source).toBe('client');
    expect(findDips(s, DEFAULT_RULE).reason).toBe('tooFewRatings');
    expect(allianceSeries([]).source).toBeNull();
  });

  it('orders by the session date, whatever order the ratings come in', () => {
    const { series: s } = allianceSeries([clinician(3, 4), clinician(1, 5), clinician(2, 6)]);
    expect(s.map((p) => p.sessionId)).toEqual([sid(1), sid(2), sid(3)]);
  });
});
