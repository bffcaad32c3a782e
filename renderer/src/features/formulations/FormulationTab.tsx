import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Evidence } from '@shared/api/evidence';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import type { FormulationSections } from '@shared/api/formulations';
import {
  FORMULATION_SECTION_NAMES,
  FORMULATION_SECTIONS,
  type FormulationSection,
} from '@shared/clinical/formulation-sections';
import type { NoteDoc } from '@shared/notes/doc-schema';
import { LazyNoteEditor } from '../../editor/LazyNoteEditor';
import type { NoteEditorHandle } from '../../editor/note-editor-handle';
import { SaveStatus } from '../../editor/SaveStatus';
import { SAVE_SHORTCUT_ARIA, SAVE_SHORTCUT_LABEL, useAutosave, type DocHandle } from '../../editor/use-autosave';
import { DocView } from '../../ui/DocView';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ClientPage } from '../clients/ClientPage';
import { useLanguage } from '../attachment/use-language';
import { EvidenceList } from '../attachment/EvidenceList';
import { useClientEvidence } from '../attachment/evidence-queries';
import { FormulationVersions } from './FormulationVersions';
import { useFormulation, useReloadFormulation, useSaveFormulation } from './formulation-queries';
import './formulation.css';

const EMPTY: NoteDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

/** The tab in its client's page; the formulation is asked for beside the client, not after it. */
export function FormulationTabPage({ clientId }: { clientId: string }) {
  useFormulation(clientId);
  useClientEvidence(clientId);
  return <ClientPage clientId={clientId}>{() => <FormulationTab clientId={clientId} />}</ClientPage>;
}

/** The client's case formulation: every section as rich text, autosaved, with its recorded versions. */
export function FormulationTab({ clientId }: { clientId: string }) {
  const formulation = useFormulation(clientId);
  if (!formulation.data) {
    return formulation.error ? <ErrorNotice error={formulation.error} lead="formulation.loadFailed" /> : null;
  }
  // Keyed by client: another client's formulation gets fresh editors and a fresh autosave.
  return (
    <FormulationEditor
      key={clientId}
      clientId={clientId}
      sections={formulation.data.sections}
      revision={formulation.data.revision}
    />
  );
}

interface FormulationEditorProps {
  clientId: string;
  sections: FormulationSections;
  revision: number;
}

function FormulationEditor({ clientId, sections: loaded, revision }: FormulationEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const editors = useRef(new Map<FormulationSection, NoteEditorHandle>());
  // The sections taken as they were loaded: the editors own the text from here on.
  const [initial] = useState(loaded);

  /** All sections as one document for the autosave: those written, and those that had text. */
  const handle = useRef<DocHandle<FormulationSections>>({
    getDoc: () => {
      const out: FormulationSections = {};
      for (const section of FORMULATION_SECTIONS) {
        const editor = editors.current.get(section);
        if (!editor) {
          if (initial[section]) out[section] = initial[section];
        } else if (!editor.isEmpty() || initial[section]) out[section] = editor.getDoc();
      }
      return out;
    },
    setDoc: (next) => {
      for (const section of FORMULATION_SECTIONS) editors.current.get(section)?.setDoc(next[section] ?? EMPTY);
    },
  });
  const reloadFormulation = useReloadFormulation(clientId);
  const load = useCallback(
    () =>
      reloadFormulation().then((fresh) => ({
        doc: fresh.sections,
        revision: fresh.revision,
        savedAt: fresh.updatedAt ?? new Date().toISOString(),
      })),
    [reloadFormulation],
  );
  const save = useSaveFormulation(clientId);
  const autosave = useAutosave({ revision, save, load, editor: handle });
  const evidence = useClientEvidence(clientId);
  const live = useLiveSections();

  const focus = new URLSearchParams(useSearch()).get('section');
  useEffect(() => {
    if (focus) document.getElementById(`formulation-${focus}`)?.scrollIntoView({ block: 'start' });
  }, [focus]);

  const refs = useMemo(
    () =>
      Object.fromEntries(
        FORMULATION_SECTIONS.map((section) => [
          section,
          (editor: NoteEditorHandle | null) => {
            if (editor) editors.current.set(section, editor);
            else editors.current.delete(section);
          },
        ]),
      ) as Record<FormulationSection, (editor: NoteEditorHandle | null) => void>,
    [],
  );

  return (
    <div className="formulation">
      <div className="section-header formulation-header">
        <h2>{t('formulation.title')}</h2>
        <div className="note-actions">
          <SaveStatus state={autosave.state} onReload={() => void autosave.reload()} />
          <button
            type="button"
            className="button-quiet"
            onClick={autosave.saveQuietly}
            title={SAVE_SHORTCUT_LABEL}
            aria-keyshortcuts={SAVE_SHORTCUT_ARIA}
          >
            {t('note.saveNow')}
          </button>
        </div>
      </div>
      <p className="muted">{t('formulation.intro')}</p>
      {FORMULATION_SECTIONS.map((section) => {
        const name = FORMULATION_SECTION_NAMES[section][language];
        const passages = evidence.data?.filter((e) => e.formulationSection === section) ?? [];
        return (
          <section key={section} id={`formulation-${section}`} className="formulation-section" aria-label={name}>
            <h3>{name}</h3>
            {live.has(section) ? (
              <LazyNoteEditor
                initialDoc={initial[section] ?? EMPTY}
                editable
                label={name}
                placeholder={t('formulation.placeholder')}
                autoFocus={live.focused === section}
                onChange={autosave.changed}
                onBlur={autosave.saveQuietly}
                handleRef={refs[section]}
              />
            ) : (
              <SectionPreview doc={initial[section]} onActivate={() => live.activate(section)} />
            )}
            {passages.length > 0 && <SectionEvidence items={passages} />}
          </section>
        );
      })}
      <FormulationVersions clientId={clientId} saveNow={autosave.saveNow} />
    </div>
  );
}

/**
 * Ten editors at once would hold the first paint for a long while: the sections are painted as
 * text first, then each becomes an editor in turn when the page is idle, or at once when clicked.
 */
function useLiveSections() {
  const [live, setLive] = useState<ReadonlySet<FormulationSection>>(() => new Set());
  const [focused, setFocused] = useState<FormulationSection | null>(null);
  useEffect(() => {
    const next = FORMULATION_SECTIONS.find((s) => !live.has(s));
    if (!next) return;
    // When the page is idle (after the text is painted), within half a second at the latest.
    const idle = requestIdleCallback(() => setLive((old) => new Set(old).add(next)), { timeout: 500 });
    return () => cancelIdleCallback(idle);
  }, [live]);
  const activate = useCallback((section: FormulationSection) => {
    setFocused(section);
    setLive((old) => new Set(old).add(section));
  }, []);
  return { has: (section: FormulationSection) => live.has(section), activate, focused };
}

/** A section's text as it will look in its editor, until the editor is there. */
function SectionPreview({ doc, onActivate }: { doc: NoteDoc | undefined; onActivate: () => void }) {
  return (
    // The editor replaces this within a few frames; a click brings it at once, with the cursor.
    <div className="note-editor section-preview" data-editable="true" onMouseDown={onActivate}>
      <div className="editor-toolbar section-preview-toolbar" aria-hidden="true" />
      <div className="note-content">
        {doc ? (
          <DocView doc={doc} />
        ) : (
          <div className="note-prose">
            <p />
          </div>
        )}
      </div>
    </div>
  );
}

/** A section's linked passages, folded: listed when asked for, so a long history costs nothing up front. */
function SectionEvidence({ items }: { items: readonly Evidence[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="section-evidence" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('evidence.linkedCount', { count: items.length })}</summary>
      {open && <EvidenceList items={items} title={t('evidence.linkedPassages')} />}
    </details>
  );
}
