import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useImperativeHandle, useRef } from 'react';
import type { NoteDoc } from '@shared/notes/doc-schema';
import { EditorToolbar } from './EditorToolbar';
import './editor.css';
import type { NoteEditorProps } from './note-editor-handle';
import { noteExtensions } from './note-extensions';
import { drawPassages, PassageHighlights, selectedRange } from './passage-highlights';
import { WordCount } from './WordCount';

/**
 * The rich-text editor for notes and addenda. Loaded lazily (see LazyNoteEditor): TipTap and
 * ProseMirror stay out of the unlock screen's bundle.
 */
export default function NoteEditor({
  initialDoc,
  editable,
  label,
  placeholder,
  autoFocus = false,
  onChange,
  onBlur,
  handleRef,
  passages,
  activePassage,
}: NoteEditorProps) {
  // The latest callbacks without recreating the editor when the page re-renders.
  const callbacks = useRef({ onChange, onBlur });
  useEffect(() => {
    callbacks.current = { onChange, onBlur };
  });

  const editor = useEditor({
    // Highlights are decorations, not part of the schema: the document is the same with or without them.
    extensions: [...noteExtensions(placeholder), PassageHighlights],
    content: initialDoc,
    editable,
    autofocus: autoFocus ? 'end' : false,
    // Client-only rendering: the note shows in the first paint, not one render later.
    immediatelyRender: true,
    // Toolbar and word count read what they need through selectors; the host never re-renders per keystroke.
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { class: 'note-prose', 'aria-label': label, 'aria-multiline': 'true', role: 'textbox' },
    },
    onUpdate: () => callbacks.current.onChange?.(),
    onBlur: () => callbacks.current.onBlur?.(),
  });

  useEffect(() => {
    editor.setEditable(editable, false);
  }, [editor, editable]);

  useImperativeHandle(
    handleRef,
    () => ({
      getDoc: () => editor.getJSON() as NoteDoc,
      isEmpty: () => editor.isEmpty,
      setDoc: (doc) => editor.commands.setContent(doc, { emitUpdate: false }),
      selectedRange: () => selectedRange(editor),
    }),
    [editor],
  );

  useEffect(() => {
    if (!passages) return;
    // The view is attached a moment after the first render: draw once it is there.
    const draw = () => drawPassages(editor, passages, activePassage);
    if (editor.isInitialized) {
      draw();
      return;
    }
    editor.on('create', draw);
    return () => {
      editor.off('create', draw);
    };
  }, [editor, passages, activePassage]);

  return (
    <div className="note-editor" data-editable={editable}>
      {editable && <EditorToolbar editor={editor} />}
      <EditorContent editor={editor} className="note-content" />
      <WordCount editor={editor} />
    </div>
  );
}
