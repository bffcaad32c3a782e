import { describe, expect, it } from 'vitest';
import type { Rupture } from '@shared/api/ruptures';
import { median, sessionsToRepair, summarize, timelineSessionTimes } from './rupture-history';

const day = (n: number) => `2026-01-${String(n).padStart(2, '0')}T10:00:00.000Z`;
const sessions = [1, 8, 15, 22, 29].map((d) => Date.parse(day(d)));

const rupture = (over: Partial<Rupture>): Rupture => ({
  id: 'r',
  clientId: 'c',
  sessionId: 's',
  sessionStartsAt: day(8),
  type: 'withdrawal',
  intensity: 3,
  markers: [],
  strained: [],
  strategies: [],
  contribution: '',
  quote: null,
  position: null,
  steps: [],
  stage: null,
  outcome: 'unresolved',
  resolvedSessionId: null,
  resolvedStartsAt: null,
  createdAt: day(8),
  updatedAt: day(8),
  ...over,
});

describe('the rupture history', () => {
  it('counts the sessions after the rupture up to the one that resolved it', () => {
    expect(sessionsToRepair(rupture({ resolvedStartsAt: day(22) }), sessions)).toBe(2);
    expect(sessionsToRepair(rupture({ resolvedStartsAt: day(8) }), sessions)).toBe(0);
    expect(sessionsToRepair(rupture({}), sessions)).toBeNull();
  });

  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('sums up by type, resolved share, median repair and the most frequent markers', () => {
    const summary = summarize(
      [
        rupture({ markers: ['wd.minimal', 'wd.denial'], outcome: 'resolved', resolvedStartsAt: day(15) }),
        rupture({ markers: ['wd.minimal'], outcome: 'resolved', resolvedStartsAt: day(29) }),
        rupture({ type: 'confrontation', markers: ['cf.therapist', 'wd.minimal'].slice(0, 1) }),
        rupture({ type: 'both', outcome: 'partlyResolved', markers: ['wd.minimal', 'cf.therapist'] }),
      ],
      sessions,
    );
    expect(summary).toEqual({
      total: 4,
      byType: { withdrawal: 2, confrontation: 1, both: 1 },
      resolved: 2,
      shareResolved: 0.5,
      medianSessionsToRepair: 2,
      topMarkers: [
        { id: 'wd.minimal', count: 3 },
        { id: 'cf.therapist', count: 2 },
        { id: 'wd.denial', count: 1 },
      ],
    });
    expect(summarize([], sessions).shareResolved).toBeNull();
  });

  it('counts repair over the sessions the timeline knows: rated, or where a rupture, a step or a resolution was recorded', () => {
    const point = (d: number) => ({ sessionId: `s${d}`, startsAt: day(d) });
    const times = timelineSessionTimes({
      series: [point(1), point(8), point(29)],
      clinician: [point(8)],
      ruptures: [
        rupture({
          sessionId: 's8',
          steps: [
            { stage: 'withdrawal.marker', step: 1, sessionId: 's15', sessionStartsAt: day(15), recordedAt: day(15) },
          ],
          resolvedSessionId: 's22',
          resolvedStartsAt: day(22),
        }),
      ],
    });
    expect(times).toEqual(sessions);
  });
});
