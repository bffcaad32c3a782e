import { useTranslation } from 'react-i18next';
import type { Quadrant } from '@shared/clinical/attachment-patterns';
import { notesFor } from '@shared/clinical/literature-notes';
import { useLanguage } from './use-language';

/** Findings from the literature beside a hypothesis: considerations with their source, never a verdict. */
export function LiteratureNotes({ quadrant }: { quadrant: Quadrant }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const notes = notesFor(quadrant);
  if (notes.length === 0) return null;
  return (
    <aside className="literature-notes" aria-labelledby="literature-notes-title">
      <h4 id="literature-notes-title">{t('literature.title')}</h4>
      <p className="muted">{t('literature.intro')}</p>
      <ul>
        {notes.map((note) => (
          <li key={note.id}>
            <p>{note.text[language]}</p>
            <p className="muted literature-source">{t('literature.source', { source: note.source })}</p>
          </li>
        ))}
      </ul>
    </aside>
  );
}
