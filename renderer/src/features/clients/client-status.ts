import type { Client } from '@shared/api/clients';
import type { TranslationKey } from '../../i18n/resources';

/** The contract's statuses, repeated as a type-checked list: importing the value would pull zod in. */
export const CLIENT_STATUSES = ['active', 'paused', 'ended'] as const satisfies readonly Client['status'][];

export const CLIENT_STATUS_KEYS: Record<Client['status'], TranslationKey> = {
  active: 'clientStatus.active',
  paused: 'clientStatus.paused',
  ended: 'clientStatus.ended',
};
