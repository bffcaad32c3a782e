import { buildIfStale } from '../build-if-stale.mjs';
import { benchAlliance } from './alliance';
import { benchAttachment } from './attachment';
import { benchBackup } from './backup';
import { benchBundleSize } from './bundle-size';
import { benchEditor } from './editor';
import { benchFirstPaint } from './first-paint';
import { benchNotes } from './notes';
import { benchRebuild } from './rebuild';
import { benchRecord } from './record';
import { benchRuptureHistory } from './rupture-history';
import { benchSearch, ISSUE_CORPUS_NOTES } from './search';
import { printTable, type Row } from './stats';
import { benchSummary } from './summary';
import { benchUnlock, benchUnlockLongLog } from './unlock';

/** `npm run bench`: every figure as measured on this machine, with its same-run baseline. */
async function main(): Promise<void> {
  buildIfStale();
  const rows: Row[] = [];
  const notes = Number(process.env.TRYGG_BENCH_NOTES ?? ISSUE_CORPUS_NOTES);
  // TRYGG_BENCH_NOTES=10000 for a quick run; the issue's corpus is 100,000 notes.
  // TRYGG_BENCH_ONLY=search,record runs only those (the names below).
  const benches: Array<[string, () => Promise<Row[]> | Row[]]> = [
    ['unlock', benchUnlock],
    ['unlock-long-log', () => benchUnlockLongLog(notes)],
    ['first-paint', benchFirstPaint],
    ['notes', benchNotes],
    ['editor', benchEditor],
    ['summary', benchSummary],
    ['attachment', benchAttachment],
    ['rupture-history', benchRuptureHistory],
    ['bundle-size', benchBundleSize],
    ['rebuild', benchRebuild],
    ['record', benchRecord],
    ['search', () => benchSearch(notes)],
    ['alliance', () => benchAlliance(notes)],
    ['backup', () => benchBackup(notes)],
  ];
  const only = process.env.TRYGG_BENCH_ONLY?.split(',').map((name) => name.trim());
  const unknown = only?.filter((name) => !benches.some(([known]) => known === name)) ?? [];
  if (unknown.length > 0) {
    throw new Error(
      `TRYGG_BENCH_ONLY names no benchmark ${unknown.join(', ')}: use ${benches.map(([n]) => n).join(', ')}`,
    );
  }
  for (const [name, bench] of benches) if (!only || only.includes(name)) rows.push(...(await bench()));
  printTable(rows);
  const missed = rows.filter((r) => r.met === false);
  if (missed.length > 0) {
    console.error(
      `\nTargets missed in this run:\n${missed.map((r) => `- ${r.benchmark}: ${r.figure} (target ${r.target})`).join('\n')}`,
    );
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
