import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '@shared/api/sessions';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { isBuiltinTemplate, BUILTIN_TEMPLATES } from './note-templates';
import {
  ATTENDANCE_KEYS,
  MODALITY_KEYS,
  SETTING_KEYS,
  toSessionMeta,
  toSessionMetaForm,
  validateSessionMeta,
  type SessionMetaProblem,
} from './session-meta';
import { SessionMetaFields } from './SessionMetaFields';
import { useUpdateSession } from './session-queries';

/** The session's facts in one line, and a form to correct them while the note is a draft (the core refuses after signing). */
export function SessionMetaEditor({ session }: { session: Session }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState(() => toSessionMetaForm(session));
  const [problems, setProblems] = useState<SessionMetaProblem[]>([]);
  const update = useUpdateSession();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateSessionMeta(values);
    setProblems(found);
    if (found.length > 0 || update.isPending) return;
    update.mutate({ id: session.id, ...toSessionMeta(values) }, { onSuccess: () => setEditing(false) });
  };

  if (!editing) {
    const template = isBuiltinTemplate(session.template)
      ? t(BUILTIN_TEMPLATES[session.template].label)
      : session.template;
    return (
      <div className="session-facts">
        <p>
          {[
            t('session.minutes', { count: session.durationMinutes }),
            t(MODALITY_KEYS[session.modality]),
            t(SETTING_KEYS[session.setting]),
            t(ATTENDANCE_KEYS[session.attendance]),
            t('session.template', { name: template }),
          ].join(' · ')}
        </p>
        {session.signedAt === null && (
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              setValues(toSessionMetaForm(session));
              setEditing(true);
            }}
          >
            {t('session.editDetails')}
          </button>
        )}
      </div>
    );
  }
  return (
    <form className="panel" onSubmit={submit} noValidate aria-label={t('session.detailsForm')}>
      <SessionMetaFields values={values} problems={problems} onChange={setValues} />
      <ErrorNotice error={update.error} lead="session.updateFailed" />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={update.isPending}>
          {t('session.saveDetails')}
        </button>
        <button type="button" className="button-quiet" onClick={() => setEditing(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
