import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testCore } from '../../../tests/support/core-client';
import { noteDoc, soapDoc } from '../../../tests/support/fixtures';
import { STRONG_PASSPHRASE, useTempDirs } from '../../../tests/support/temp-dir';
import { openKeyed } from '../vault/sqlcipher';
import { VAULT_FILE } from '../vault/vault-service';
import { UNDO_DELETE_MS } from './session-service';

const tempDir = useTempDirs();
let close: (() => void) | undefined;
afterEach(() => close?.());

async function setup(clock?: { now: Date }) {
  const dir = tempDir();
  const c = testCore(dir, clock ? () => new Date(clock.now) : undefined);
  close = c.close;
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  const client = await c.ok('clients.create', { name: 'Birte Fiktiv', pseudonym: 'BF' });
  return { dir, client, ...c };
}

describe('notes', () => {
  it('stores the document and its plain text together', async () => {
    const { ok, client } = await setup();
    const s = await ok('sessions.create', { clientId: client.id, template: 'soap', doc: soapDoc() });
    expect(s.doc).toEqual(soapDoc());
    const list = await ok('sessions.list', { clientId: client.id });
    expect(list[0]?.excerpt).toBe('Subjektivt\nKlienten fortæller om søvnbesvær.\nObjektivt\nRolig, god kontakt');
    expect(list[0]?.words).toBe(9);
  });

  it('refuses a save quoting a stale revision with CONFLICT and keeps the newer text', async () => {
    const { ok, fails, client } = await setup();
    const s = await ok('sessions.create', { clientId: client.id });
    const first = await ok('sessions.saveNote', { id: s.id, doc: noteDoc('Fra vindue A'), revision: s.revision });
    expect(first.revision).toBe(2);
    const stale = await fails('sessions.saveNote', { id: s.id, doc: noteDoc('Fra vindue B'), revision: s.revision });
    expect(stale.code).toBe('CONFLICT');
    expect((await ok('sessions.get', { id: s.id })).doc).toEqual(noteDoc('Fra vindue A'));
    await ok('sessions.saveNote', { id: s.id, doc: noteDoc('Fra vindue A, igen'), revision: first.revision });
  });

  it('makes a signed note final: every change is refused with SIGNED, in the service and in the database', async () => {
    const { dir, ok, fails, client, core } = await setup();
    const s = await ok('sessions.create', { clientId: client.id, doc: noteDoc('Endelig tekst') });
    const signed = await ok('sessions.sign', { id: s.id });
    expect(signed.signedAt).not.toBeNull();
    expect((await fails('sessions.saveNote', { id: s.id, doc: noteDoc('ændret'), revision: 1 })).code).toBe('SIGNED');
    expect((await fails('sessions.update', { id: s.id, durationMinutes: 10 })).code).toBe('SIGNED');
    expect((await fails('sessions.delete', { id: s.id })).code).toBe('SIGNED');
    expect((await fails('sessions.sign', { id: s.id })).code).toBe('SIGNED');
    core.lock();

    const db = openKeyed(join(dir, VAULT_FILE), STRONG_PASSPHRASE);
    expect(() => db.prepare("UPDATE sessions SET note_text = 'x' WHERE id = ?").run(s.id)).toThrow('SIGNED');
    expect(() => db.prepare('DELETE FROM sessions WHERE id = ?').run(s.id)).toThrow('SIGNED');
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow('append-only');
    db.close();
  });

  it('keeps dated addenda under a signed note, each signable once', async () => {
    const { ok, fails, client } = await setup();
    const s = await ok('sessions.create', { clientId: client.id, doc: noteDoc('Original') });
    expect((await fails('sessions.addAddendum', { id: s.id, doc: noteDoc('for tidligt') })).code).toBe('VALIDATION');
    await ok('sessions.sign', { id: s.id });
    const a1 = await ok('sessions.addAddendum', { id: s.id, doc: noteDoc('Rettelse 1') });
    const a2 = await ok('sessions.addAddendum', { id: s.id, doc: noteDoc('Rettelse 2') });
    await ok('sessions.signAddendum', { id: a1.id });
    expect((await fails('sessions.signAddendum', { id: a1.id })).code).toBe('SIGNED');
    const full = await ok('sessions.get', { id: s.id });
    expect(full.doc).toEqual(noteDoc('Original'));
    expect(full.addenda.map((a) => [a.text, a.signedAt !== null])).toEqual([
      ['Rettelse 1', true],
      ['Rettelse 2', false],
    ]);
    expect(full.addenda[1]?.id).toBe(a2.id);
  });

  it('lists unsigned notes with their age, oldest first', async () => {
    const clock = { now: new Date('2026-03-20T10:00:00Z') };
    const { ok, client } = await setup(clock);
    const old = await ok('sessions.create', { clientId: client.id, startsAt: '2026-03-01T09:00:00Z' });
    const recent = await ok('sessions.create', { clientId: client.id, startsAt: '2026-03-19T09:00:00Z' });
    const done = await ok('sessions.create', { clientId: client.id, startsAt: '2026-03-10T09:00:00Z' });
    await ok('sessions.sign', { id: done.id });
    const list = await ok('sessions.unsigned');
    expect(list.map((u) => [u.sessionId, u.ageDays, u.clientPseudonym])).toEqual([
      [old.id, 19, 'BF'],
      [recent.id, 1, 'BF'],
    ]);
  });

  it('deletes a draft with a short undo, then erases it; its documents stay with the client', async () => {
    const clock = { now: new Date('2026-03-20T10:00:00Z') };
    const { ok, fails, client } = await setup(clock);
    const s = await ok('sessions.create', { clientId: client.id, doc: noteDoc('Kladde') });
    await ok('documents.add', {
      clientId: client.id,
      sessionId: s.id,
      fileName: 'brev.pdf',
      mimeType: 'application/pdf',
      dataBase64: Buffer.from('%PDF-1.4 brev').toString('base64'),
    });
    await ok('sessions.delete', { id: s.id });
    expect((await fails('sessions.get', { id: s.id })).code).toBe('NOT_FOUND');
    expect(await ok('sessions.list', { clientId: client.id })).toEqual([]);
    expect((await ok('sessions.restore', { id: s.id })).doc).toEqual(noteDoc('Kladde'));

    await ok('sessions.delete', { id: s.id });
    clock.now = new Date(clock.now.getTime() + UNDO_DELETE_MS + 1);
    expect((await fails('sessions.restore', { id: s.id })).code).toBe('NOT_FOUND');
    // The next delete erases what is past its undo time.
    const other = await ok('sessions.create', { clientId: client.id });
    await ok('sessions.delete', { id: other.id });
    const documents = await ok('documents.list', { clientId: client.id });
    expect(documents.map((a) => [a.fileName, a.sessionId])).toEqual([['brev.pdf', null]]);
    const audit = await ok('audit.list', { clientId: client.id });
    expect(audit.entries.filter((e) => e.entityId === s.id).map((e) => e.action)).toEqual([
      'delete',
      'restore',
      'delete',
      'create',
    ]);
  });

  it('audits creation, edits (one per sitting, not per autosave), signing and addenda', async () => {
    const clock = { now: new Date('2026-03-20T10:00:00Z') };
    const { ok, client } = await setup(clock);
    const s = await ok('sessions.create', { clientId: client.id });
    let revision = s.revision;
    for (let i = 0; i < 5; i++) {
      clock.now = new Date(clock.now.getTime() + 1_000);
      revision = (await ok('sessions.saveNote', { id: s.id, doc: noteDoc(`utkast ${i}`), revision })).revision;
    }
    await ok('sessions.sign', { id: s.id });
    await ok('sessions.addAddendum', { id: s.id, doc: noteDoc('tillegg') });
    const { entries } = await ok('audit.list', { clientId: client.id });
    expect(entries.map((e) => `${e.action} ${e.entity}`).reverse()).toEqual([
      'create client',
      'create session',
      'update session',
      'sign session',
      'addendum addendum',
    ]);
    expect(entries.every((e) => e.actor === 'clinician' && e.clientId === client.id)).toBe(true);
  });
});

describe('clients', () => {
  it('filters as you type and sorts by name, last session or status', async () => {
    const { ok, client } = await setup();
    const ase = await ok('clients.create', { name: 'Åse Fiktiv', status: 'ended', tags: ['sorg'] });
    const anders = await ok('clients.create', { name: 'anders Eksempel', status: 'paused' });
    await ok('sessions.create', { clientId: anders.id, startsAt: '2026-01-02T10:00:00Z' });
    await ok('sessions.create', { clientId: ase.id, startsAt: '2026-02-02T10:00:00Z' });
    const names = async (input: Parameters<typeof ok<'clients.list'>>[1]) =>
      (await ok('clients.list', input)).map((c) => c.name);
    expect(await names({})).toEqual(['anders Eksempel', 'Birte Fiktiv', 'Åse Fiktiv']);
    expect(await names({ sort: 'lastSession' })).toEqual(['Åse Fiktiv', 'anders Eksempel', 'Birte Fiktiv']);
    expect(await names({ sort: 'status' })).toEqual(['Birte Fiktiv', 'anders Eksempel', 'Åse Fiktiv']);
    expect(await names({ query: 'FIKT' })).toEqual(['Birte Fiktiv', 'Åse Fiktiv']);
    expect(await names({ query: 'sorg' })).toEqual(['Åse Fiktiv']);
    expect(await names({ query: 'bf' })).toEqual(['Birte Fiktiv']);
    expect(await names({ status: 'paused' })).toEqual(['anders Eksempel']);
    expect((await ok('clients.get', { id: client.id })).pseudonym).toBe('BF');
  });
});
