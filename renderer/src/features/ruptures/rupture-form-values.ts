import type { QuoteSelector } from '@shared/annotations/quote-anchor';
import type { MethodInput } from '@shared/api/contract';
import type { Rupture } from '@shared/api/ruptures';
import {
  RUPTURE_MARKERS,
  markerFitsType,
  type AlliancePart,
  type RuptureMarker,
  type RuptureType,
} from '@shared/clinical/rupture-catalogue';

/** What the rupture form holds. */
export interface RuptureFormValues {
  type: RuptureType;
  intensity: number;
  markers: string[];
  strained: AlliancePart[];
  strategies: string[];
  contribution: string;
}

export const EMPTY_RUPTURE: RuptureFormValues = {
  type: 'withdrawal',
  intensity: 2,
  markers: [],
  strained: [],
  strategies: [],
  contribution: '',
};

export function toRuptureForm(rupture: Rupture): RuptureFormValues {
  return {
    type: rupture.type,
    intensity: rupture.intensity,
    markers: rupture.markers,
    strained: rupture.strained,
    strategies: rupture.strategies,
    contribution: rupture.contribution,
  };
}

/** The markers the form offers for a type: withdrawal's, confrontation's, or all of them for "both". */
export function markersFor(type: RuptureType): readonly RuptureMarker[] {
  return RUPTURE_MARKERS.filter((m) => markerFitsType(m.id, type));
}

/** A new type keeps only the markers that still fit it (the vault refuses the others). */
export function withType(values: RuptureFormValues, type: RuptureType): RuptureFormValues {
  return { ...values, type, markers: values.markers.filter((m) => markerFitsType(m, type)) };
}

/** Adds or removes one item of a checkbox list, keeping the catalogue's order. */
export function toggled<T extends string>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] {
  const next = new Set(list);
  if (on) next.add(item);
  else next.delete(item);
  return order.filter((x) => next.has(x));
}

export function createInput(
  session: { id: string; clientId: string },
  values: RuptureFormValues,
  quote?: QuoteSelector,
): MethodInput<'ruptures.create'> {
  return {
    sessionId: session.id,
    clientId: session.clientId,
    type: values.type,
    intensity: values.intensity,
    markers: values.markers,
    strained: values.strained,
    strategies: values.strategies,
    contribution: values.contribution.trim(),
    ...(quote ? { quote } : {}),
  };
}

export function updateInput(id: string, values: RuptureFormValues): MethodInput<'ruptures.update'> {
  return {
    id,
    type: values.type,
    intensity: values.intensity,
    markers: values.markers,
    strained: values.strained,
    strategies: values.strategies,
    contribution: values.contribution.trim(),
  };
}
