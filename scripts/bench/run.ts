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
import { benchUnlock } from './unlock';

/** `npm run bench`: every figure as measured on this machine, with its same-run baseline. */
async function main(): Promise<void> {
  buildIfStale();
  const rows: Row[] = [];
  rows.push(...(await benchUnlock()));
  rows.push(...(await benchFirstPaint()));
  rows.push(...(await benchNotes()));
  rows.push(...(await benchEditor()));
  rows.push(...(await benchSummary()));
  rows.push(...(await benchAttachment()));
  rows.push(...(await benchRuptureHistory()));
  rows.push(...benchBundleSize());
  rows.push(...(await benchRebuild()));
  rows.push(...(await benchRecord()));
  // TRYGG_BENCH_NOTES=10000 for a quick run; the issue's corpus is 100,000 notes.
  rows.push(...(await benchSearch(Number(process.env.TRYGG_BENCH_NOTES ?? ISSUE_CORPUS_NOTES))));
  rows.push(...(await benchAlliance(Number(process.env.TRYGG_BENCH_NOTES ?? ISSUE_CORPUS_NOTES))));
  rows.push(...(await benchBackup(Number(process.env.TRYGG_BENCH_NOTES ?? ISSUE_CORPUS_NOTES))));
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
