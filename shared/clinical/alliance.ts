/**
 * The therapeutic alliance per session (DOMAIN.md §4): the clinician's ratings of Bordin's three
 * parts, and the totals of a client-rated instrument the practice uses on paper under its own
 * licence. Numbers only: no item of a licensed instrument is ever written here or shown.
 * Zod-free: the renderer, the core and print read the same scales.
 */
import type { Localized } from './attachment-patterns';

/** The clinician's agreement on goals, tasks and the bond: whole numbers 1 to 7. */
export const CLINICIAN_RATING_MIN = 1;
export const CLINICIAN_RATING_MAX = 7;

/** The client-rated instruments Trygg stores totals of. */
export const CLIENT_INSTRUMENTS = ['srs', 'wai-sr'] as const;
export type ClientInstrument = (typeof CLIENT_INSTRUMENTS)[number];

/** The practice's choice in Settings: which instrument the session form offers, if any. */
export const ALLIANCE_INSTRUMENT_SETTINGS = ['none', ...CLIENT_INSTRUMENTS] as const;
export type AllianceInstrumentSetting = (typeof ALLIANCE_INSTRUMENT_SETTINGS)[number];

/** Session Rating Scale: a total of 0 to 40. */
export const SRS_MIN = 0;
export const SRS_MAX = 40;
/** An SRS total at or below this invites a conversation about the alliance. */
export const SRS_CONVERSATION_AT = 36;

/** WAI-SR: 12 items on 1 to 5; a total of 12 to 60 and goal, task and bond subscales of 4 to 20. */
export const WAI_SR_MIN = 12;
export const WAI_SR_MAX = 60;
export const WAI_SR_SUBSCALE_MIN = 4;
export const WAI_SR_SUBSCALE_MAX = 20;

export const MAX_REFLECTION = 10_000;

export const INSTRUMENT_NAMES: Record<AllianceInstrumentSetting, Localized> = {
  none: { en: 'None', da: 'Ingen', nb: 'Ingen', sv: 'Inget' },
  srs: {
    en: 'Session Rating Scale (SRS)',
    da: 'Session Rating Scale (SRS)',
    nb: 'Session Rating Scale (SRS)',
    sv: 'Session Rating Scale (SRS)',
  },
  'wai-sr': {
    en: 'Working Alliance Inventory, short revised (WAI-SR)',
    da: 'Working Alliance Inventory, kort revideret (WAI-SR)',
    nb: 'Working Alliance Inventory, kort revidert (WAI-SR)',
    sv: 'Working Alliance Inventory, kort reviderad (WAI-SR)',
  },
};

/** Where a point of the alliance series comes from: an instrument's total, or the clinician's mean. */
export type ScoreSource = ClientInstrument | 'clinician';

/** The range of each source, the scale a score is normalised on. */
export const SCALE_RANGES: Record<ScoreSource, { min: number; max: number }> = {
  srs: { min: SRS_MIN, max: SRS_MAX },
  'wai-sr': { min: WAI_SR_MIN, max: WAI_SR_MAX },
  clinician: { min: CLINICIAN_RATING_MIN, max: CLINICIAN_RATING_MAX },
};

/**
 * A score as a percentage of its own scale's range (0 at the scale's floor, 100 at its ceiling;
 * "percent of maximum possible"), so an SRS total, a WAI-SR total and the clinician's mean of
 * goal, task and bond read on one axis, and a client whose practice changed instrument keeps one
 * comparable series.
 */
export function percentOfScale(source: ScoreSource, score: number): number {
  const { min, max } = SCALE_RANGES[source];
  return ((score - min) / (max - min)) * 100;
}

// The rule that finds rupture–repair sequences (settings; see alliance-dips.ts) ---------------

/** A dip is a drop of at least k standard deviations: 1 (lenient) or 2 (strict). */
export const DIP_KS = [1, 2] as const;
export type DipK = (typeof DIP_KS)[number];
export const DEFAULT_DIP_K: DipK = 1;
/** Rated sessions after a dip within which a return counts as repair. */
export const MIN_REPAIR_WINDOW = 1;
export const MAX_REPAIR_WINDOW = 10;
export const DEFAULT_REPAIR_WINDOW = 3;
/** How close to the pre-dip score a return must come, in standard deviations. */
export const MIN_REPAIR_TOLERANCE = 0;
export const MAX_REPAIR_TOLERANCE = 2;
export const DEFAULT_REPAIR_TOLERANCE = 0.5;
/** Fewer rated sessions than this and no dip is looked for: the SD would mean little. */
export const MIN_RATED_SESSIONS = 5;
