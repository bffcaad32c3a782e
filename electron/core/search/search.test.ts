import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIT_END, HIT_START } from '@shared/api/search';
import type { NoteDoc } from '@shared/notes/doc-schema';
import { corpusParagraphs } from '../../../resources/corpus';
import { testCore } from '../../../tests/support/core-client';
import { noteDoc } from '../../../tests/support/fixtures';
import { insertOldNote, makeOldVault } from '../../../tests/support/old-vault';
import { STRONG_PASSPHRASE, useTempDirs } from '../../../tests/support/temp-dir';
import { openKeyed } from '../vault/sqlcipher';
import { VAULT_FILE } from '../vault/vault-service';

/** One of the texts in resources/corpus as a note, a paragraph per paragraph. */
const seedDoc = (language: 'da' | 'sv' | 'nb'): NoteDoc => noteDoc(...corpusParagraphs(language));

const tempDir = useTempDirs();

/**
 * Every test runs twice: counting on the main connection (small vaults) and on the reader
 * thread (large vaults count there while the main thread ranks).
 */
const MODES = [
  { name: 'counting on the main connection', options: {}, reader: false },
  { name: 'counting on the reader thread', options: { readerMinBytes: 0 }, reader: true },
];

describe.each(MODES)('$name', (mode) => {
  let c: ReturnType<typeof testCore>;
  const seed: Record<'da' | 'sv' | 'nb', string> = { da: '', sv: '', nb: '' };
  let clientId = '';

  beforeAll(async () => {
    c = testCore(tempDir(), undefined, mode.options);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    // The reader thread starts at unlock; wait for it, so its path is the one tested.
    expect(await c.core.settled()).toEqual({ reader: mode.reader });
    clientId = (await c.ok('clients.create', { name: 'Søren Seedsen', pseudonym: 'S-1' })).id;
    for (const lang of ['da', 'sv', 'nb'] as const) {
      seed[lang] = (
        await c.ok('sessions.create', {
          clientId,
          doc: seedDoc(lang),
          startsAt: '2026-01-0' + (Object.keys(seed).indexOf(lang) + 1) + 'T10:00:00Z',
        })
      ).id;
    }
  });
  afterAll(() => c.close());

  const noteFor = async (clientId: string, text: string) =>
    (await c.ok('sessions.create', { clientId, doc: noteDoc(text) })).id;
  const sessionsFor = async (q: string, extra: object = {}) =>
    (await c.ok('search.query', { q, kinds: ['note'], ...extra })).hits.map((h) => h.sessionId);

  describe('with the three corpus texts (resources/corpus) stored as notes', () => {
    it('mønster: the Norwegian text using the word first, then the Danish one with tilknytningsmønster', async () => {
      expect(await sessionsFor('mønster')).toEqual([seed.nb, seed.da]);
    });
    it('tilknytningsmønstre: the Danish text only', async () => {
      expect(await sessionsFor('tilknytningsmønstre')).toEqual([seed.da]);
    });
    it('alliansebrudd: the Norwegian text only', async () => {
      expect(await sessionsFor('alliansebrudd')).toEqual([seed.nb]);
    });
    it('"trygg anknytning": the Swedish text only', async () => {
      expect(await sessionsFor('"trygg anknytning"')).toEqual([seed.sv]);
    });
    it('tilbaketrekk*: the Norwegian text only', async () => {
      expect(await sessionsFor('tilbaketrekk*')).toEqual([seed.nb]);
    });
    it('anknytning -oxytocin: nothing, since the one text about anknytning mentions oxytocin', async () => {
      expect(await sessionsFor('anknytning')).toEqual([seed.sv]);
      expect(await sessionsFor('anknytning -oxytocin')).toEqual([]);
    });
    it('counts every match: whole words, compounds, phrases, prefixes, exclusions and OR', async () => {
      const total = async (q: string) => (await c.ok('search.query', { q, kinds: ['note'] })).total;
      expect(await total('mønster')).toBe(2);
      expect(await total('brudd')).toBe(1);
      expect(await total('"trygg anknytning"')).toBe(1);
      expect(await total('tilbaketrekk*')).toBe(1);
      expect(await total('anknytning')).toBe(1);
      expect(await total('anknytning -oxytocin')).toBe(0);
      expect(await total('alliansebrudd OR oxytocin')).toBe(2);
    });
    it('brudd finds alliansebrudd inside the compound, below whole-word hits', async () => {
      const { hits } = await c.ok('search.query', { q: 'brudd', kinds: ['note'] });
      expect(hits.map((h) => h.sessionId)).toEqual([seed.nb]);
      expect(hits[0]?.score).toBeGreaterThan(1_000_000);
    });
    it('OR unites, and every hit carries a snippet with its matches marked', async () => {
      expect((await sessionsFor('alliansebrudd OR oxytocin')).sort()).toEqual([seed.nb, seed.sv].sort());
      const { hits } = await c.ok('search.query', { q: 'alliansebrudd' });
      expect(hits[0]?.snippet).toMatch(new RegExp(`${HIT_START}alliansebrudd${HIT_END}`, 'i'));
      expect(hits[0]?.terms).toEqual(['alliansebrudd']);
    });
    it('finds the client by name or code, and filters by client, date and kind', async () => {
      const { hits } = await c.ok('search.query', { q: 'seedsen' });
      expect(hits.map((h) => [h.kind, h.id])).toEqual([['client', clientId]]);
      expect((await c.ok('search.query', { q: 's-1', kinds: ['client'] })).total).toBe(1);
      expect((await c.ok('search.query', { q: 'seeds*', kinds: ['client'] })).hits.map((h) => h.id)).toEqual([
        clientId,
      ]);
      const renamed = await c.ok('clients.create', { name: 'Quirinus Zyxwort' });
      expect((await c.ok('search.query', { q: 'zyxw*' })).hits.map((h) => h.id)).toEqual([renamed.id]);
      const other = await c.ok('clients.create', { name: 'Annen Person' });
      expect(await sessionsFor('alliansebrudd', { clientId: other.id })).toEqual([]);
      expect(await sessionsFor('mønster', { from: '2026-01-03', to: '2026-01-03' })).toEqual([seed.nb]);
      expect(await sessionsFor('mønster', { to: '2026-01-01' })).toEqual([seed.da]);
    });
  });

  describe('inflections', () => {
    it('a word finds its stem as a word too, below its own hits', async () => {
      const id = (await c.ok('clients.create', { name: 'Stamme Test' })).id;
      const whole = await noteFor(id, 'Pasienten ringte i går.');
      const stem = await noteFor(id, 'En ny pasient på venteliste.');
      const plural = await noteFor(id, 'Pasienter i gruppen.');
      const found = await sessionsFor('pasienten', { clientId: id });
      expect(found[0]).toBe(whole);
      expect(found.slice(1).sort()).toEqual([stem, plural].sort());
      expect((await c.ok('search.query', { q: 'pasienten', clientId: id })).total).toBe(3);
    });
  });

  describe('letters of their own', () => {
    it('keeps å, ä and ö apart from a and o, and folds case', async () => {
      const id = (await c.ok('clients.create', { name: 'Bokstav Test' })).id;
      const far = await noteFor(id, 'Hennes far kom.');
      const faar = await noteFor(id, 'Hun FÅR hjelp.');
      const halsa = await noteFor(id, 'Ont i halsen, ont i halsa');
      const halsa2 = await noteFor(id, 'Psykisk hälsa');
      expect(await sessionsFor('får', { clientId: id })).toEqual([faar]);
      expect(await sessionsFor('far', { clientId: id })).toEqual([far]);
      expect(await sessionsFor('hälsa', { clientId: id })).toEqual([halsa2]);
      expect(await sessionsFor('HALSA', { clientId: id })).toEqual([halsa]);
    });
  });

  describe('any query a person can type is accepted', () => {
    const nasty = [
      '',
      '   ',
      '"',
      '""',
      '"unbalanced quote',
      '*',
      '**',
      'NEAR(',
      'NEAR(a b',
      'a OR',
      'OR',
      '-',
      '-alliansebrudd',
      'AND NOT',
      '(',
      ')',
      '^',
      ':',
      'note_text:brudd',
      "'; DROP TABLE sessions; --",
      '" OR 1=1 --',
      '😀🙈 tilknytning 🫶',
      '🦊',
      'x'.repeat(5000),
      'brudd '.repeat(800),
      '\u0000\u0002\u0003',
      'a*b*c',
      '{brudd}',
      '+brudd',
    ];
    it.each(nasty.map((q) => [q.slice(0, 40), q]))('%s', async (_label, q) => {
      const result = await c.core.dispatch('search.query', { q });
      expect(result.ok, JSON.stringify(result).slice(0, 200)).toBe(true);
    });

    it('never fails, for any string (property test)', async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 60 }), async (q) => {
          const result = await c.core.dispatch('search.query', { q });
          return result.ok;
        }),
        { numRuns: 300 },
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.constantFrom('"', '*', '-', 'OR', 'AND', 'NOT', 'NEAR(', '(', ')', ':', '^', 'brudd', 'mønster', ' '),
            { maxLength: 12 },
          ),
          async (parts) =>
            (await c.core.dispatch('search.query', { q: parts.join('') })).ok &&
            (await c.core.dispatch('search.query', { q: parts.join(' ') })).ok,
        ),
        { numRuns: 300 },
      );
    });
  });

  describe('the index follows every change at once', () => {
    it('edit, sign, amend, delete and restore', async () => {
      const id = (await c.ok('clients.create', { name: 'Endring Test' })).id;
      const s = await c.ok('sessions.create', { clientId: id, doc: noteDoc('Hun nevnte kanarifuglen.') });
      expect(await sessionsFor('kanarifuglen', { clientId: id })).toEqual([s.id]);
      await c.ok('sessions.saveNote', { id: s.id, doc: noteDoc('Hun nevnte undulaten.'), revision: s.revision });
      expect(await sessionsFor('kanarifuglen', { clientId: id })).toEqual([]);
      expect(await sessionsFor('undulaten', { clientId: id })).toEqual([s.id]);
      // A compound typed a moment ago is found at once, too.
      expect(await sessionsFor('undulat', { clientId: id })).toEqual([s.id]);
      await c.ok('sessions.sign', { id: s.id });
      expect(await sessionsFor('undulaten', { clientId: id })).toEqual([s.id]);
      const addendum = await c.ok('sessions.addAddendum', { id: s.id, doc: noteDoc('Rettelse: det var en papegøye.') });
      const found = await c.ok('search.query', { q: 'papegøye', clientId: id });
      expect(found.hits.map((h) => [h.kind, h.id, h.sessionId])).toEqual([['addendum', addendum.id, s.id]]);

      const draft = await c.ok('sessions.create', { clientId: id, doc: noteDoc('Kladd om sjiraffen.') });
      expect(await sessionsFor('sjiraffen', { clientId: id })).toEqual([draft.id]);
      const total = async (q: string) => (await c.ok('search.query', { q })).total;
      expect(await total('sjiraffen')).toBe(1);
      await c.ok('sessions.delete', { id: draft.id });
      expect(await sessionsFor('sjiraffen', { clientId: id })).toEqual([]);
      expect(await total('sjiraffen')).toBe(0);
      await c.ok('sessions.restore', { id: draft.id });
      expect(await sessionsFor('sjiraffen', { clientId: id })).toEqual([draft.id]);
      expect(await total('sjiraffen')).toBe(1);
    });

    it('rebuilds and checks the index for recovery', async () => {
      expect(await c.ok('search.check')).toEqual({ ok: true, problems: [] });
      await c.ok('search.rebuild');
      expect(await sessionsFor('alliansebrudd')).toEqual([seed.nb]);
      expect(await c.ok('search.check')).toEqual({ ok: true, problems: [] });
    });
  });

  describe('pagination', () => {
    it('pages through hits with a stable total', async () => {
      const id = (await c.ok('clients.create', { name: 'Side Test' })).id;
      for (let i = 0; i < 7; i++)
        await c.ok('sessions.create', { clientId: id, doc: noteDoc(`Samtale nummer ${i} om søvn.`) });
      const page1 = await c.ok('search.query', { q: 'søvn', clientId: id, limit: 3 });
      const page2 = await c.ok('search.query', { q: 'søvn', clientId: id, limit: 3, offset: 3 });
      const page3 = await c.ok('search.query', { q: 'søvn', clientId: id, limit: 3, offset: 6 });
      expect([page1.total, page2.total, page3.total]).toEqual([7, 7, 7]);
      const ids = [...page1.hits, ...page2.hits, ...page3.hits].map((h) => h.id);
      expect(new Set(ids).size).toBe(7);
    });
  });
});

describe('recovery', () => {
  it('check finds an index out of step with the notes, and rebuild repairs it', async () => {
    const dir = tempDir();
    const c = testCore(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const client = await c.ok('clients.create', { name: 'Gjenopprett Test' });
    const note = await c.ok('sessions.create', { clientId: client.id, doc: noteDoc('Hun snakket om kanarifuglen.') });
    await c.ok('vault.lock');
    // A change the triggers never saw: the text changes, the indexes keep the old words.
    const db = openKeyed(join(dir, VAULT_FILE), STRONG_PASSPHRASE);
    db.exec('DROP TRIGGER notes_fts_au; DROP TRIGGER notes_docs_au;');
    db.prepare("UPDATE sessions SET note_text = 'Hun snakket om papegøyen.' WHERE id = ?").run(note.id);
    db.close();

    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    const checked = await c.ok('search.check');
    expect(checked.ok).toBe(false);
    expect(checked.problems.join('\n')).toMatch(/notes_fts/);
    await c.ok('search.rebuild');
    expect(await c.ok('search.check')).toEqual({ ok: true, problems: [] });
    expect((await c.ok('search.query', { q: 'papegøyen' })).total).toBe(1);
    expect((await c.ok('search.query', { q: 'kanarifuglen' })).total).toBe(0);
    c.close();
  });
});

describe('a vault from before the position-free note index (schema 3)', () => {
  it('gains it on unlock, filled from the notes already there', async () => {
    const dir = tempDir();
    makeOldVault(dir, 3, (db) => insertOldNote(db, 'Alliansebruddet ble reparert.'));
    const c = testCore(dir);
    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect((await c.ok('search.query', { q: 'brudd', kinds: ['note'] })).total).toBe(1);
    expect(await c.ok('search.check')).toEqual({ ok: true, problems: [] });
    c.close();
  });
});
