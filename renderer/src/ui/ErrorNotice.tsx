import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../api/api-errors';
import { hintsFromReason } from '../features/vault/passphrase-hints';
import { PassphraseHints } from '../features/vault/PassphraseHints';
import type { TranslationKey } from '../i18n/resources';
import { errorMessageKey } from './error-message-key';

interface ErrorNoticeProps {
  error: unknown;
  /** Said first, when the failure needs context ("The settings were not saved."). */
  lead?: TranslationKey;
  /** Replaces the message for one error code where the form knows better what it means. */
  override?: { code: ApiCallError['code']; message: TranslationKey };
}

/** A failure in plain words, announced to screen readers as it appears. */
export function ErrorNotice({ error, lead, override }: ErrorNoticeProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const apiError = error instanceof ApiCallError ? error : undefined;
  const key = override && apiError?.code === override.code ? override.message : errorMessageKey(error);
  const hints = apiError?.code === 'WEAK_PASSPHRASE' ? hintsFromReason(apiError.error.reason) : [];
  return (
    <div className="notice notice-error" role="alert">
      <p>
        {lead ? `${t(lead)} ` : ''}
        {t(key)}
      </p>
      <PassphraseHints hints={hints} />
    </div>
  );
}
