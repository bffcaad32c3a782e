import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../../tests/support/core-client';
import { noteDoc } from '../../../tests/support/fixtures';
import { STRONG_PASSPHRASE, useTempDirs } from '../../../tests/support/temp-dir';
import { openKeyed, type Db } from '../vault/sqlcipher';
import { VAULT_FILE } from '../vault/vault-service';
import { RANK_WINDOW, roundEstimate, SearchRepository } from './search-repository';
import { RANK_BUDGET, SearchService } from './search-service';
import { Vocabulary } from './vocabulary';

const tempDir = useTempDirs();
const NOTES = 60;
/** A scan of ten matches, so sixty notes are far more than the count looks at. */
const SCAN = 10;

/** Every note holds "brudd"; every third the compound "alliansebrudd" too, every fifth only it. */
const textOf = (i: number) =>
  i % 5 === 0
    ? `Notat ${i}: et alliansebrudd i timen.`
    : `Notat ${i}: et brudd${i % 3 === 0 ? ' og et alliansebrudd' : ''} som ble reparert.`;

describe('counting that does not grow with the hits', () => {
  let db: Db;
  let clientId = '';

  beforeAll(async () => {
    const dir = tempDir();
    const c = testCore(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    clientId = (await c.ok('clients.create', { name: 'Telle Test' })).id;
    for (let i = 0; i < NOTES; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String(Math.floor(i / 28) + 1).padStart(2, '0');
      await c.ok('sessions.create', { clientId, doc: noteDoc(textOf(i)), startsAt: `2026-${month}-${day}T10:00:00Z` });
    }
    await c.ok('vault.lock');
    c.close();
    db = openKeyed(join(dir, VAULT_FILE), STRONG_PASSPHRASE);
  });
  afterAll(() => db.close());

  const serviceWith = (scan: number, rankBudget = RANK_BUDGET) =>
    new SearchService(
      () => ({
        search: new SearchRepository(db, RANK_WINDOW, scan),
        vocabulary: new Vocabulary(db),
        transaction: <T>(fn: () => T) => db.transaction(fn)(),
      }),
      () => ({ name: 'Telle Test', pseudonym: '' }),
      undefined,
      rankBudget,
    );

  it('counts exactly while the matches are few, and says so', async () => {
    const result = await serviceWith(1_000).query({ q: 'brudd' });
    expect(result).toMatchObject({ total: NOTES, totalApproximate: false, compoundsPending: false });
  });

  it('beyond the scan, answers an estimate flagged as approximate, and the exact total on request', async () => {
    const service = serviceWith(SCAN);
    const estimated = await service.query({ q: 'brudd' });
    expect(estimated.totalApproximate).toBe(true);
    // Notes are spread evenly over the seq range: the estimate is near the truth.
    expect(estimated.total).toBeGreaterThanOrEqual(NOTES * 0.8);
    expect(estimated.total).toBeLessThanOrEqual(NOTES * 1.2);
    const exact = await service.query({ q: 'brudd', exactTotal: true });
    expect(exact).toMatchObject({ total: NOTES, totalApproximate: false });
  });

  it('estimates under filters too, and never below what it counted or the hits it shows', async () => {
    const service = serviceWith(SCAN);
    const filtered = await service.query({ q: 'brudd', clientId, from: '2026-01-01', to: '2026-12-31' });
    expect(filtered.totalApproximate).toBe(true);
    expect(filtered.total).toBeGreaterThanOrEqual(SCAN);
    const late = await service.query({ q: 'brudd', offset: 40, limit: 20 });
    expect(late.total).toBeGreaterThanOrEqual(40 + late.hits.length);
  });

  it('gives the same pages of hits as exact counting, for every query form', async () => {
    for (const q of ['brudd', 'alliansebrudd', 'bru*', '"et brudd"', 'brudd -reparert', 'notat brudd']) {
      for (const offset of [0, 20, 40]) {
        const approximate = await serviceWith(SCAN).query({ q, offset });
        const exact = await serviceWith(10_000).query({ q, offset, exactTotal: true });
        expect(approximate.hits, `${q} from ${offset}`).toEqual(exact.hits);
      }
    }
  });

  it('ranks by bm25 within its budget, and past it shows the newest matches, whole words still first', async () => {
    const ranked = await serviceWith(1_000).query({ q: 'brudd', limit: 60 });
    // Ranked whole-word hits carry their bm25 relevance above the tier's base; unranked ones none.
    expect(ranked.hits.slice(0, NOTES - NOTES / 5).every((h) => h.score > 1_000_000)).toBe(true);
    const newest = await serviceWith(1_000, 0).query({ q: 'brudd', limit: 60 });
    expect(newest.total).toBe(ranked.total);
    expect(newest.hits.map((h) => h.id).sort()).toEqual(ranked.hits.map((h) => h.id).sort());
    const whole = newest.hits.filter((h) => h.score >= 1_000_000);
    expect(whole.every((h) => h.score === 1_000_000)).toBe(true);
    const compound = newest.hits.filter((h) => h.score < 1_000_000);
    expect([...whole, ...compound]).toEqual(newest.hits);
    for (const tier of [whole, compound]) {
      const dates = tier.map((h) => h.date);
      expect(dates).toEqual([...dates].sort().reverse());
    }
    expect(compound.length).toBe(NOTES / 5);
  });

  it('rounds an estimate to two significant digits', () => {
    expect([7, 99, 123, 37_186, 1_234_567].map(roundEstimate)).toEqual([7, 99, 120, 37_000, 1_200_000]);
  });
});

describe('the first search after unlock, while the word list is read', () => {
  let db: Db;

  beforeAll(async () => {
    const dir = tempDir();
    const c = testCore(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const clientId = (await c.ok('clients.create', { name: 'Tidlig Søk' })).id;
    for (let i = 0; i < 30; i++) await c.ok('sessions.create', { clientId, doc: noteDoc(textOf(i)) });
    await c.ok('vault.lock');
    c.close();
    db = openKeyed(join(dir, VAULT_FILE), STRONG_PASSPHRASE);
  });
  afterAll(() => db.close());

  const serviceOver = (vocabulary: Vocabulary, rankBudget = RANK_BUDGET) =>
    new SearchService(
      () => ({ search: new SearchRepository(db), vocabulary, transaction: <T>(fn: () => T) => db.transaction(fn)() }),
      () => ({ name: 'Tidlig Søk', pseudonym: '' }),
      undefined,
      rankBudget,
    );

  it('keeps bm25 within its budget before the word list is read, counting from the index', async () => {
    const inNotes = db.prepare<[string], number>('SELECT doc FROM notes_vocab WHERE term = ?').pluck();
    const brudd = inNotes.get('brudd') ?? 0;
    expect(brudd).toBeGreaterThan(3);
    const vocabulary = new Vocabulary(db);
    expect(vocabulary.notesHoldingNow(['brudd'], [], 1_000)).toBe(brudd);
    // Past the cap it stops counting: one word was enough to know.
    expect(vocabulary.notesHoldingNow(['brudd', 'brudd', 'brudd'], [], 3)).toBe(brudd);
    expect(vocabulary.notesHoldingNow([], ['brud'], 1_000)).toBeGreaterThanOrEqual(brudd);

    // With a budget smaller than the word's notes, the page while the list loads is the newest
    // whole-word matches, as it is once the list is read.
    void vocabulary.preload(() => new Promise(() => undefined));
    const early = await serviceOver(vocabulary, 3).query({ q: 'brudd', limit: 10 });
    expect(early.compoundsPending).toBe(true);
    const loaded = new Vocabulary(db);
    const late = await serviceOver(loaded, 3).query({ q: 'brudd', limit: 10 });
    expect(late.compoundsPending).toBe(false);
    expect(early.hits.map((h) => h.id)).toEqual(late.hits.slice(0, early.hits.length).map((h) => h.id));
    const dates = early.hits.map((h) => h.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('answers whole words at once; compound hits arrive later below them, nothing shown moves or goes', async () => {
    const vocabulary = new Vocabulary(db);
    let answer: (rows: unknown[][]) => void = () => undefined;
    const reading = vocabulary.preload(() => new Promise((resolve) => (answer = resolve)));
    const service = serviceOver(vocabulary);

    const early = await service.query({ q: 'brudd', limit: 30 });
    expect(early.compoundsPending).toBe(true);
    // Without compounds the total is not final: it says so.
    expect(early.totalApproximate).toBe(true);
    expect(early.hits.length).toBeGreaterThan(0);
    expect(early.hits.every((h) => h.snippet.includes('brudd') && h.score > 1_000_000)).toBe(true);

    answer(db.prepare('SELECT term, doc FROM notes_vocab').raw().all() as unknown[][]);
    await reading;
    const late = await service.query({ q: 'brudd', limit: 30 });
    expect(late).toMatchObject({ compoundsPending: false, totalApproximate: false, total: 30 });
    // The whole-word hits first, in the same order, then the compound-only hits.
    expect(late.hits.slice(0, early.hits.length)).toEqual(early.hits);
    expect(late.hits.length).toBeGreaterThan(early.hits.length);
  });

  it('an exact total waits for the word list', async () => {
    const vocabulary = new Vocabulary(db);
    let answer: (rows: unknown[][]) => void = () => undefined;
    void vocabulary.preload(() => new Promise((resolve) => (answer = resolve)));
    const counting = serviceOver(vocabulary).query({ q: 'brudd', exactTotal: true });
    answer(db.prepare('SELECT term, doc FROM notes_vocab').raw().all() as unknown[][]);
    expect(await counting).toMatchObject({ total: 30, totalApproximate: false, compoundsPending: false });
  });
});
