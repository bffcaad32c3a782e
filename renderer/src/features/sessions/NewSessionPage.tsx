import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { PageHeading } from '../../ui/PageHeading';
import { useClient } from '../clients/client-queries';
import { useDisplayName } from '../clients/display-preference';
import { BUILTIN_TEMPLATES, templateDoc, type BuiltinTemplate } from './note-templates';
import { defaultSessionMeta, toSessionMeta, validateSessionMeta, type SessionMetaProblem } from './session-meta';
import { SessionMetaFields } from './SessionMetaFields';
import { useTemplates } from '../templates/template-queries';
import { useCreateSession } from './session-queries';

export function NewSessionPage({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const client = useClient(params.id);
  const templates = useTemplates();
  const create = useCreateSession();
  const nameOf = useDisplayName();
  const [meta, setMeta] = useState(() => defaultSessionMeta(new Date()));
  const [problems, setProblems] = useState<SessionMetaProblem[]>([]);
  const [template, setTemplate] = useState<string>('free');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateSessionMeta(meta);
    setProblems(found);
    if (found.length > 0 || create.isPending) return;
    const start = templateDoc(template, templates.data ?? [], t);
    create.mutate(
      { clientId: params.id, ...toSessionMeta(meta), ...start },
      { onSuccess: (session) => navigate(`/sessions/${session.id}`) },
    );
  };

  return (
    <>
      <PageHeading>
        {client.data ? t('newSession.titleFor', { name: nameOf(client.data) }) : t('newSession.title')}
      </PageHeading>
      <section className="panel">
        <form onSubmit={submit} noValidate>
          <SessionMetaFields values={meta} problems={problems} onChange={setMeta} />
          <Field label={t('newSession.template')} help={t('newSession.templateHelp')}>
            {(control) => (
              <select {...control} value={template} onChange={(event) => setTemplate(event.target.value)}>
                {(Object.keys(BUILTIN_TEMPLATES) as BuiltinTemplate[]).map((name) => (
                  <option key={name} value={name}>
                    {t(BUILTIN_TEMPLATES[name].label)}
                  </option>
                ))}
                {(templates.data ?? []).map((own) => (
                  <option key={own.id} value={own.id}>
                    {own.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <ErrorNotice error={create.error} lead="newSession.failed" />
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={create.isPending}>
              {t('newSession.start')}
            </button>
            <button type="button" className="button-quiet" onClick={() => navigate(`/clients/${params.id}`)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
