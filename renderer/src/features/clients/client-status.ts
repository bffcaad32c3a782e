import type { Client } from '@shared/api/clients';
import type { TranslationKey } from '../../i18n/resources';

export { CLIENT_STATUSES } from '@shared/api/constants';

export const CLIENT_STATUS_KEYS: Record<Client['status'], TranslationKey> = {
  active: 'clientStatus.active',
  paused: 'clientStatus.paused',
  ended: 'clientStatus.ended',
};
