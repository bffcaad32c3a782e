import type { NoteDoc } from '@shared/notes/doc-schema';
import type { NoteTemplate } from '@shared/api/templates';
import type { TranslationKey } from '../../i18n/resources';

/** The built-in templates by the name the vault records; their headings follow the language. */
export const BUILTIN_TEMPLATES = {
  free: { label: 'template.free', headings: [] },
  soap: {
    label: 'template.soap',
    headings: ['template.soap.subjective', 'template.soap.objective', 'template.soap.assessment', 'template.soap.plan'],
  },
  dap: { label: 'template.dap', headings: ['template.dap.data', 'template.dap.assessment', 'template.dap.plan'] },
  birp: {
    label: 'template.birp',
    headings: ['template.birp.behaviour', 'template.birp.intervention', 'template.birp.response', 'template.birp.plan'],
  },
} as const satisfies Record<string, { label: TranslationKey; headings: readonly TranslationKey[] }>;

export type BuiltinTemplate = keyof typeof BUILTIN_TEMPLATES;

export function isBuiltinTemplate(name: string): name is BuiltinTemplate {
  return Object.hasOwn(BUILTIN_TEMPLATES, name);
}

/** A heading per section, each followed by an empty paragraph to write in. */
export function docFromHeadings(headings: readonly string[]): NoteDoc {
  if (headings.length === 0) return { type: 'doc', content: [{ type: 'paragraph' }] };
  return {
    type: 'doc',
    content: headings.flatMap((text) => [
      { type: 'heading' as const, attrs: { level: 2 }, content: [{ type: 'text' as const, text }] },
      { type: 'paragraph' as const },
    ]),
  };
}

/** The first note of a session started from a template: a built-in one's name, or a practice template. */
export function templateDoc(
  choice: string,
  practiceTemplates: NoteTemplate[],
  translate: (key: TranslationKey) => string,
): { template: string; doc: NoteDoc } {
  if (isBuiltinTemplate(choice))
    return { template: choice, doc: docFromHeadings(BUILTIN_TEMPLATES[choice].headings.map(translate)) };
  const own = practiceTemplates.find((template) => template.id === choice);
  return own ? { template: own.name, doc: own.doc } : { template: 'free', doc: docFromHeadings([]) };
}
