import type { Rupture } from '@shared/api/ruptures';
import { RUPTURE_TYPES, type RuptureType } from '@shared/clinical/rupture-catalogue';

const time = (iso: string) => Date.parse(iso);

/**
 * The sessions a repair is counted in: those on the client's alliance timeline (rated), and those
 * where a rupture was logged, a step of repair taken or a rupture resolved. Cancelled sessions and
 * no-shows, never rated, do not count; nor do attended sessions nobody rated or recorded anything
 * in (the timeline knows nothing of them). Sorted, each once.
 */
export function timelineSessionTimes(timeline: {
  series: ReadonlyArray<{ sessionId: string; startsAt: string }>;
  clinician: ReadonlyArray<{ sessionId: string; startsAt: string }>;
  ruptures: readonly Rupture[];
}): number[] {
  const seen = new Map<string, number>();
  const add = (sessionId: string | null, startsAt: string | null) => {
    if (sessionId && startsAt) seen.set(sessionId, time(startsAt));
  };
  for (const p of timeline.series) add(p.sessionId, p.startsAt);
  for (const p of timeline.clinician) add(p.sessionId, p.startsAt);
  for (const r of timeline.ruptures) {
    add(r.sessionId, r.sessionStartsAt);
    add(r.resolvedSessionId, r.resolvedStartsAt);
    for (const s of r.steps) add(s.sessionId, s.sessionStartsAt);
  }
  return [...seen.values()].sort((a, b) => a - b);
}

/**
 * Sessions from the rupture to its resolution: how many of the client's sessions came after the
 * rupture's, up to and including the one where it was resolved (0 when resolved in the same
 * session); null while it is not resolved. `sessionTimes` sorted ascending.
 */
export function sessionsToRepair(
  rupture: Pick<Rupture, 'sessionStartsAt' | 'resolvedStartsAt'>,
  sessionTimes: readonly number[],
): number | null {
  if (!rupture.resolvedStartsAt) return null;
  const from = time(rupture.sessionStartsAt);
  const to = time(rupture.resolvedStartsAt);
  return countAtOrBefore(sessionTimes, to) - countAtOrBefore(sessionTimes, from);
}

/** How many sorted values are ≤ t (binary search: 400 sessions × 60 ruptures stays cheap). */
function countAtOrBefore(sorted: readonly number[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface RuptureSummary {
  total: number;
  byType: Record<RuptureType, number>;
  resolved: number;
  /** 0–1; null without ruptures. */
  shareResolved: number | null;
  medianSessionsToRepair: number | null;
  /** The most frequent markers, most seen first (ties in the catalogue's order of first sight). */
  topMarkers: Array<{ id: string; count: number }>;
}

export const TOP_MARKERS = 3;

export function summarize(ruptures: readonly Rupture[], sessionTimes: readonly number[]): RuptureSummary {
  const byType = Object.fromEntries(RUPTURE_TYPES.map((t) => [t, 0])) as Record<RuptureType, number>;
  const markers = new Map<string, number>();
  const repairs: number[] = [];
  let resolved = 0;
  for (const r of ruptures) {
    byType[r.type] += 1;
    if (r.outcome === 'resolved') resolved += 1;
    const n = sessionsToRepair(r, sessionTimes);
    if (n !== null) repairs.push(n);
    for (const m of r.markers) markers.set(m, (markers.get(m) ?? 0) + 1);
  }
  const topMarkers = [...markers.entries()]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count)
    .slice(0, TOP_MARKERS);
  return {
    total: ruptures.length,
    byType,
    resolved,
    shareResolved: ruptures.length === 0 ? null : resolved / ruptures.length,
    medianSessionsToRepair: median(repairs),
    topMarkers,
  };
}
