import type { RepairStep, Rupture } from '@shared/api/ruptures';
import { REPAIR_MODELS, type RepairStage } from '@shared/clinical/rupture-catalogue';

export type StepState = 'reached' | 'skipped' | 'open';

export interface StepView {
  stage: RepairStage;
  state: StepState;
  /** Where it was reached, for a reached step. */
  record?: RepairStep;
  /** The furthest step reached so far. */
  current: boolean;
  /** It can be recorded as reached at the session on screen. */
  canReachHere: boolean;
}

const time = (iso: string) => Date.parse(iso);

/**
 * The repair model of the rupture's type as steps on a stepper, seen from one session: which are
 * reached (and where), which were skipped, and which may be recorded as reached at this session.
 * The vault's rule: beyond the furthest stage only, and at a session not before the rupture's nor
 * the last step's.
 */
export function stepsSeenFrom(
  rupture: Pick<Rupture, 'type' | 'steps' | 'sessionStartsAt'>,
  here: { startsAt: string },
): StepView[] {
  const model = REPAIR_MODELS[rupture.type];
  const byStage = new Map(rupture.steps.map((s) => [s.stage, s]));
  const furthest = rupture.steps.reduce((max, s) => Math.max(max, s.step), 0);
  const last = rupture.steps.at(-1);
  const notBefore = Math.max(time(rupture.sessionStartsAt), last ? time(last.sessionStartsAt) : -Infinity);
  const sessionFits = time(here.startsAt) >= notBefore;
  return model.map((stage) => {
    const record = byStage.get(stage.id);
    const state: StepState = record ? 'reached' : stage.step < furthest ? 'skipped' : 'open';
    return {
      stage,
      state,
      ...(record ? { record } : {}),
      current: record !== undefined && stage.step === furthest,
      canReachHere: state === 'open' && sessionFits,
    };
  });
}
