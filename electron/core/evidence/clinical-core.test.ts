import { describe, expect, it } from 'vitest';
import { testCore } from '../../../tests/support/core-client';
import { noteDoc } from '../../../tests/support/fixtures';
import { STRONG_PASSPHRASE, hashStoredData, useTempDirs } from '../../../tests/support/temp-dir';

const tempDir = useTempDirs();

async function practice() {
  const dir = tempDir();
  const c = testCore(dir);
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  const client = await c.ok('clients.create', { name: 'Klient Formulering' });
  const other = await c.ok('clients.create', { name: 'Anden Klient' });
  return { dir, c, client, other };
}

const hypothesisOf = (clientId: string, date = '2026-01-15') => ({
  clientId,
  date,
  anxiety: 2.5,
  avoidance: 5.5,
  pattern: 'avoidant' as const,
  confidence: 'moderate' as const,
});

describe('evidence anchored in notes', () => {
  it('finds a passage of a draft again after text is inserted before and after it, and says when it is gone', async () => {
    const { c, client } = await practice();
    const draft = await c.ok('sessions.create', {
      clientId: client.id,
      doc: noteDoc('Hun sagde: jeg klarer mig selv. Så blev hun stille.'),
    });
    const h = await c.ok('hypotheses.create', hypothesisOf(client.id));
    await c.ok('evidence.link', {
      sessionId: draft.id,
      quote: { exact: 'jeg klarer mig selv' },
      hypothesisId: h.id,
      comment: 'Selvtilstrækkelighed',
    });

    const edited = noteDoc(
      'Indledning om ugen.',
      'Hun sagde: jeg klarer mig selv. Så blev hun stille.',
      'Til sidst talte vi om søvn.',
    );
    const saved = await c.ok('sessions.saveNote', { id: draft.id, doc: edited, revision: draft.revision });
    const [moved] = await c.ok('evidence.list', { hypothesisId: h.id });
    const text =
      'Indledning om ugen.\nHun sagde: jeg klarer mig selv. Så blev hun stille.\nTil sidst talte vi om søvn.';
    expect(moved?.position && text.slice(moved.position.start, moved.position.end)).toBe('jeg klarer mig selv');
    expect(moved?.comment).toBe('Selvtilstrækkelighed');

    await c.ok('sessions.saveNote', {
      id: draft.id,
      doc: noteDoc('Indledning om ugen.', 'Så blev hun stille.'),
      revision: saved.revision,
    });
    const [gone] = await c.ok('evidence.list', { hypothesisId: h.id });
    expect(gone?.position).toBeNull();
    expect(gone?.quote.exact).toBe('jeg klarer mig selv');
    c.close();
  });

  it('links a passage of a signed note without changing the note by one byte', async () => {
    const { c, client } = await practice();
    const s = await c.ok('sessions.create', {
      clientId: client.id,
      doc: noteDoc('Han undgik øjenkontakt og talte om arbejdet.'),
    });
    const signed = await c.ok('sessions.sign', { id: s.id });
    const h = await c.ok('hypotheses.create', hypothesisOf(client.id));
    const before = JSON.stringify(await c.ok('sessions.get', { id: s.id }));
    const { id } = await c.ok('evidence.link', {
      sessionId: s.id,
      quote: { exact: 'undgik øjenkontakt' },
      hypothesisId: h.id,
    });
    expect(JSON.stringify(await c.ok('sessions.get', { id: s.id }))).toBe(before);
    expect(signed.signedAt).not.toBeNull();
    expect(await c.ok('evidence.list', { clientId: client.id })).toMatchObject([
      { id, sessionId: s.id, position: { start: 4, end: 22 } },
    ]);
    c.close();
  });

  it('refuses evidence on another client’s note, and a version of another client, writing nothing', async () => {
    const { dir, c, client, other } = await practice();
    const theirs = await c.ok('sessions.create', { clientId: other.id, doc: noteDoc('En anden klients note.') });
    const h = await c.ok('hypotheses.create', hypothesisOf(client.id));
    const version = await c.ok('formulations.recordVersion', { clientId: other.id, name: 'Deres' });
    const before = hashStoredData(dir);
    expect(
      (await c.fails('evidence.link', { sessionId: theirs.id, quote: { exact: 'anden' }, hypothesisId: h.id })).code,
    ).toBe('NOT_FOUND');
    expect((await c.fails('formulations.version', { clientId: client.id, versionId: version.id })).code).toBe(
      'NOT_FOUND',
    );
    expect(hashStoredData(dir)).toEqual(before);
    c.close();
  });

  it('an erased draft takes its evidence with it', async () => {
    let now = new Date('2026-03-01T09:00:00.000Z');
    const dir = tempDir();
    const c = testCore(dir, () => now);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const client = await c.ok('clients.create', { name: 'Klient Kladd' });
    const draft = await c.ok('sessions.create', { clientId: client.id, doc: noteDoc('Kort kladde.') });
    const h = await c.ok('hypotheses.create', hypothesisOf(client.id));
    await c.ok('evidence.link', { sessionId: draft.id, quote: { exact: 'kladde' }, hypothesisId: h.id });
    await c.ok('sessions.delete', { id: draft.id });
    expect(await c.ok('evidence.list', { hypothesisId: h.id })).toEqual([]);
    now = new Date(now.getTime() + 120_000);
    await c.ok('vault.lock');
    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await c.ok('evidence.list', { clientId: client.id })).toEqual([]);
    c.close();
  });
});

describe('formulations', () => {
  it('saves with the revision check, freezes versions, and keeps each version as it was', async () => {
    const { c, client } = await practice();
    expect(await c.ok('formulations.get', { clientId: client.id })).toEqual({
      sections: {},
      revision: 0,
      updatedAt: null,
    });
    const first = await c.ok('formulations.save', {
      clientId: client.id,
      sections: { viewOfSelf: noteDoc('Ikke værd at elske.') },
      revision: 0,
    });
    const v1 = await c.ok('formulations.recordVersion', { clientId: client.id, name: 'Efter udredning' });
    await c.ok('formulations.save', {
      clientId: client.id,
      sections: { viewOfSelf: noteDoc('Måske værd at elske.'), plan: noteDoc('Ugentligt.') },
      revision: first.revision,
    });
    expect(
      (
        await c.fails('formulations.save', {
          clientId: client.id,
          sections: { plan: noteDoc('Gammel fane.') },
          revision: first.revision,
        })
      ).code,
    ).toBe('CONFLICT');

    const now = await c.ok('formulations.get', { clientId: client.id });
    expect(now.revision).toBe(2);
    expect(Object.keys(now.sections).sort()).toEqual(['plan', 'viewOfSelf']);
    expect((await c.ok('formulations.version', { clientId: client.id, versionId: v1.id })).sections).toEqual({
      viewOfSelf: noteDoc('Ikke værd at elske.'),
    });
    expect((await c.ok('formulations.versions', { clientId: client.id })).map((v) => v.name)).toEqual([
      'Efter udredning',
    ]);
    c.close();
  });

  it('search finds formulation text and hypothesis rationales, with the kind and the place', async () => {
    const { c, client } = await practice();
    await c.ok('formulations.save', {
      clientId: client.id,
      sections: { coreRelationalPattern: noteDoc('Trækker sig ved afvisning, kernemønsteret gentager sig.') },
      revision: 0,
    });
    const h = await c.ok('hypotheses.create', {
      ...hypothesisOf(client.id),
      rationale: noteDoc('Undgåelse under stress: parforholdet.'),
    });
    const formulation = await c.ok('search.query', { q: 'afvisning', kinds: ['formulation'] });
    expect(formulation.hits).toMatchObject([
      { kind: 'formulation', id: client.id, clientId: client.id, formulationSection: 'coreRelationalPattern' },
    ]);
    expect((await c.ok('search.query', { q: 'mønster' })).hits.map((x) => x.kind)).toContain('formulation');
    const hypothesis = await c.ok('search.query', { q: 'parforholdet', clientId: client.id });
    expect(hypothesis).toMatchObject({ total: 1, hits: [{ kind: 'hypothesis', id: h.id }] });
    expect(await c.ok('search.check')).toEqual({ ok: true, problems: [] });
    c.close();
  });

  it('every change is in the audit log', async () => {
    const { c, client } = await practice();
    const s = await c.ok('sessions.create', { clientId: client.id, doc: noteDoc('Noget at linke.') });
    await c.ok('formulations.save', { clientId: client.id, sections: { plan: noteDoc('Plan.') }, revision: 0 });
    await c.ok('formulations.recordVersion', { clientId: client.id, name: 'V1' });
    const h = await c.ok('hypotheses.create', hypothesisOf(client.id));
    await c.ok('hypotheses.update', { id: h.id, status: 'setAside' });
    const e = await c.ok('evidence.link', { sessionId: s.id, quote: { exact: 'linke' }, hypothesisId: h.id });
    await c.ok('evidence.unlink', { id: e.id });
    const { entries } = await c.ok('audit.list', { clientId: client.id, limit: 6 });
    expect(entries.map((x) => `${x.action} ${x.entity}`)).toEqual([
      'delete evidence',
      'create evidence',
      'update hypothesis',
      'create hypothesis',
      'create formulation',
      'update formulation',
    ]);
    c.close();
  });
});
