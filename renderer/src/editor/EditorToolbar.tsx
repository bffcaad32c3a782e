import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { toolStateOf } from './tool-state';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../i18n/resources';

const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);
const MOD = isMac ? '⌘' : 'Ctrl+';

interface ToolButton {
  id: string;
  label: TranslationKey;
  text: string;
  shortcut?: string;
  run: (editor: Editor) => void;
}

const FORMAT: ToolButton[] = [
  {
    id: 'bold',
    label: 'editor.bold',
    text: 'B',
    shortcut: `${MOD}B`,
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    id: 'italic',
    label: 'editor.italic',
    text: 'I',
    shortcut: `${MOD}I`,
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    id: 'underline',
    label: 'editor.underline',
    text: 'U',
    shortcut: `${MOD}U`,
    run: (e) => e.chain().focus().toggleUnderline().run(),
  },
  { id: 'strike', label: 'editor.strike', text: 'S', run: (e) => e.chain().focus().toggleStrike().run() },
];
const BLOCKS: ToolButton[] = [
  { id: 'h2', label: 'editor.heading', text: 'H2', run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { id: 'h3', label: 'editor.subheading', text: 'H3', run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { id: 'bulletList', label: 'editor.bulletList', text: '•', run: (e) => e.chain().focus().toggleBulletList().run() },
  {
    id: 'orderedList',
    label: 'editor.orderedList',
    text: '1.',
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  { id: 'blockquote', label: 'editor.quote', text: '❝', run: (e) => e.chain().focus().toggleBlockquote().run() },
];
const HISTORY: ToolButton[] = [
  { id: 'undo', label: 'editor.undo', text: '↶', shortcut: `${MOD}Z`, run: (e) => e.chain().focus().undo().run() },
  {
    id: 'redo',
    label: 'editor.redo',
    text: '↷',
    shortcut: isMac ? '⇧⌘Z' : 'Ctrl+Y',
    run: (e) => e.chain().focus().redo().run(),
  },
];

/** Read through one selector: the toolbar re-renders only when that changes. */
function useToolState(editor: Editor) {
  return useEditorState({ editor, selector: ({ editor: e }) => toolStateOf(e) });
}

/**
 * One tab stop for the whole toolbar; the arrow keys, Home and End move between its buttons
 * (the WAI-ARIA toolbar pattern), so Tab goes from the toolbar straight into the text.
 */
function moveFocus(event: KeyboardEvent<HTMLDivElement>): void {
  const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const last = buttons.length - 1;
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? last
        : event.key === 'ArrowRight'
          ? (current + 1) % buttons.length
          : (current - 1 + buttons.length) % buttons.length;
  const target = buttons[next];
  if (!target) return;
  event.preventDefault();
  for (const button of event.currentTarget.querySelectorAll('button')) button.tabIndex = -1;
  target.tabIndex = 0;
  target.focus();
}

export function EditorToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useToolState(editor);
  const button = ({ id, label, text, shortcut, run }: ToolButton, kind: 'toggle' | 'action') => {
    const name = t(label);
    const flag = state[id as keyof typeof state];
    return (
      <button
        key={id}
        type="button"
        className={`tool tool-${id}`}
        aria-label={name}
        title={shortcut ? `${name} (${shortcut})` : name}
        aria-pressed={kind === 'toggle' ? flag : undefined}
        tabIndex={id === FORMAT[0]?.id ? 0 : -1}
        disabled={kind === 'action' && !flag}
        // Keep the selection in the text while clicking.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => run(editor)}
      >
        {text}
      </button>
    );
  };
  return (
    <div role="toolbar" aria-label={t('editor.toolbar')} className="editor-toolbar" onKeyDown={moveFocus}>
      <div className="tool-group">{FORMAT.map((b) => button(b, 'toggle'))}</div>
      <div className="tool-group">{BLOCKS.map((b) => button(b, 'toggle'))}</div>
      <div className="tool-group">{HISTORY.map((b) => button(b, 'action'))}</div>
    </div>
  );
}
