import type { Localized } from '@shared/clinical/attachment-patterns';
import { INTENSITY_LABELS } from '@shared/clinical/rupture-catalogue';

/** The words for an intensity of 1 to 5 (the vault only ever holds those). */
export function intensityLabel(n: number): Localized {
  return INTENSITY_LABELS[n as keyof typeof INTENSITY_LABELS];
}
