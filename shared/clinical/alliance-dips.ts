/**
 * Rupture–repair sequences in a client's alliance curve (DOMAIN.md §5), pure functions without
 * zod, for the core, the renderer and print.
 *
 * THE SERIES. One rater per series, on one scale:
 * - Every score is expressed as a percentage of its own scale's range (`percentOfScale`: an SRS
 *   total of 30 is 75, a WAI-SR total of 48 is 75, the clinician's mean of goal, task and bond
 *   5.5 is 75), so the series, its SD and every threshold are in "percent of scale" and an SRS
 *   total and a WAI-SR total (a practice that changed instrument) sit in one series.
 * - The series is the client's own ratings (SRS or WAI-SR) once the client has at least
 *   MIN_RATED_SESSIONS of them; otherwise the clinician's composite (the mean of goal, task and
 *   bond, counted only where all three are rated, since a mean of some parts is not the same
 *   measure). Sessions the chosen rater did not rate are not part of the series: a
 *   clinician-only session inside a client-rated series is left out, not filled in with the
 *   clinician's composite. Raters differ in how they use a scale (clients often rate the SRS
 *   near its ceiling, clinicians lower), so mixing them would make a switch of rater look like
 *   a dip. The clinician's composite is still returned beside it, for display.
 *
 * THE RULE (after Stiles et al. 2004 and the studies that followed; every parameter is a setting):
 * - The SD is the sample standard deviation (n − 1) of the whole series (the client's own scores).
 * - With fewer than MIN_RATED_SESSIONS points there is no detection (reason "tooFewRatings");
 *   with an SD of 0 none either (reason "noVariation": nothing ever dropped).
 * - A dip at point i: its value is at least k SD below the previous point's (a drop > 0).
 * - Repaired: a point among the next `window` points comes back to at least the pre-dip value
 *   minus `tolerance` SD; the first such point is where it was repaired. A repaired dip is a
 *   rupture–repair sequence. Dips are judged each on its own, so two dips in a row (a drop, then
 *   a further drop) are two dips, each measured from the point just before it.
 * - Possibly unnoticed: no rupture is logged at a session from the previous point's session up
 *   to the dip's session, both included (the session of the dip or the rated one before it, and
 *   any unrated session between them).
 */
import { MIN_RATED_SESSIONS, percentOfScale, type ClientInstrument, type DipK, type ScoreSource } from './alliance';

export interface RatingInput {
  sessionId: string;
  startsAt: string;
  goal: number | null;
  task: number | null;
  bond: number | null;
  client: { instrument: ClientInstrument; total: number } | null;
}

export interface SeriesPoint {
  sessionId: string;
  startsAt: string;
  /** Percent of its scale (0–100). */
  value: number;
  source: ScoreSource;
  /** The score on its own scale. */
  raw: number;
}

export interface DipRule {
  k: DipK;
  /** Rated sessions after the dip within which it may be repaired. */
  window: number;
  /** In SDs below the pre-dip value. */
  tolerance: number;
}

export interface RuptureAt {
  sessionId: string;
  startsAt: string;
}

export interface FoundDip {
  sessionId: string;
  startsAt: string;
  previousSessionId: string;
  /** The drop, in SDs of the series. */
  dropSd: number;
  repairedAtSessionId: string | null;
  windowOpen: boolean;
  unnoticed: boolean;
}

export type DetectionReason = 'tooFewRatings' | 'noVariation';

export interface Detection {
  sd: number | null;
  dips: FoundDip[];
  reason?: DetectionReason;
}

/** Rounding slack, so a drop of exactly k SD counts however the floating point falls. */
const EPSILON = 1e-9;

const time = (iso: string): number => Date.parse(iso);
const byTime = (a: { startsAt: string; sessionId: string }, b: { startsAt: string; sessionId: string }) =>
  time(a.startsAt) - time(b.startsAt) || (a.sessionId < b.sessionId ? -1 : a.sessionId > b.sessionId ? 1 : 0);

/** The mean of goal, task and bond, or null unless all three are rated. */
export function clinicianComposite(r: Pick<RatingInput, 'goal' | 'task' | 'bond'>): number | null {
  if (r.goal === null || r.task === null || r.bond === null) return null;
  return (r.goal + r.task + r.bond) / 3;
}

/** The series detection runs on, chosen and normalised as the module comment says. */
export function allianceSeries(ratings: readonly RatingInput[]): {
  source: 'client' | 'clinician' | null;
  series: SeriesPoint[];
  clinician: SeriesPoint[];
} {
  const sorted = [...ratings].sort(byTime);
  const client: SeriesPoint[] = [];
  const clinician: SeriesPoint[] = [];
  for (const r of sorted) {
    if (r.client) {
      const { instrument, total } = r.client;
      client.push({
        sessionId: r.sessionId,
        startsAt: r.startsAt,
        value: percentOfScale(instrument, total),
        source: instrument,
        raw: total,
      });
    }
    const composite = clinicianComposite(r);
    if (composite !== null) {
      clinician.push({
        sessionId: r.sessionId,
        startsAt: r.startsAt,
        value: percentOfScale('clinician', composite),
        source: 'clinician',
        raw: composite,
      });
    }
  }
  let source: 'client' | 'clinician' | null;
  if (client.length >= MIN_RATED_SESSIONS) source = 'client';
  else if (clinician.length >= MIN_RATED_SESSIONS) source = 'clinician';
  else if (client.length === 0 && clinician.length === 0) source = null;
  else source = client.length >= clinician.length ? 'client' : 'clinician';
  return { source, series: source === 'client' ? client : source === 'clinician' ? clinician : [], clinician };
}

/** The sample standard deviation (n − 1); null below two values. */
export function sampleSd(values: readonly number[]): number | null {
  const n = values.length;
  if (n < 2) return null;
  let mean = 0;
  for (const v of values) mean += v;
  mean /= n;
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  return Math.sqrt(squares / (n - 1));
}

/** Dips, their repair, and which have no logged rupture near them. `series` in time order. */
export function findDips(
  series: readonly SeriesPoint[],
  rule: DipRule,
  ruptures: readonly RuptureAt[] = [],
): Detection {
  const sd = sampleSd(series.map((p) => p.value));
  if (series.length < MIN_RATED_SESSIONS) return { sd, dips: [], reason: 'tooFewRatings' };
  if (sd === null || sd < EPSILON) return { sd, dips: [], reason: 'noVariation' };

  const ruptureTimes = ruptures.map((r) => ({ id: r.sessionId, at: time(r.startsAt) }));
  const dips: FoundDip[] = [];
  for (let i = 1; i < series.length; i++) {
    const previous = series[i - 1]!;
    const point = series[i]!;
    const drop = previous.value - point.value;
    if (drop <= 0 || drop < rule.k * sd - EPSILON) continue;

    const back = previous.value - rule.tolerance * sd;
    let repairedAt: string | null = null;
    const last = Math.min(series.length - 1, i + rule.window);
    for (let j = i + 1; j <= last; j++) {
      if (series[j]!.value >= back - EPSILON) {
        repairedAt = series[j]!.sessionId;
        break;
      }
    }
    const from = time(previous.startsAt);
    const to = time(point.startsAt);
    const logged = ruptureTimes.some(
      (r) => r.id === point.sessionId || r.id === previous.sessionId || (r.at >= from && r.at <= to),
    );
    dips.push({
      sessionId: point.sessionId,
      startsAt: point.startsAt,
      previousSessionId: previous.sessionId,
      dropSd: drop / sd,
      repairedAtSessionId: repairedAt,
      windowOpen: repairedAt === null && series.length - 1 - i < rule.window,
      unnoticed: !logged,
    });
  }
  return { sd, dips };
}
