import type { Hypothesis } from '@shared/api/hypotheses';
import type { Quadrant } from '@shared/clinical/attachment-patterns';
import type { TranslationKey } from '../i18n/resources';

/** The quadrants' names in the interface's language (kept out of the chart's chunk: forms use them too). */
export const QUADRANT_KEYS: Record<Quadrant, TranslationKey> = {
  secure: 'plane.quadrant.secure',
  preoccupied: 'plane.quadrant.preoccupied',
  dismissing: 'plane.quadrant.dismissing',
  fearful: 'plane.quadrant.fearful',
  between: 'plane.quadrant.between',
};

export const STATUS_KEYS: Record<Hypothesis['status'], TranslationKey> = {
  working: 'hypothesis.status.working',
  revised: 'hypothesis.status.revised',
  setAside: 'hypothesis.status.setAside',
};
