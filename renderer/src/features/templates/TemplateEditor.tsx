import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TEMPLATE_NAME as MAX_NAME } from '@shared/api/constants';
import type { NoteTemplate } from '@shared/api/templates';
import { LazyNoteEditor } from '../../editor/LazyNoteEditor';
import type { NoteEditorHandle } from '../../editor/note-editor-handle';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { useSaveTemplate } from './template-queries';

const EMPTY_DOC = { type: 'doc' as const, content: [{ type: 'paragraph' as const }] };

interface TemplateEditorProps {
  /** Absent for a new template. */
  template?: NoteTemplate;
  onDone: () => void;
}

/** A practice template: a name and the text a new note starts with (headings, prompts). */
export function TemplateEditor({ template, onDone }: TemplateEditorProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(template?.name ?? '');
  const [nameError, setNameError] = useState(false);
  const editor = useRef<NoteEditorHandle>(null);
  const save = useSaveTemplate();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    const invalid = trimmed === '' || trimmed.length > MAX_NAME;
    setNameError(invalid);
    if (invalid || save.isPending) return;
    const doc = editor.current?.getDoc() ?? EMPTY_DOC;
    save.mutate({ ...(template ? { id: template.id } : {}), name: trimmed, doc }, { onSuccess: onDone });
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      className="template-editor"
      aria-label={template ? t('templates.editLabel', { name: template.name }) : t('templates.new')}
    >
      <Field label={t('templates.name')} error={nameError && t('templates.nameInvalid')}>
        {(control) => (
          <input
            {...control}
            type="text"
            maxLength={MAX_NAME}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <LazyNoteEditor
        initialDoc={template?.doc ?? EMPTY_DOC}
        editable
        label={t('templates.body')}
        placeholder={t('templates.placeholder')}
        handleRef={editor}
      />
      <ErrorNotice error={save.error} lead="templates.saveFailed" />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {t('templates.save')}
        </button>
        <button type="button" className="button-quiet" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
