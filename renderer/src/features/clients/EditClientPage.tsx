import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeading } from '../../ui/PageHeading';
import { showToast } from '../../ui/toast-store';
import { EraseClientDialog } from '../retention/EraseClientDialog';
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
  const [erasing, setErasing] = useState(false);
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
      <section className="panel" aria-labelledby="erase-title">
        <h2 id="erase-title">{t('erase.sectionTitle')}</h2>
        <p>{t('erase.sectionIntro')}</p>
        <button type="button" className="button-danger" onClick={() => setErasing(true)}>
          {t('erase.open')}
        </button>
      </section>
      {erasing && (
        <EraseClientDialog
          clientId={params.id}
          open
          onClose={() => setErasing(false)}
          onErased={() => {
            showToast({ message: t('erase.done'), durationMs: 6000 });
            navigate('/clients', { replace: true });
          }}
        />
      )}
    </>
  );
}
