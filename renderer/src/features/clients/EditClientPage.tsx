import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeading } from '../../ui/PageHeading';
import { ClientForm } from './ClientForm';
import { toClientForm, toClientInput } from './client-form-values';
import { useClient, useUpdateClient } from './client-queries';
import { useDisplayName } from './display-preference';

export function EditClientPage({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const client = useClient(params.id);
  const update = useUpdateClient();
  const nameOf = useDisplayName();
  const back = () => navigate(`/clients/${params.id}`);
  if (!client.data) return <ErrorNotice error={client.error} lead="client.loadFailed" />;
  return (
    <>
      <PageHeading>{t('clientForm.editTitle', { name: nameOf(client.data) })}</PageHeading>
      <section className="panel">
        <ClientForm
          initial={toClientForm(client.data)}
          submitLabel={t('clientForm.save')}
          pending={update.isPending}
          error={update.error}
          onSubmit={(values) => update.mutate({ id: params.id, ...toClientInput(values) }, { onSuccess: back })}
          onCancel={back}
        />
      </section>
    </>
  );
}
