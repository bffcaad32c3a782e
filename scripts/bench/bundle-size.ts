import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, type Row } from './stats';

const RENDERER = join(__dirname, '..', '..', 'out', 'renderer');
const TARGET_BYTES = 400 * 1024;

/** The JavaScript the first screen loads: the entry script and its module preloads, gzipped. */
export function initialScripts(html: string): string[] {
  const scripts = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ];
  return [...new Set(scripts.map((m) => m[1] as string))];
}

export function benchBundleSize(): Row[] {
  const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
  const files = initialScripts(html);
  if (files.length === 0) throw new Error('No script found in out/renderer/index.html: run npm run build first.');
  let raw = 0;
  let gzipped = 0;
  for (const file of files) {
    const bytes = readFileSync(join(RENDERER, file));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  return [
    {
      benchmark: `initial renderer JS, gzipped (${files.length} file${files.length === 1 ? '' : 's'})`,
      figure: kb(gzipped),
      baseline: `${kb(raw)} raw`,
      ratio: `${((gzipped / TARGET_BYTES) * 100).toFixed(0)}% of target`,
      target: '< 400 KB',
      met: gzipped < TARGET_BYTES,
    },
  ];
}
