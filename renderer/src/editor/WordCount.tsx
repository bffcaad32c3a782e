import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countWords } from '@shared/notes/plain-text';

/** Counting a long note walks all of it, so it waits until typing pauses. */
const COUNT_DELAY_MS = 400;

export function WordCount({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [words, setWords] = useState(() => countWords(editor.getText()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setWords(countWords(editor.getText())), COUNT_DELAY_MS);
    };
    editor.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      editor.off('update', onUpdate);
    };
  }, [editor]);
  return <p className="word-count">{t('note.words', { count: words })}</p>;
}
