import { describe, expect, it } from 'vitest';
import type { Rupture } from '@shared/api/ruptures';
import { stepsSeenFrom } from './repair-steps';

const step = (stage: string, n: number, sessionId: string, sessionStartsAt: string) => ({
  stage,
  step: n,
  sessionId,
  sessionStartsAt,
  recordedAt: sessionStartsAt,
});

const rupture: Pick<Rupture, 'type' | 'steps' | 'sessionStartsAt'> = {
  type: 'withdrawal',
  sessionStartsAt: '2026-03-01T10:00:00.000Z',
  steps: [
    step('withdrawal.marker', 1, 's6', '2026-03-01T10:00:00.000Z'),
    step('withdrawal.qualifiedAssertion', 3, 's7', '2026-03-08T10:00:00.000Z'),
  ],
};

describe('the repair stepper', () => {
  it('follows the model of the type: five steps for withdrawal, four shared ones for both', () => {
    expect(stepsSeenFrom(rupture, { startsAt: '2026-03-08T10:00:00.000Z' })).toHaveLength(5);
    expect(
      stepsSeenFrom({ ...rupture, type: 'both', steps: [] }, { startsAt: '2026-03-08T10:00:00.000Z' }),
    ).toHaveLength(4);
  });

  it('marks reached, skipped and open steps, and the furthest one as current', () => {
    const steps = stepsSeenFrom(rupture, { startsAt: '2026-03-15T10:00:00.000Z' });
    expect(steps.map((s) => s.state)).toEqual(['reached', 'skipped', 'reached', 'open', 'open']);
    expect(steps.map((s) => s.current)).toEqual([false, false, true, false, false]);
    expect(steps[2]?.record?.sessionId).toBe('s7');
    expect(steps.map((s) => s.canReachHere)).toEqual([false, false, false, true, true]);
  });

  it('offers no step at a session before the last step’s', () => {
    const steps = stepsSeenFrom(rupture, { startsAt: '2026-03-01T10:00:00.000Z' });
    expect(steps.some((s) => s.canReachHere)).toBe(false);
  });
});
