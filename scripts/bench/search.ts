import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { createCore } from '../../electron/core';
import { INDEX_SOURCES } from '../../electron/core/search/index-rebuild';
import { parseQuery, toFtsQuery } from '../../electron/core/search/query-parser';
import { openKeyed } from '../../electron/core/vault/sqlcipher';
import { VAULT_FILE } from '../../electron/core/vault/vault-service';
import { docToPlainText } from '../../shared/notes/plain-text';
import { generateNotes, type GeneratedNote } from '../demo/corpus-generator';
import { populateVault } from '../demo/populate';
import { generateNordicNotes } from './nordic-corpus';
import { ms, percentile, timeEach, type Row } from './stats';

const PASSPHRASE = 'correct horse battery staple fjord';
export const ISSUE_CORPUS_NOTES = 100_000;
const TRIGRAM_SAMPLE_NOTES = 10_000;
const CLIENTS = 400;
/** The issue's targets: p95 under 30 ms, and within 1.5x of raw FTS5's p95 for the same query. */
const withinSearchTargets = (samples: number[], raw: number[]) =>
  percentile(samples, 95) < 30 && percentile(samples, 95) <= 1.5 * percentile(raw, 95);
/** At a million notes the issue asks for less: every row's p95 under 150 ms, all queries' under 100 ms. */
const MILLION_NOTES = 1_000_000;
const MILLION_TARGETS = {
  row: { label: 'p95 < 150 ms', met: (samples: number[]) => percentile(samples, 95) < 150 },
  all: { label: 'p95 < 100 ms', met: (samples: number[]) => percentile(samples, 95) < 100 },
};
const ISSUE_TARGETS = {
  row: { label: '< 30 ms, < 1.5x', met: withinSearchTargets },
  all: { label: '< 30 ms, < 1.5x', met: withinSearchTargets },
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

interface BenchQuery {
  label: string;
  q: string;
  byClient?: boolean;
}

interface BenchCorpus {
  name: string;
  generate: (count: number, clients: number) => Iterable<GeneratedNote>;
  queries: BenchQuery[];
}

/** Tuned on one, checked on the other: the same rows over text built two different ways. */
const CORPORA: BenchCorpus[] = [
  {
    name: 'sentences',
    generate: (count, clients) => generateNotes(count, clients),
    queries: [
      { label: 'single word', q: 'tilknytning' },
      { label: 'prefix', q: 'tilknyt*' },
      { label: 'compound fragment', q: 'mønster' },
      { label: 'phrase', q: '"trygg anknytning"' },
      { label: 'three-word AND', q: 'brudd terapeuten pasienten' },
      { label: 'filtered by client', q: 'terapeuten', byClient: true },
      { label: 'very frequent word', q: 'og' },
      { label: 'two-letter prefix', q: 'ti*' },
    ],
  },
  {
    name: 'Nordic vocabulary',
    generate: (count, clients) => generateNordicNotes(count, clients),
    queries: [
      { label: 'single word', q: 'tilknytning' },
      { label: 'prefix', q: 'tilknyt*' },
      { label: 'compound fragment', q: 'mønster' },
      { label: 'phrase', q: '"trygg tilknytning"' },
      { label: 'three-word AND', q: 'terapeut allianse reparasjon' },
      { label: 'filtered by client', q: 'terapeuten', byClient: true },
      { label: 'very frequent word', q: 'og' },
      { label: 'two-letter prefix', q: 'ti*' },
    ],
  },
];

/** Every search row over each corpus in turn. */
export async function benchSearch(notes: number, rounds = 40): Promise<Row[]> {
  const rows: Row[] = [];
  // TRYGG_BENCH_CORPUS=sentences (or nordic) runs one corpus only: at a million notes each takes long.
  const only = process.env.TRYGG_BENCH_CORPUS?.toLowerCase();
  const chosen = only ? CORPORA.filter((c) => c.name.toLowerCase().startsWith(only)) : CORPORA;
  if (chosen.length === 0) throw new Error(`TRYGG_BENCH_CORPUS=${only} names no corpus: use sentences or nordic`);
  for (const corpus of chosen) rows.push(...(await benchSearchCorpus(corpus, notes, rounds)));
  return rows;
}

/**
 * Search over a generated vault of `notes` notes (about 300 words each on average), against raw
 * FTS5 over an unencrypted copy of the same text, measured in the same run: naive bm25 over every
 * match, with a count, as a search page would do it without care.
 */
async function benchSearchCorpus(corpus: BenchCorpus, notes: number, rounds: number): Promise<Row[]> {
  const QUERIES = corpus.queries;
  const dir = mkdtempSync(join(tmpdir(), 'trygg-bench-search-'));
  try {
    let start = performance.now();
    const { clientIds } = populateVault(dir, PASSPHRASE, { clients: CLIENTS, notes, generate: corpus.generate });
    const populateMs = performance.now() - start;
    const vaultBytes = statSync(join(dir, VAULT_FILE)).size;

    const db = openKeyed(join(dir, VAULT_FILE), PASSPHRASE);
    start = performance.now();
    for (const { fts: t } of INDEX_SOURCES) db.prepare(`INSERT INTO ${t} (${t}) VALUES ('rebuild')`).run();
    const rebuildMs = performance.now() - start;
    const textBytes = db.prepare('SELECT sum(length(CAST(note_text AS BLOB))) FROM sessions').pluck().get() as number;
    const indexSize = db.prepare('SELECT sum(pgsize) FROM dbstat WHERE name LIKE ?').pluck();
    const fullIndexBytes = indexSize.get('notes_fts%') as number;
    const docsIndexBytes = indexSize.get('notes_docs%') as number;
    // What compound matching costs: the vocabulary, held in memory, adds nothing on disk.
    const vocab = db.prepare('SELECT count(*) AS words, sum(length(term)) AS chars FROM notes_vocab').get() as {
      words: number;
      chars: number;
    };
    const indexBytes = fullIndexBytes + docsIndexBytes;
    db.close();

    const plainPath = join(dir, 'raw.sqlite');
    const raw = new Database(plainPath);
    raw.pragma('journal_mode = WAL');
    raw.exec(`CREATE VIRTUAL TABLE raw USING fts5(body, tokenize = "unicode61 remove_diacritics 0")`);
    const insert = raw.prepare('INSERT INTO raw (body) VALUES (?)');
    start = performance.now();
    raw.transaction(() => {
      for (const note of corpus.generate(notes, CLIENTS)) insert.run(docToPlainText(note.doc));
    })();
    const rawBuildMs = performance.now() - start;
    const rawIndexBytes = raw
      .prepare("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'raw%' AND name <> 'raw_content'")
      .pluck()
      .get() as number;
    const rawTop = raw.prepare(
      "SELECT rowid, snippet(raw, 0, char(2), char(3), '…', 24) FROM raw WHERE raw MATCH ? ORDER BY rank LIMIT 20",
    );
    const rawCount = raw.prepare('SELECT count(*) FROM raw WHERE raw MATCH ?').pluck();

    // The other way to find a word inside compounds, a trigram index, measured on a sample.
    const sample = Math.min(notes, TRIGRAM_SAMPLE_NOTES);
    raw.exec(`CREATE VIRTUAL TABLE tri USING fts5(body, tokenize = "trigram")`);
    raw.prepare('INSERT INTO tri (rowid, body) SELECT rowid, body FROM raw WHERE rowid <= ?').run(sample);
    const sampleBytes = raw
      .prepare('SELECT sum(length(CAST(body AS BLOB))) FROM raw WHERE rowid <= ?')
      .pluck()
      .get(sample) as number;
    const trigramBytes = raw
      .prepare("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'tri%' AND name <> 'tri_content'")
      .pluck()
      .get() as number;

    // What this bench has just written (gigabytes at a million notes) goes to disk first, so
    // unlock and the first search are timed on a vault at rest, as a clinician opens it. (It made
    // no difference measured at a million notes: the slow first search there was its audit entry
    // looked up without an index, fixed by migration 12.)
    raw.pragma('wal_checkpoint(TRUNCATE)');
    execFileSync('sync');
    const core = createCore({ dataDir: dir });
    start = performance.now();
    const unlocked = await core.dispatch('vault.unlock', { passphrase: PASSPHRASE });
    if (!unlocked.ok) throw new Error(unlocked.error.message);
    const unlockMs = performance.now() - start;
    // The first search right after unlock, while the reader thread opens and reads the vocabulary.
    start = performance.now();
    const first = await core.dispatch('search.query', { q: QUERIES[0]?.q ?? '' });
    if (!first.ok) throw new Error(first.error.message);
    const firstMs = performance.now() - start;
    const { reader } = await core.settled();
    const settledMs = performance.now() - start;
    const rows: Row[] = [
      {
        benchmark: `corpus "${corpus.name}": ${notes.toLocaleString('en')} notes, ${CLIENTS} clients`,
        figure: `text ${mb(textBytes)}`,
        baseline: '',
        ratio: '',
      },
      {
        benchmark: 'fill the vault (notes + index + audit)',
        figure: ms(populateMs),
        baseline: `raw FTS5 insert ${ms(rawBuildMs)}`,
        ratio: `${(populateMs / rawBuildMs).toFixed(2)}x`,
      },
      {
        benchmark: 'index rebuild (search.rebuild)',
        figure: ms(rebuildMs),
        baseline: `raw FTS5 insert ${ms(rawBuildMs)}`,
        ratio: `${(rebuildMs / rawBuildMs).toFixed(2)}x`,
      },
      {
        benchmark: 'vault size',
        figure: mb(vaultBytes),
        baseline: `text ${mb(textBytes)}`,
        ratio: `${(vaultBytes / textBytes).toFixed(2)}x`,
      },
      { benchmark: 'unlock this vault (key check; page-by-page check skipped above 64 MB)', figure: ms(unlockMs) },
      {
        benchmark: `first search right after unlock (${QUERIES[0]?.q ?? ''}${(first.value as { compoundsPending: boolean }).compoundsPending ? ', whole words; compounds when the word list is read' : ''})`,
        figure: ms(firstMs),
        target: '< 100 ms',
        ...(notes >= ISSUE_CORPUS_NOTES ? { met: firstMs < 100 } : {}),
      },
      {
        benchmark: `unlock -> reader thread ready, vocabulary read (${reader ? 'in the background' : 'no reader'})`,
        figure: ms(settledMs),
      },
      {
        benchmark: `note index size (positions ${mb(fullIndexBytes)} + rowids only ${mb(docsIndexBytes)})`,
        figure: mb(indexBytes),
        baseline: `text ${mb(textBytes)}; raw index ${mb(rawIndexBytes)}`,
        ratio: `${(indexBytes / textBytes).toFixed(2)}x text`,
        target: '< 1x text',
        met: indexBytes < textBytes,
      },
      {
        benchmark: `compound matching: vocabulary in memory (${vocab.words.toLocaleString('en')} words), nothing on disk`,
        // A JS string of n letters and its map entry take about 2n + 60 bytes.
        figure: `~${mb(2 * vocab.chars + 60 * vocab.words)} RAM`,
        baseline: `trigram index ${mb(trigramBytes)} for ${sample.toLocaleString('en')} notes' ${mb(sampleBytes)} of text`,
        ratio: `trigram ${(trigramBytes / sampleBytes).toFixed(2)}x text`,
      },
    ];

    // The latency targets are the issue's, for 100,000 notes and for a million; a quick run on fewer
    // notes is dominated by fixed costs (validation, snippets) that the raw baseline does not pay.
    const judged = notes >= ISSUE_CORPUS_NOTES;
    const targets = notes >= MILLION_NOTES ? MILLION_TARGETS : ISSUE_TARGETS;
    // The client list (the first screen after unlock) over a vault this size.
    const listSamples = await timeEach(rounds, async () => {
      const r = await core.dispatch('clients.list', { sort: 'name' });
      if (!r.ok) throw new Error(r.error.message);
    });
    rows.push({
      benchmark: `list this vault's ${CLIENTS} clients with last session and unsigned notes (p50 / p95)`,
      figure: `${ms(percentile(listSamples, 50))} / ${ms(percentile(listSamples, 95))}`,
    });

    const all: number[] = [];
    const allRaw: number[] = [];
    for (const query of QUERIES) {
      const input = { q: query.q, ...(query.byClient ? { clientId: clientIds[0] } : {}) };
      let total = 0;
      let approximate = false;
      const samples = await timeEach(rounds, async () => {
        const r = await core.dispatch('search.query', input);
        if (!r.ok) throw new Error(r.error.message);
        ({ total, totalApproximate: approximate } = r.value as { total: number; totalApproximate: boolean });
      });
      const match = toFtsQuery(parseQuery(query.q)) as string;
      const rawSamples = await timeEach(rounds, () => {
        rawCount.get(match);
        rawTop.all(match);
      });
      all.push(...samples);
      allRaw.push(...rawSamples);
      rows.push({
        benchmark: `search [${corpus.name}]: ${query.label} (${query.q}) p50 / p95, ${approximate ? 'about ' : ''}${total.toLocaleString('en')} hits`,
        figure: `${ms(percentile(samples, 50))} / ${ms(percentile(samples, 95))}`,
        baseline: `raw ${ms(percentile(rawSamples, 50))} / ${ms(percentile(rawSamples, 95))}`,
        ratio: `${(percentile(samples, 95) / percentile(rawSamples, 95)).toFixed(2)}x`,
        target: targets.row.label,
        ...(judged ? { met: targets.row.met(samples, rawSamples) } : {}),
      });
    }
    rows.push({
      benchmark: `search [${corpus.name}]: all queries p50 / p95`,
      figure: `${ms(percentile(all, 50))} / ${ms(percentile(all, 95))}`,
      baseline: `raw ${ms(percentile(allRaw, 50))} / ${ms(percentile(allRaw, 95))}`,
      ratio: `${(percentile(all, 95) / percentile(allRaw, 95)).toFixed(2)}x`,
      target: targets.all.label,
      ...(judged ? { met: targets.all.met(all, allRaw) } : {}),
    });
    core.close();
    raw.close();
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
