import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCore } from '../../../tests/support/core-client';
import { noteDoc, tinyPdf } from '../../../tests/support/fixtures';
import { decryptEverything } from '../../../tests/support/sqlcipher4-pages';
import { STRONG_PASSPHRASE, useTempDirs } from '../../../tests/support/temp-dir';
import { openKeyed } from '../vault/sqlcipher';
import { VAULT_FILE } from '../vault/vault-service';
import { retentionEnds } from './retention-service';

const tempDir = useTempDirs();

// Strings found nowhere else, one in every place a client's record keeps text. The full-text
// index keeps words folded to lower case, each after the letters it shares with the word before
// it: the traces looked for are the words and their lower-case endings.
const UNIQUE = {
  name: 'Qvistrupzelda',
  pseudonym: 'Kzqvpseudo',
  address: 'Xylofonvejqz',
  email: 'zqmailbox@example.invalid',
  problems: 'Vwqnattesorg',
  tag: 'Jqtagfjord',
  signedNote: 'Zqxhjertesorg',
  draftNote: 'Qzvkladdeord',
  addendum: 'Wqzrettelse',
  formulation: 'Xqzbarndomsby',
  version: 'Qzwversjonnavn',
  rationale: 'Zqvtilknytning',
  evidence: 'Qxwkommentar',
  contribution: 'Vqzmotoverfor',
  reflection: 'Zqwrefleksjon',
  fileName: 'Qzxsamtykke',
  fileText: 'Wzqfilinnhold',
};
const KEPT = 'Lyngbakkeqz';
const traces = (word: string) => [word, word.toLowerCase().slice(-8)];

function readable(dir: string): string {
  const vault = readFileSync(join(dir, VAULT_FILE));
  const walPath = join(dir, `${VAULT_FILE}-wal`);
  const wal = existsSync(walPath) ? readFileSync(walPath) : undefined;
  return decryptEverything(vault, STRONG_PASSPHRASE, wal).toString('latin1');
}

type Core = ReturnType<typeof testCore>;

/** A client with something in every part of the record, most of it signed. */
async function fullRecord(c: Core) {
  const client = await c.ok('clients.create', {
    name: `Vera ${UNIQUE.name}`,
    pseudonym: UNIQUE.pseudonym,
    address: `${UNIQUE.address} 3`,
    email: UNIQUE.email,
    presentingProblems: `Plaget av ${UNIQUE.problems}.`,
    tags: [UNIQUE.tag],
  });
  const signed = await c.ok('sessions.create', {
    clientId: client.id,
    doc: noteDoc(`Hun snakket om ${UNIQUE.signedNote} og om mor.`),
  });
  await c.ok('sessions.sign', { id: signed.id });
  const addendum = await c.ok('sessions.addAddendum', { id: signed.id, doc: noteDoc(`${UNIQUE.addendum}.`) });
  await c.ok('sessions.signAddendum', { id: addendum.id });
  await c.ok('sessions.create', { clientId: client.id, doc: noteDoc(`Utkast: ${UNIQUE.draftNote}.`) });
  await c.ok('documents.add', {
    clientId: client.id,
    sessionId: signed.id,
    fileName: `${UNIQUE.fileName}.pdf`,
    mimeType: 'application/pdf',
    dataBase64: tinyPdf(UNIQUE.fileText).toString('base64'),
  });
  await c.ok('formulations.save', {
    clientId: client.id,
    sections: { predisposing: noteDoc(`Oppvekst i ${UNIQUE.formulation}.`) },
    revision: 0,
  });
  await c.ok('formulations.recordVersion', { clientId: client.id, name: UNIQUE.version });
  const hypothesis = await c.ok('hypotheses.create', {
    clientId: client.id,
    date: '2026-01-10',
    anxiety: 5,
    avoidance: 2,
    pattern: 'anxious',
    confidence: 'moderate',
    rationale: noteDoc(`Tegn på ${UNIQUE.rationale}.`),
  });
  await c.ok('evidence.link', {
    sessionId: signed.id,
    quote: { exact: 'og om mor' },
    hypothesisId: hypothesis.id,
    comment: UNIQUE.evidence,
  });
  await c.ok('alliance.record', { sessionId: signed.id, goal: 5, task: 4, bond: 6, reflection: UNIQUE.reflection });
  await c.ok('ruptures.create', {
    sessionId: signed.id,
    type: 'withdrawal',
    intensity: 2,
    markers: ['wd.minimal'],
    contribution: UNIQUE.contribution,
  });
  return client;
}

describe('erasing a client', () => {
  it('leaves none of their strings in any page of the vault or its WAL, and keeps everyone else', async () => {
    const dir = tempDir();
    const c = testCore(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    await c.ok('settings.update', { practiceCountry: 'NO' });
    const kept = await c.ok('clients.create', { name: `Kari ${KEPT}` });
    await c.ok('sessions.create', { clientId: kept.id, doc: noteDoc(`Om ${KEPT}.`) });
    const client = await fullRecord(c);
    // A search brings the words into the vocabulary; reading the record writes audit entries.
    expect((await c.ok('search.query', { q: UNIQUE.signedNote })).total).toBe(1);
    await c.ok('summary.get', {
      clientId: client.id,
      options: { notes: 'full', names: 'name', contact: true },
    });

    const before = readable(dir);
    for (const word of Object.values(UNIQUE)) expect(before, `${word} before`).toContain(word);
    expect(before).toContain(client.id);

    const result = await c.ok('clients.erase', {
      clientId: client.id,
      confirmName: `Vera ${UNIQUE.name}`,
      override: { reason: 'The client withdrew consent; no retention duty applies (test).' },
    });
    expect(result.rows).toBeGreaterThan(15);

    for (const [moment, text] of [
      ['while unlocked', readable(dir)],
      ['after locking', (await c.ok('vault.lock'), readable(dir))],
    ] as const) {
      expect(text, moment).toContain(KEPT);
      for (const word of Object.values(UNIQUE).flatMap(traces)) expect(text, `${word} ${moment}`).not.toContain(word);
      expect(text, `the client's id ${moment}`).not.toContain(client.id);
    }

    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect((await c.fails('clients.get', { id: client.id })).code).toBe('NOT_FOUND');
    expect((await c.ok('clients.list', {})).map((x) => x.id)).toEqual([kept.id]);
    expect((await c.ok('search.query', { q: UNIQUE.signedNote })).total).toBe(0);
    expect((await c.ok('search.query', { q: KEPT })).total).toBeGreaterThan(0);
    expect(await c.ok('audit.integrity')).toMatchObject({ ok: true, brokenAt: null });
    // The overview walks past the erased client (nothing of theirs is kept in memory).
    expect((await c.ok('overview.get', {})).openRuptures.count).toBe(0);
    c.close();
  });

  it('keeps in the audit log that an erasure happened and why, never whose', async () => {
    const dir = tempDir();
    const c = testCore(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const client = await c.ok('clients.create', { name: 'Tove Slettes' });
    await c.ok('sessions.create', { clientId: client.id, doc: noteDoc('Noe.') });
    const reason = 'Order of the Data Protection Authority, case 2026/77 (test).';
    await c.ok('clients.erase', { clientId: client.id, confirmName: 'Tove Slettes', override: { reason } });
    const { entries } = await c.ok('audit.list', { limit: 50 });
    expect(entries[0]).toMatchObject({ action: 'erase', entity: 'client', entityId: '', clientId: null });
    expect(entries.filter((e) => e.action === 'redacted')).toHaveLength(2); // the client and the session
    expect(JSON.stringify(entries)).not.toContain(client.id);
    expect(JSON.stringify(entries)).not.toContain('Tove');
    const review = await c.ok('retention.review', {});
    expect(review.erasures).toEqual([{ at: entries[0]!.at, override: true, reason }]);

    // The chain still holds at the next unlock, redacted entries and all.
    await c.ok('vault.lock');
    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await c.ok('audit.integrity')).toMatchObject({ ok: true, brokenAt: null });
    c.close();
  });

  it('a redacted entry given content again with another tool breaks the chain at the next unlock', async () => {
    const dir = tempDir();
    const c = testCore(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const client = await c.ok('clients.create', { name: 'Ragna Slettes' });
    await c.ok('sessions.create', { clientId: client.id, doc: noteDoc('Noe.') });
    await c.ok('clients.erase', {
      clientId: client.id,
      confirmName: 'Ragna Slettes',
      override: { reason: 'Erased for the chain test (fictional).' },
    });
    await c.ok('vault.lock');
    const db = openKeyed(join(dir, VAULT_FILE), STRONG_PASSPHRASE);
    let forged: number;
    let next: number;
    try {
      const redacted = db
        .prepare<[], number>("SELECT id FROM audit_log WHERE action = 'redacted' ORDER BY id")
        .pluck()
        .all();
      forged = redacted[0]!;
      next = db.prepare<[number], number>('SELECT min(id) FROM audit_log WHERE id > ?').pluck().get(forged)!;
      db.exec('DROP TRIGGER audit_log_is_append_only_u');
      db.prepare("UPDATE audit_log SET action = 'create', detail = 'forged' WHERE id = ?").run(forged);
    } finally {
      db.close();
    }
    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await c.ok('audit.integrity')).toMatchObject({ ok: false, brokenAt: next });
    c.close();
  });

  it('cannot redact an entry outside an erasure, even by SQL', async () => {
    const dir = tempDir();
    const c = testCore(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const client = await c.ok('clients.create', { name: 'Sigrid Blir' });
    const s = await c.ok('sessions.create', { clientId: client.id, doc: noteDoc('Noe.') });
    await c.ok('sessions.sign', { id: s.id });
    c.close();
    const db = openKeyed(join(dir, VAULT_FILE), STRONG_PASSPHRASE);
    try {
      expect(() =>
        db
          .prepare(
            "UPDATE audit_log SET action = 'redacted', entity = 'client', entity_id = '', client_id = NULL, detail = '', sealed_hash = 'x' WHERE client_id = ?",
          )
          .run(client.id),
      ).toThrow('append-only');
      expect(() => db.prepare('DELETE FROM sessions WHERE id = ?').run(s.id)).toThrow('SIGNED');
    } finally {
      db.close();
    }
  });

  it('is refused inside the retention period without a legal reason, and changes nothing', async () => {
    const dir = tempDir();
    const c = testCore(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    await c.ok('settings.update', { practiceCountry: 'SE' });
    const client = await fullRecord(c);
    const status = await c.ok('retention.status', { clientId: client.id });
    expect(status).toMatchObject({ passed: false, country: 'SE', years: 10 });

    const refused = await c.fails('clients.erase', { clientId: client.id, confirmName: `Vera ${UNIQUE.name}` });
    expect(refused.code).toBe('RETENTION');
    expect(refused.reason).toBe(status.retentionEndsAt);
    expect(refused.message).toMatch(/kept until \d{4}-\d\d-\d\d/);
    const wrongName = await c.fails('clients.erase', {
      clientId: client.id,
      confirmName: 'Vera',
      override: { reason: 'A reason long enough to be one.' },
    });
    expect(wrongName).toMatchObject({ code: 'VALIDATION', reason: 'confirmName' });
    const emptyPseudonym = await c.ok('clients.create', { name: 'Uten Kode' });
    expect(
      await c.fails('clients.erase', {
        clientId: emptyPseudonym.id,
        confirmName: '',
        override: { reason: 'A reason long enough to be one.' },
      }),
    ).toMatchObject({ code: 'VALIDATION', reason: 'confirmName' });

    expect((await c.ok('clients.get', { id: client.id })).name).toBe(`Vera ${UNIQUE.name}`);
    expect(await c.ok('sessions.list', { clientId: client.id })).toHaveLength(2);
    expect((await c.ok('audit.list', { clientId: client.id })).total).toBeGreaterThan(5);
    expect((await c.ok('retention.review', {})).erasures).toEqual([]);
    // Where pseudonyms are shown on screen, the pseudonym confirms as well as the name.
    expect(
      await c.ok('clients.erase', {
        clientId: client.id,
        confirmName: UNIQUE.pseudonym,
        override: { reason: 'A reason long enough to be one.' },
      }),
    ).toMatchObject({ erased: true });
    c.close();
  });

  it('is allowed without a reason once the period since the last entry has passed', async () => {
    let now = new Date('2020-03-02T10:00:00.000Z');
    const dir = tempDir();
    const c = testCore(dir, () => now);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    await c.ok('settings.update', { practiceCountry: 'DK' });
    const old = await c.ok('clients.create', { name: 'Gammel Klient' });
    const s = await c.ok('sessions.create', { clientId: old.id, doc: noteDoc('Sidste samtale.') });
    await c.ok('sessions.sign', { id: s.id });
    now = new Date('2022-06-01T10:00:00.000Z');
    // Time jumps past the idle lock: each jump locks the vault, and the clinician unlocks again.
    const jump = async (to: string) => {
      now = new Date(to);
      await c.ok('vault.status');
      await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    };
    await jump('2022-06-01T10:00:00.000Z');
    const recent = await c.ok('clients.create', { name: 'Nyere Klient' });

    // Five years after the last entry (Denmark), to the minute: not yet, then due.
    await jump('2025-03-02T09:59:00.000Z');
    expect((await c.ok('retention.review', {})).due).toEqual([]);
    // Reading the record does not restart its period; writing to it would.
    await c.ok('sessions.get', { id: s.id });
    await jump('2025-03-02T10:01:00.000Z');
    const review = await c.ok('retention.review', {});
    expect(review).toMatchObject({ country: 'DK', years: 5 });
    expect(review.due.map((d) => d.clientId)).toEqual([old.id]);
    expect(review.due[0]).toMatchObject({ name: 'Gammel Klient', passed: true });
    expect((await c.ok('retention.status', { clientId: recent.id })).passed).toBe(false);

    await c.ok('clients.erase', { clientId: old.id, confirmName: 'Gammel Klient' });
    const after = await c.ok('retention.review', {});
    expect(after.due).toEqual([]);
    expect(after.erasures).toEqual([{ at: now.toISOString(), override: false, reason: '' }]);
    c.close();
  });

  it('takes every table that holds a client id with it (a table added later must join the erasure)', async () => {
    const dir = tempDir();
    const c = testCore(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const client = await fullRecord(c);
    await c.ok('clients.erase', {
      clientId: client.id,
      confirmName: `Vera ${UNIQUE.name}`,
      override: { reason: 'Erased for the completeness test.' },
    });
    c.close();
    const db = openKeyed(join(dir, VAULT_FILE), STRONG_PASSPHRASE);
    try {
      const tables = db
        .prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")
        .pluck()
        .all();
      const checked: string[] = [];
      for (const table of tables) {
        const columns = db.prepare<[], { name: string }>(`PRAGMA table_info("${table}")`).all();
        for (const { name } of columns) {
          const count = db
            .prepare<[string], number>(`SELECT count(*) FROM "${table}" WHERE CAST("${name}" AS TEXT) = ?`)
            .pluck()
            .get(client.id);
          expect(count, `${table}.${name}`).toBe(0);
        }
        if (columns.some((col) => col.name === 'client_id')) checked.push(table);
      }
      expect(checked.length).toBeGreaterThanOrEqual(10);
      expect(db.prepare('SELECT count(*) FROM erasure_gate').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});

describe('retention settings', () => {
  it('default to the country’s period and refuse one shorter than its law asks', async () => {
    const c = testCore(tempDir());
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const client = await c.ok('clients.create', { name: 'Land Klient' });
    for (const [country, years] of [
      ['DK', 5],
      ['NO', 10],
      ['SE', 10],
      ['other', 10],
    ] as const) {
      await c.ok('settings.update', { practiceCountry: country, retentionYears: null });
      expect(await c.ok('retention.status', { clientId: client.id })).toMatchObject({ country, years });
    }
    await c.ok('settings.update', { practiceCountry: 'DK', retentionYears: 7 });
    expect((await c.ok('retention.status', { clientId: client.id })).years).toBe(7);
    expect(await c.fails('settings.update', { retentionYears: 4 })).toMatchObject({
      code: 'VALIDATION',
      reason: 'retentionMin:5',
    });
    expect(await c.fails('settings.update', { practiceCountry: 'SE' })).toMatchObject({ reason: 'retentionMin:10' });
    expect(await c.ok('settings.get')).toMatchObject({ practiceCountry: 'DK', retentionYears: 7 });
    await c.ok('settings.update', { practiceCountry: 'NO', retentionYears: 2 });
    expect((await c.ok('retention.status', { clientId: client.id })).years).toBe(2);
    c.close();
  });

  it('end on the same day and time so many years on, and never early from 29 February', () => {
    expect(retentionEnds('2021-05-04T08:30:00.000Z', 5).toISOString()).toBe('2026-05-04T08:30:00.000Z');
    expect(retentionEnds('2024-02-29T12:00:00.000Z', 1).toISOString()).toBe('2025-03-01T12:00:00.000Z');
    expect(retentionEnds('2024-02-29T12:00:00.000Z', 4).toISOString()).toBe('2028-02-29T12:00:00.000Z');
  });
});
