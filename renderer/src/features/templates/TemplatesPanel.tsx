import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteTemplate } from '@shared/api/templates';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDeleteTemplate, useTemplates } from './template-queries';
import { TemplateEditor } from './TemplateEditor';

type Editing = { kind: 'new' } | { kind: 'edit'; template: NoteTemplate } | null;

/** The practice's own note templates, offered after Free, SOAP, DAP and BIRP in a new session. */
export function TemplatesPanel() {
  const { t } = useTranslation();
  const templates = useTemplates();
  const remove = useDeleteTemplate();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<NoteTemplate | null>(null);

  return (
    <div>
      <div className="section-header">
        <h2>{t('templates.title')}</h2>
        {!editing && (
          <button type="button" className="button-quiet" onClick={() => setEditing({ kind: 'new' })}>
            {t('templates.new')}
          </button>
        )}
      </div>
      <p className="muted">{t('templates.intro')}</p>
      <ErrorNotice error={templates.error} lead="templates.loadFailed" />
      <ErrorNotice error={remove.error} lead="templates.deleteFailed" />
      {editing ? (
        <TemplateEditor
          key={editing.kind === 'edit' ? editing.template.id : 'new'}
          template={editing.kind === 'edit' ? editing.template : undefined}
          onDone={() => setEditing(null)}
        />
      ) : (
        <ul className="template-list">
          {(templates.data ?? []).map((template) => (
            <li key={template.id}>
              <span>{template.name}</span>
              <span className="form-actions">
                <button type="button" className="button-quiet" onClick={() => setEditing({ kind: 'edit', template })}>
                  {t('templates.edit')}
                </button>
                <button type="button" className="button-danger" onClick={() => setDeleting(template)}>
                  {t('templates.delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {templates.data?.length === 0 && !editing && <p className="muted">{t('templates.none')}</p>}
      <ConfirmDialog
        open={deleting !== null}
        title={t('templates.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('templates.delete')}
        pending={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSettled: () => setDeleting(null) })}
        onCancel={() => setDeleting(null)}
      >
        <p>{t('templates.deleteBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
