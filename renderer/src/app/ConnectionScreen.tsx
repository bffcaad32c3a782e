import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../i18n/resources';
import { AuthLayout } from '../ui/AuthLayout';

/**
 * Why the page cannot talk to Trygg: no token in the link, a link that already opened a page, a
 * token from an earlier start, or no answer.
 */
export type ConnectionProblem = 'missingToken' | 'linkSpent' | 'expired' | 'unreachable';

const TEXT: Record<ConnectionProblem, { title: TranslationKey; body: TranslationKey }> = {
  missingToken: { title: 'connection.missingToken.title', body: 'connection.missingToken.body' },
  linkSpent: { title: 'connection.linkSpent.title', body: 'connection.linkSpent.body' },
  expired: { title: 'connection.expired.title', body: 'connection.expired.body' },
  unreachable: { title: 'connection.unreachable.title', body: 'connection.unreachable.body' },
};

interface ConnectionScreenProps {
  problem: ConnectionProblem;
  onRetry?: () => void;
}

export function ConnectionScreen({ problem, onRetry }: ConnectionScreenProps) {
  const { t } = useTranslation();
  return (
    <AuthLayout title={t(TEXT[problem].title)}>
      <p>{t(TEXT[problem].body)}</p>
      {onRetry && (
        <button type="button" className="button-primary" onClick={onRetry}>
          {t('connection.retry')}
        </button>
      )}
    </AuthLayout>
  );
}
