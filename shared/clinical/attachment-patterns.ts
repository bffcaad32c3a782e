/**
 * Attachment patterns and the plane they are laid over (DOMAIN.md §3). Zod-free: the renderer,
 * the core and print read the same data.
 */
import type { LANGUAGES } from '../api/constants';

export type Language = (typeof LANGUAGES)[number];
/** A text in each of Trygg's languages. */
export type Localized = Record<Language, string>;

/** The four patterns of seed 000, by the names Trygg uses in every language. */
export const PATTERNS = ['secure', 'anxious', 'avoidant', 'disorganized'] as const;
export type Pattern = (typeof PATTERNS)[number];

/** Seed 000's pattern names, shown beside the quadrant names. */
export const PATTERN_NAMES: Record<Pattern, Localized> = {
  secure: { en: 'secure', da: 'tryg', nb: 'trygg', sv: 'trygg' },
  anxious: {
    en: 'anxious-ambivalent',
    da: 'utryg ambivalent',
    nb: 'utrygg ambivalent',
    sv: 'otrygg ambivalent (ängslig)',
  },
  avoidant: { en: 'avoidant', da: 'utryg undvigende', nb: 'utrygg unnvikende', sv: 'otrygg undvikande' },
  disorganized: {
    en: 'disorganized',
    da: 'utryg desorganiseret',
    nb: 'utrygg desorganisert',
    sv: 'otrygg desorganiserad',
  },
};

/** The plane's quadrants (Bartholomew & Horowitz), and "between" for a point on a midline. */
export const QUADRANTS = ['secure', 'preoccupied', 'dismissing', 'fearful', 'between'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** The pattern each quadrant sits closest to (fearful is closest to disorganized). */
export const QUADRANT_PATTERN: Record<Exclude<Quadrant, 'between'>, Pattern> = {
  secure: 'secure',
  preoccupied: 'anxious',
  dismissing: 'avoidant',
  fearful: 'disorganized',
};

export const AXIS_MIN = 1;
export const AXIS_MAX = 7;
export const AXIS_STEP = 0.5;
/** Where the quadrants meet on each axis. */
export const MIDLINE = 4;

export const CONFIDENCES = ['low', 'moderate', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const HYPOTHESIS_STATUSES = ['working', 'revised', 'setAside'] as const;
export type HypothesisStatus = (typeof HYPOTHESIS_STATUSES)[number];

/** Where a pattern is activated (seed 000: under stress and in close relationships). */
export const CONTEXTS = ['partner', 'parents', 'children', 'friends', 'work', 'therapist'] as const;
export type AttachmentContext = (typeof CONTEXTS)[number];

/** A value on an axis: 1 to 7 in steps of 0.5. */
export function isAxisValue(value: number): boolean {
  return Number.isFinite(value) && value >= AXIS_MIN && value <= AXIS_MAX && Number.isInteger(value / AXIS_STEP);
}

/**
 * The quadrant of a point: low anxiety and low avoidance is secure; high anxiety alone
 * preoccupied; high avoidance alone dismissing; high on both fearful. A point on a midline is
 * between quadrants, and said to be.
 */
export function quadrantOf(anxiety: number, avoidance: number): Quadrant {
  if (anxiety === MIDLINE || avoidance === MIDLINE) return 'between';
  const anxious = anxiety > MIDLINE;
  const avoidant = avoidance > MIDLINE;
  if (anxious && avoidant) return 'fearful';
  if (anxious) return 'preoccupied';
  if (avoidant) return 'dismissing';
  return 'secure';
}

export interface PlanePoint {
  id: string;
  date: string;
  anxiety: number;
  avoidance: number;
  status: HypothesisStatus;
}

export interface Trajectory<P extends PlanePoint> {
  /** Every hypothesis in time order (by date, then id for a stable order). */
  points: P[];
  /** The hypothesis the trajectory ends at: the latest one not set aside, else the latest. */
  current: P | undefined;
  /** Straight steps from each point to the next: movement over therapy. */
  steps: Array<{ from: P; to: P; distance: number }>;
}

/** A client's successive hypotheses as a path over the plane (DOMAIN.md §3). */
export function trajectoryOf<P extends PlanePoint>(hypotheses: readonly P[]): Trajectory<P> {
  const points = [...hypotheses].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const active = points.filter((p) => p.status !== 'setAside');
  const steps = points.slice(1).map((to, i) => {
    const from = points[i] as P;
    return { from, to, distance: Math.hypot(to.anxiety - from.anxiety, to.avoidance - from.avoidance) };
  });
  return { points, current: active.at(-1) ?? points.at(-1), steps };
}
