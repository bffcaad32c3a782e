import type { MethodInput } from '@shared/api/contract';
import type { AllianceRating, ClientScore } from '@shared/api/alliance';
import {
  CLINICIAN_RATING_MAX,
  CLINICIAN_RATING_MIN,
  SRS_MAX,
  SRS_MIN,
  WAI_SR_SUBSCALE_MAX,
  WAI_SR_SUBSCALE_MIN,
  type AllianceInstrumentSetting,
  type ClientInstrument,
} from '@shared/clinical/alliance';

/** The session's alliance form as typed: empty text is "not rated". */
export interface AllianceFormValues {
  goal: string;
  task: string;
  bond: string;
  srsTotal: string;
  waiGoal: string;
  waiTask: string;
  waiBond: string;
  reflection: string;
}

export type ScoreField = 'srsTotal' | 'waiGoal' | 'waiTask' | 'waiBond';
export type AllianceFormErrors = Partial<Record<ScoreField, 'range' | 'incomplete'>>;

export const CLINICIAN_STEPS: readonly number[] = Array.from(
  { length: CLINICIAN_RATING_MAX - CLINICIAN_RATING_MIN + 1 },
  (_, i) => CLINICIAN_RATING_MIN + i,
);

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

export function toAllianceForm(rating: AllianceRating): AllianceFormValues {
  const client = rating.client;
  return {
    goal: text(rating.goal),
    task: text(rating.task),
    bond: text(rating.bond),
    srsTotal: client?.instrument === 'srs' ? text(client.total) : '',
    waiGoal: client?.instrument === 'wai-sr' ? text(client.goal) : '',
    waiTask: client?.instrument === 'wai-sr' ? text(client.task) : '',
    waiBond: client?.instrument === 'wai-sr' ? text(client.bond) : '',
    reflection: rating.reflection,
  };
}

/**
 * The instrument the form offers for this session: the one its stored score was taken with (so a
 * practice that changed instrument can still correct an old score), else the practice's choice.
 */
export function instrumentFor(
  rating: AllianceRating | undefined,
  setting: AllianceInstrumentSetting,
): ClientInstrument | null {
  if (rating?.client) return rating.client.instrument;
  return setting === 'none' ? null : setting;
}

const whole = (value: string, min: number, max: number): number | null | 'range' => {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isInteger(n) && n >= min && n <= max ? n : 'range';
};

/** The WAI-SR total is the sum of its subscales: never typed, so it cannot disagree with them. */
export function waiTotal(values: Pick<AllianceFormValues, 'waiGoal' | 'waiTask' | 'waiBond'>): number | null {
  const parts = [values.waiGoal, values.waiTask, values.waiBond].map((v) =>
    whole(v, WAI_SR_SUBSCALE_MIN, WAI_SR_SUBSCALE_MAX),
  );
  return parts.every((p): p is number => typeof p === 'number') ? parts.reduce((a, b) => a + b, 0) : null;
}

function clientScore(
  instrument: ClientInstrument | null,
  values: AllianceFormValues,
  errors: AllianceFormErrors,
): ClientScore | null | undefined {
  if (instrument === null) return undefined;
  if (instrument === 'srs') {
    const total = whole(values.srsTotal, SRS_MIN, SRS_MAX);
    if (total === 'range') errors.srsTotal = 'range';
    return typeof total === 'number' ? { instrument, total } : null;
  }
  const fields = ['waiGoal', 'waiTask', 'waiBond'] as const;
  const parts = fields.map((f) => whole(values[f], WAI_SR_SUBSCALE_MIN, WAI_SR_SUBSCALE_MAX));
  fields.forEach((f, i) => {
    if (parts[i] === 'range') errors[f] = 'range';
  });
  const given = parts.filter((p) => p !== null);
  if (given.length === 0) return null;
  if (given.length < fields.length) {
    fields.forEach((f, i) => {
      if (parts[i] === null) errors[f] = 'incomplete';
    });
    return null;
  }
  const [goal, task, bond] = parts as [number, number, number];
  return { instrument, total: goal + task + bond, goal, task, bond };
}

/** What alliance.record is sent (every field, null where not rated), or the fields in error. */
export function buildAllianceInput(
  sessionId: string,
  instrument: ClientInstrument | null,
  values: AllianceFormValues,
): { input: MethodInput<'alliance.record'> } | { errors: AllianceFormErrors } {
  const errors: AllianceFormErrors = {};
  const rating = (v: string) => {
    const n = whole(v, CLINICIAN_RATING_MIN, CLINICIAN_RATING_MAX);
    return typeof n === 'number' ? n : null;
  };
  const client = clientScore(instrument, values, errors);
  if (Object.keys(errors).length > 0) return { errors };
  return {
    input: {
      sessionId,
      goal: rating(values.goal),
      task: rating(values.task),
      bond: rating(values.bond),
      ...(client !== undefined ? { client } : {}),
      reflection: values.reflection.trim(),
    },
  };
}
