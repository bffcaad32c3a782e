import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { isApiErrorCode } from '../api/api-errors';
import { shortcutAria, shortcutLabel, useModShortcut } from '../ui/mod-shortcut';

/** About a second after typing pauses: soon enough to lose little, rare enough to stay cheap. */
export const AUTOSAVE_DELAY_MS = 1000;

export const SAVE_SHORTCUT_LABEL = shortcutLabel('S');
export const SAVE_SHORTCUT_ARIA = shortcutAria('S');

export type SaveState =
  { kind: 'saved'; at: string | null } | { kind: 'unsaved' } | { kind: 'saving' } | { kind: 'failed'; error: unknown };

/** What the vault answers to a save: the revision to quote next time, and when it was written. */
export interface Saved {
  revision: number;
  savedAt: string;
}

/** The document as the vault holds it now, for a reload after a CONFLICT. */
export interface Loaded<Doc> {
  doc: Doc;
  revision: number;
  savedAt: string;
}

/** The editor the hook reads from (and, after a reload, writes into). */
export interface DocHandle<Doc> {
  getDoc(): Doc;
  setDoc(doc: Doc): void;
}

export interface AutosaveOptions<Doc> {
  /** The revision the document was loaded with. */
  revision: number;
  /** Sends the document, quoting the revision it edits; a stale revision must answer CONFLICT. */
  save: (doc: Doc, revision: number) => Promise<Saved>;
  /** Reads the document again from the vault. */
  load: () => Promise<Loaded<Doc>>;
  editor: RefObject<DocHandle<Doc> | null>;
  /** False for a document that is read-only (signed): no shortcut, nothing is ever sent. */
  enabled?: boolean;
  delayMs?: number;
}

/** Refusals no retry can fix: saving waits until the document is reloaded. */
const isFinalRefusal = (error: unknown) => isApiErrorCode(error, 'CONFLICT') || isApiErrorCode(error, 'SIGNED');

/**
 * Autosave for any rich-text document saved with a revision (session notes today, formulation
 * sections next). It saves about a second after typing pauses, on demand (blur, Ctrl/Cmd+S,
 * before signing), when the page is left and before the window closes. Every save quotes the
 * revision the vault last returned, so a change made in another window answers CONFLICT instead
 * of being overwritten. A failed save keeps the text in the editor and tries again at the next
 * change or blur, unless the refusal is final (CONFLICT, SIGNED): then nothing is sent until
 * `reload` has put the vault's version back in the editor.
 */
export function useAutosave<Doc>({
  revision: loadedRevision,
  save,
  load,
  editor,
  enabled = true,
  delayMs = AUTOSAVE_DELAY_MS,
}: AutosaveOptions<Doc>) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: null });
  const revision = useRef(loadedRevision);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const shown = useRef<SaveState['kind']>('saved');
  const refused = useRef(false);
  const saveRef = useRef(save);
  /** Reads the editor; after unmount, what it last held. */
  const readDoc = useRef<() => Doc | null>(() => editor.current?.getDoc() ?? null);
  useEffect(() => {
    saveRef.current = save;
  });

  const show = useCallback((next: SaveState) => {
    shown.current = next.kind;
    setState(next);
  }, []);

  const saveNow = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    if (!dirty.current) return shown.current !== 'failed';
    if (refused.current) return false;
    const doc = readDoc.current();
    if (doc === null) return false;
    dirty.current = false;
    show({ kind: 'saving' });
    const attempt = saveRef.current(doc, revision.current).then(
      (saved) => {
        revision.current = saved.revision;
        show(dirty.current ? { kind: 'unsaved' } : { kind: 'saved', at: saved.savedAt });
        return true;
      },
      (error: unknown) => {
        dirty.current = true;
        refused.current = isFinalRefusal(error);
        show({ kind: 'failed', error });
        return false;
      },
    );
    inFlight.current = attempt;
    const ok = await attempt;
    inFlight.current = null;
    return ok;
  }, [show]);

  const changed = useCallback(() => {
    dirty.current = true;
    // One re-render when the document first differs from the vault, not one per keystroke.
    if (shown.current === 'saved') show({ kind: 'unsaved' });
    clearTimeout(timer.current);
    if (refused.current) return;
    timer.current = setTimeout(() => void saveNow(), delayMs);
  }, [saveNow, show, delayMs]);

  /** After a CONFLICT: the vault's version and revision replace the local change. */
  const reload = async () => {
    const fresh = await load();
    clearTimeout(timer.current);
    editor.current?.setDoc(fresh.doc);
    dirty.current = false;
    refused.current = false;
    revision.current = fresh.revision;
    show({ kind: 'saved', at: fresh.savedAt });
  };

  const saveQuietly = useCallback(() => void saveNow(), [saveNow]);
  useModShortcut('S', saveQuietly, enabled);

  useEffect(() => {
    const beforeUnload = () => {
      if (dirty.current) void saveNow();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, [saveNow]);

  // Leaving the document (another page, another record): send what is unsaved. A layout cleanup
  // runs before the editor below lets go of its handle, so the text can still be read here, once.
  useLayoutEffect(
    () => () => {
      clearTimeout(timer.current);
      if (!dirty.current) return;
      const last = readDoc.current();
      readDoc.current = () => last;
      void saveNow();
    },
    [saveNow],
  );

  return {
    state,
    /** Saves at once; resolves true when the vault holds what is on screen. */
    saveNow,
    /** The same, for event handlers (blur, a button). */
    saveQuietly,
    /** Call on every change of the document; cheap. */
    changed,
    reload,
  };
}
