import type { MethodInput } from '@shared/api/contract';
import type { Hypothesis } from '@shared/api/hypotheses';
import {
  isAxisValue,
  type AttachmentContext,
  type Confidence,
  type HypothesisStatus,
  type Pattern,
} from '@shared/clinical/attachment-patterns';

/** The form's fields as typed: numbers as text until they are checked. */
export interface HypothesisFormValues {
  date: string;
  anxiety: string;
  avoidance: string;
  pattern: Pattern | '';
  confidence: Confidence;
  contexts: AttachmentContext[];
  indicators: string[];
  status: HypothesisStatus;
}

export type HypothesisFormErrors = Partial<
  Record<'date' | 'anxiety' | 'avoidance' | 'pattern', 'required' | 'invalid'>
>;

export const today = (): string => new Date().toISOString().slice(0, 10);

export function emptyValues(): HypothesisFormValues {
  return {
    date: today(),
    anxiety: '',
    avoidance: '',
    pattern: '',
    confidence: 'moderate',
    contexts: [],
    indicators: [],
    status: 'working',
  };
}

/** A hypothesis's fields for editing it, or (fresh) as the start of a new one dated today. */
export function valuesOf(h: Hypothesis, fresh = false): HypothesisFormValues {
  return {
    date: fresh ? today() : h.date,
    anxiety: String(h.anxiety),
    avoidance: String(h.avoidance),
    pattern: h.pattern,
    confidence: h.confidence,
    contexts: [...h.contexts],
    indicators: [...h.indicators],
    status: fresh ? 'working' : h.status,
  };
}

/** A value on an axis typed by hand: "3,5" as well as "3.5". */
export const parseAxis = (text: string): number | null => {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && isAxisValue(value) ? value : null;
};

type Fields = Omit<MethodInput<'hypotheses.create'>, 'clientId' | 'rationale'>;

/** The fields the vault takes, or what is wrong, field by field, in words the form shows. */
export function checkValues(
  values: HypothesisFormValues,
): { ok: true; fields: Fields } | { ok: false; errors: HypothesisFormErrors } {
  const errors: HypothesisFormErrors = {};
  if (values.date === '') errors.date = 'required';
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date) || Number.isNaN(Date.parse(values.date))) errors.date = 'invalid';
  const anxiety = parseAxis(values.anxiety);
  const avoidance = parseAxis(values.avoidance);
  if (values.anxiety.trim() === '') errors.anxiety = 'required';
  else if (anxiety === null) errors.anxiety = 'invalid';
  if (values.avoidance.trim() === '') errors.avoidance = 'required';
  else if (avoidance === null) errors.avoidance = 'invalid';
  if (values.pattern === '') errors.pattern = 'required';
  if (Object.keys(errors).length > 0 || anxiety === null || avoidance === null || values.pattern === '')
    return { ok: false, errors };
  return {
    ok: true,
    fields: {
      date: values.date,
      anxiety,
      avoidance,
      pattern: values.pattern,
      confidence: values.confidence,
      contexts: values.contexts,
      indicators: values.indicators,
      status: values.status,
    },
  };
}
