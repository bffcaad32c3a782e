import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading';

/** Client records come with a later issue; until then the page says so plainly. */
export function ClientsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('clients.title')}</PageHeading>
      <section className="empty-state">
        <h2>{t('clients.emptyTitle')}</h2>
        <p>{t('clients.emptyBody')}</p>
      </section>
    </>
  );
}
