import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { PageHeading } from '../../ui/PageHeading';
import { ClientForm } from './ClientForm';
import { emptyClientForm, toClientInput } from './client-form-values';
import { useCreateClient } from './client-queries';

export function NewClientPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const create = useCreateClient();
  return (
    <>
      <PageHeading>{t('clientForm.newTitle')}</PageHeading>
      <section className="panel">
        <ClientForm
          initial={emptyClientForm()}
          submitLabel={t('clientForm.create')}
          pending={create.isPending}
          error={create.error}
          onSubmit={(values) =>
            create.mutate(toClientInput(values), { onSuccess: (client) => navigate(`/clients/${client.id}`) })
          }
          onCancel={() => navigate('/clients')}
        />
      </section>
    </>
  );
}
