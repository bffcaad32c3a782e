// npm run security:scan: Electronegativity (Doyensec's Electron security scanner) over the desktop
// app's sources: main, the preload and the page's HTML. Its command line exits 0 whatever it finds,
// and its CSV is written by two unawaited writes that race (the header can land over the first
// finding, or truncate them all), so this runs its runner in-process and reads the findings it
// returns, the same ones its CSV and SARIF hold. It fails on any finding of medium severity or
// above that SECURITY.md does not explain by check id and location (a row `| CHECK_ID |
// path:line | why |` under "Electronegativity"), and on any file the scanner could not parse.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runner = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'runner.js');
const SCANNED = ['electron/main', 'electron/preload', 'renderer/index.html', 'package.json'];
const BLOCKING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

if (!existsSync(runner)) {
  console.log('Security scan skipped: @doyensec/electronegativity is not installed (npm install installs it).');
  process.exit(0);
}

/** `CHECK_ID path:line` for every row of SECURITY.md's table of explained findings. */
function explained() {
  const text = readFileSync(join(root, 'SECURITY.md'), 'utf8');
  const keys = new Set();
  for (const match of text.matchAll(/^\|\s*`([A-Z0-9_]+)`\s*\|\s*`([^`]+)`\s*\|/gm))
    keys.add(`${match[1]} ${match[2]}`);
  return keys;
}

// A copy of only what is scanned, so the scanner never walks node_modules, out/ or the tests.
const work = mkdtempSync(join(tmpdir(), 'trygg-scan-'));
try {
  for (const path of SCANNED) {
    cpSync(join(root, path), join(work, path), { recursive: true, filter: (source) => !source.endsWith('.test.ts') });
  }
  const electron = createRequire(import.meta.url)(join(root, 'node_modules', 'electron', 'package.json')).version;
  const run = createRequire(import.meta.url)(runner);
  const { issues, errors } = await run({
    input: work,
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: electron,
    parserPlugins: [],
  });
  if (errors.length > 0) {
    console.error('Electronegativity could not read every file:');
    for (const error of errors) console.error(`  ${error.file}: ${error.message ?? error.error ?? String(error)}`);
    process.exit(1);
  }
  const findings = issues.map((issue) => ({
    id: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    where: `${issue.file}:${issue.location.line}`,
    sample: String(issue.sample ?? '').split('\n')[0],
  }));
  const known = explained();
  const blocking = findings.filter((f) => BLOCKING.has(f.severity));
  const unexplained = blocking.filter((f) => !known.has(`${f.id} ${f.where}`));
  const stale = [...known].filter((key) => !blocking.some((f) => `${f.id} ${f.where}` === key));
  console.log(
    `Electronegativity, Electron ${electron}: ${findings.length} findings, ${blocking.length} of medium severity or above, ` +
      `${blocking.length - unexplained.length} of them explained in SECURITY.md.`,
  );
  for (const key of stale) console.log(`  SECURITY.md explains ${key}, which the scanner no longer reports.`);
  if (unexplained.length > 0) {
    console.error('Findings SECURITY.md does not explain (fix the code, or add a row with the check id and location):');
    for (const f of unexplained)
      console.error(`  | \`${f.id}\` | \`${f.where}\` | ${f.severity}/${f.confidence}: ${f.sample}`);
    process.exit(1);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
