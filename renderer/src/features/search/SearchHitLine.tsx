import { useTranslation } from 'react-i18next';
import type { SearchHit, SearchKind } from '@shared/api/search';
import type { TranslationKey } from '../../i18n/resources';
import { formatDate } from '../../ui/format-date';
import { useDisplayName } from '../clients/display-preference';
import { HitSnippet } from './HitSnippet';

const KIND_KEYS: Record<SearchKind, TranslationKey> = {
  note: 'search.kind.note',
  addendum: 'search.kind.addendum',
  client: 'search.kind.client',
  formulation: 'search.kind.formulation',
  hypothesis: 'search.kind.hypothesis',
};

/** One result: what it is, whose, when, and the words around the hit. */
export function SearchHitLine({ hit }: { hit: SearchHit }) {
  const { t, i18n } = useTranslation();
  const nameOf = useDisplayName();
  return (
    <>
      <span className="hit-meta">
        <span className="hit-kind">{t(KIND_KEYS[hit.kind])}</span>
        <span className="hit-client">{nameOf({ name: hit.clientName, pseudonym: hit.clientPseudonym })}</span>
        {hit.kind !== 'client' && <time dateTime={hit.date}>{formatDate(hit.date, i18n.language)}</time>}
      </span>
      <HitSnippet snippet={hit.snippet} />
    </>
  );
}
