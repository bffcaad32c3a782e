import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { openHit } from './open-hit';
import { searchHref } from './search-route';
import { totalText } from './total-text';
import { useSearchResults } from './search-queries';
import { SearchHitLine } from './SearchHitLine';

const PALETTE_RESULTS = 8;
const TYPING_PAUSE_MS = 120;

/**
 * Ctrl/Cmd+K: results as you type, arrows to move, Enter to open the session with its hits
 * highlighted. A native modal <dialog> traps focus and closes on Escape.
 */
export function CommandPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [q, setQ] = useState('');
  // The highlighted row belongs to the results it was chosen in; new results start at the top.
  const [selection, setSelection] = useState({ for: '', index: 0 });
  const settled = useDebouncedValue(q, TYPING_PAUSE_MS);
  const results = useSearchResults({ q: settled, limit: PALETTE_RESULTS });
  const hits = settled.trim() === '' ? [] : (results.data?.hits ?? []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      inputRef.current?.select();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  const active = selection.for === settled ? selection.index : 0;
  const setActive = (next: (i: number) => number) => setSelection({ for: settled, index: next(active) });

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    onClose();
    openHit(hit, navigate);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active);
    }
  };

  const showAll = () => {
    onClose();
    navigate(searchHref({ q }));
  };

  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <dialog ref={dialogRef} className="palette" aria-label={t('search.palette.label')} onClose={onClose}>
      <input
        ref={inputRef}
        type="search"
        autoComplete="off"
        className="palette-input"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={hits.length > 0 ? optionId(active) : undefined}
        aria-autocomplete="list"
        aria-label={t('search.palette.input')}
        placeholder={t('search.palette.placeholder')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" className="palette-results" aria-label={t('search.results')}>
        {hits.map((hit, i) => (
          <li
            key={`${hit.kind}:${hit.id}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="palette-option"
            onMouseMove={() => setActive(() => i)}
            onClick={() => choose(i)}
          >
            <SearchHitLine hit={hit} />
          </li>
        ))}
      </ul>
      <div className="palette-footer">
        {settled.trim() !== '' && results.data && (
          <span aria-live="polite">{totalText(t, results.data.total, results.data.totalApproximate)}</span>
        )}
        <button type="button" className="button-link" onClick={showAll}>
          {t('search.palette.showAll')}
        </button>
      </div>
    </dialog>
  );
}
