import { describe, expect, it } from 'vitest';
import { noteDocSchema } from '@shared/notes/doc-schema';
import en from '../../i18n/locales/en.json';
import sv from '../../i18n/locales/sv.json';
import type { TranslationKey } from '../../i18n/resources';
import { templateDoc } from './note-templates';

const english = (key: TranslationKey) => en[key];

describe('templateDoc', () => {
  it('builds SOAP with its four translated headings, each followed by room to write', () => {
    const { template, doc } = templateDoc('soap', [], english);
    expect(template).toBe('soap');
    const headings = doc.content.filter((node) => node.type === 'heading').map((node) => node.content?.[0]?.text);
    expect(headings).toEqual(['Subjective', 'Objective', 'Assessment', 'Plan']);
    expect(doc.content).toHaveLength(8);
    expect(noteDocSchema.safeParse(doc).success).toBe(true);
  });

  it('speaks the interface language', () => {
    const { doc } = templateDoc('dap', [], (key) => sv[key]);
    expect(doc.content[0]?.content?.[0]?.text).toBe('Data');
    expect(doc.content[2]?.content?.[0]?.text).toBe('Bedömning');
  });

  it('starts Free as one empty paragraph, valid for the core', () => {
    const { doc } = templateDoc('free', [], english);
    expect(noteDocSchema.safeParse(doc).success).toBe(true);
  });

  it('uses a practice template by id and records its name', () => {
    const own = {
      id: 'a3c1f1de-7b63-4a53-9a59-3c2d7c1d2c11',
      name: 'Intake',
      doc: { type: 'doc' as const, content: [{ type: 'paragraph' as const }] },
      updatedAt: '',
    };
    expect(templateDoc(own.id, [own], english)).toEqual({ template: 'Intake', doc: own.doc });
  });
});
