import { describe, expect, it } from 'vitest';
import type { NoteDoc } from '@shared/notes/doc-schema';
import { diffSections, diffSectionsOnce, diffText, hasChanges } from './word-diff';

const doc = (...paragraphs: string[]): NoteDoc => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

describe('diffText', () => {
  it('marks the words added and removed, and counts them', () => {
    const d = diffText('Avoids closeness with her partner', 'Avoids closeness with her mother and partner');
    expect(d.parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['mother and']);
    expect(d.added).toBe(2);
    expect(d.removed).toBe(0);

    const r = diffText('Sleeps badly and worries at night', 'Sleeps and worries');
    expect(r.parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['badly', 'at night']);
    expect(r.removed).toBe(3);
    expect(r.added).toBe(0);
  });

  it('keeps the words in order: the older text is the same and removed parts, the newer the same and added', () => {
    const before = 'one two three four';
    const after = 'one 2 three four five';
    const { parts } = diffText(before, after);
    const words = (kind: 'added' | 'removed') =>
      parts
        .filter((p) => p.kind !== kind)
        .map((p) => p.text)
        .join('')
        .split(/\s+/u)
        .filter(Boolean)
        .join(' ');
    expect(words('added')).toBe(before);
    expect(words('removed')).toBe(after);
  });

  it('finds nothing in the same text', () => {
    expect(diffText('same words', 'same words')).toEqual({
      parts: [{ kind: 'same', text: 'same words' }],
      added: 0,
      removed: 0,
    });
  });
});

describe('diffSections', () => {
  it("compares each section over its plain text, in the sections' order, leaving out the empty ones", () => {
    const before = { plan: doc('Weekly sessions'), presentingProblems: doc('Low mood') };
    const after = {
      plan: doc('Weekly sessions for three months'),
      presentingProblems: doc('Low mood'),
      protective: doc('A close friend'),
    };
    const diffs = diffSections(before, after);
    expect(diffs.map((d) => d.section)).toEqual(['presentingProblems', 'protective', 'plan']);
    expect(diffs.map((d) => [d.added, d.removed])).toEqual([
      [0, 0],
      [3, 0],
      [3, 0],
    ]);
    expect(hasChanges(diffs)).toBe(true);
  });

  it('says when there is no change at all, formatting aside', () => {
    const bold: NoteDoc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Low mood', marks: [{ type: 'bold' }] }] }],
    };
    expect(hasChanges(diffSections({ plan: doc('Low mood') }, { plan: bold }))).toBe(false);
    expect(diffSections({}, {})).toEqual([]);
  });
});

describe('diffSectionsOnce', () => {
  it('works a pair of texts out once, and a new text (a save makes one) afresh', () => {
    const before = { plan: doc('Weekly sessions') };
    const after = { plan: doc('Weekly sessions for three months') };
    const first = diffSectionsOnce(before, after);
    expect(first).toEqual(diffSections(before, after));
    expect(diffSectionsOnce(before, after)).toBe(first);

    const saved = { plan: doc('Fortnightly sessions') };
    const next = diffSectionsOnce(before, saved);
    expect(next).not.toBe(first);
    expect(next).toEqual(diffSections(before, saved));
    expect(diffSectionsOnce(saved, before)).toEqual(diffSections(saved, before));
  });
});
