import { buildIfStale } from '../build-if-stale.mjs';
import { benchBundleSize } from './bundle-size';
import { benchEditor } from './editor';
import { benchFirstPaint } from './first-paint';
import { benchNotes } from './notes';
import { benchSearch } from './search';
import { printTable, type Row } from './stats';
import { benchUnlock } from './unlock';

/** `npm run bench`: every figure as measured on this machine, with its same-run baseline. */
async function main(): Promise<void> {
  buildIfStale();
  const rows: Row[] = [];
  rows.push(...(await benchUnlock()));
  rows.push(...(await benchFirstPaint()));
  rows.push(...(await benchNotes()));
  rows.push(...(await benchEditor()));
  rows.push(...benchBundleSize());
  // TRYGG_BENCH_NOTES=10000 for a quick run; the corpus is 100,000 notes.
  rows.push(...(await benchSearch(Number(process.env.TRYGG_BENCH_NOTES ?? 100_000))));
  printTable(rows);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
