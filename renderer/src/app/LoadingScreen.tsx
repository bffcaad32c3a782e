import { useTranslation } from 'react-i18next';

export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <div className="auth-layout">
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    </div>
  );
}
