import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { MethodInput, MethodName } from '../../shared/api/contract';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium';
import { callThroughPage } from '../../e2e/fixtures/page-rpc';
import { docToPlainText } from '../../shared/notes/plain-text';
import { corpusWords, longNote } from './corpus';
import { openWebHostPage } from './spawn-server';
import { ms, percentile, type Row } from './stats';

const PASSPHRASE = 'correct horse battery staple fjord';
const SESSIONS = 300;
/** A full session note of a working clinician: about a page of text. */
const NOTE_WORDS = 400;
const WEEK = 7 * 86_400_000;

type Call = <T>(method: MethodName, input: unknown) => Promise<T>;

/** Calls through the page's own door, as the e2e journeys do: whatever the page does to reach the core, this does too. */
function pageCaller(page: Page): Call {
  return async <T>(method: MethodName, input: unknown) => {
    const result = await callThroughPage(page, method, input as MethodInput<typeof method>);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  };
}

/** One client with 300 signed sessions of full notes (every tenth with an addendum), a formulation and hypotheses. */
async function prepareRecord(call: Call): Promise<{ clientId: string; texts: string[] }> {
  const vocabulary = corpusWords();
  const client = await call<{ id: string }>('clients.create', { name: 'Benchmark Klient', pseudonym: 'BK-300' });
  const texts: string[] = [];
  const start = Date.parse('2020-01-06T09:00:00.000Z');
  for (let i = 0; i < SESSIONS; i++) {
    // Each note starts elsewhere in the corpus, so no two are the same text.
    const doc = longNote(NOTE_WORDS, [...vocabulary.slice((i * 97) % vocabulary.length), ...vocabulary]);
    texts.push(docToPlainText(doc));
    const session = await call<{ id: string }>('sessions.create', {
      clientId: client.id,
      startsAt: new Date(start + i * WEEK).toISOString(),
      doc,
    });
    await call('sessions.sign', { id: session.id });
    if (i % 10 === 0) {
      const addendum = longNote(60, vocabulary.slice(i));
      texts.push(docToPlainText(addendum));
      await call('sessions.addAddendum', { id: session.id, doc: addendum });
    }
  }
  await call('formulations.save', {
    clientId: client.id,
    revision: 0,
    sections: { presentingProblems: longNote(120, vocabulary), plan: longNote(60, vocabulary.slice(500)) },
  });
  for (const [date, anxiety, avoidance, pattern] of [
    ['2020-02-01', 6, 2, 'anxious'],
    ['2021-06-01', 4.5, 3, 'anxious'],
    ['2024-09-01', 3, 2.5, 'secure'],
  ] as const) {
    await call('hypotheses.create', { clientId: client.id, date, anxiety, avoidance, pattern, confidence: 'moderate' });
  }
  return { clientId: client.id, texts };
}

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

/**
 * From opening the summary's address on a freshly loaded app to the PDF's bytes: reading the
 * record from the vault, drawing it chunk by chunk, the lazy charts, and Chromium's layout and print.
 */
async function timeSummaryPdf(page: Page, clientId: string): Promise<{ ms: number; pages: number }> {
  await page.evaluate(() => (window.location.hash = '#/clients'));
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  const start = performance.now();
  await page.evaluate((hash) => (window.location.hash = hash), `#/clients/${clientId}/summary?names=pseudonym`);
  await page.locator('article.case-summary[data-ready="true"]').waitFor({ timeout: 60_000 });
  const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
  return { ms: performance.now() - start, pages: pageCount(pdf) };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);

/** The same text as bare paragraphs in a static page, printed by the same Chromium: what layout and print cost alone. */
async function timeBaselinePdf(page: Page, texts: string[]): Promise<{ ms: number; pages: number }> {
  const html = `<!doctype html><meta charset="utf-8"><body style="font: 10pt/1.4 system-ui">${texts
    .map((t) => `<h3>Session</h3><p>${escapeHtml(t)}</p>`)
    .join('')}</body>`;
  const start = performance.now();
  await page.setContent(html);
  const pdf = await page.pdf({
    printBackground: true,
    format: 'A4',
    margin: { top: '16mm', bottom: '16mm', left: '15mm', right: '15mm' },
  });
  return { ms: performance.now() - start, pages: pageCount(pdf) };
}

/** A case summary of 300 sessions of full notes as a PDF, in Chromium against the built web host. */
export async function benchSummary(rounds = 5): Promise<Row[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'trygg-bench-summary-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  let host: ChildProcess | undefined;
  try {
    const started = await openWebHostPage(browser, dataDir);
    host = started.child;
    const { page } = started;
    await page.getByRole('heading', { level: 1, name: 'Create your vault' }).waitFor();
    const call = pageCaller(page);
    await call('vault.create', { passphrase: PASSPHRASE });
    const { clientId, texts } = await prepareRecord(call);
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();

    const trygg: Array<{ ms: number; pages: number }> = [];
    for (let i = 0; i < rounds; i++) trygg.push(await timeSummaryPdf(page, clientId));
    const bare = await browser.newPage({ locale: 'en-US' });
    const baseline: Array<{ ms: number; pages: number }> = [];
    for (let i = 0; i < rounds; i++) baseline.push(await timeBaselinePdf(bare, texts));

    const p50 = percentile(
      trygg.map((r) => r.ms),
      50,
    );
    const max = Math.max(...trygg.map((r) => r.ms));
    const base = percentile(
      baseline.map((r) => r.ms),
      50,
    );
    return [
      {
        benchmark: `case summary PDF, ${SESSIONS} sessions of full notes (${trygg[0]?.pages ?? 0} pages; p50 / max, ${rounds} runs)`,
        figure: `${ms(p50)} / ${ms(max)}`,
        baseline: `same text, static page ${ms(base)} (${baseline[0]?.pages ?? 0} pages)`,
        ratio: `${(p50 / base).toFixed(2)}x`,
        // Judged on the median: on this shared two-core machine a single run swings by seconds with other work.
        target: 'p50 < 5000 ms',
        met: p50 < 5000,
      },
    ];
  } finally {
    host?.kill();
    await browser.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
