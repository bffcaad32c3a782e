import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');
const RENDERER = join(ROOT, 'renderer', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every import statement of a file, with whether it brings in values or only types. */
function imports(source: string): { from: string; typeOnly: boolean }[] {
  const found: { from: string; typeOnly: boolean }[] = [];
  const statement = /^\s*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gms;
  for (const match of source.matchAll(statement)) {
    const [, typeKeyword, clause = '', from = ''] = match;
    // `import { type A, type B }` brings in no value either.
    const names = /^\{([^}]*)\}$/
      .exec(clause.trim())?.[1]
      ?.split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    const allTyped = names !== undefined && names.length > 0 && names.every((n) => n.startsWith('type '));
    found.push({ from, typeOnly: Boolean(typeKeyword) || allTyped });
  }
  return found;
}

describe('the contract constants module', () => {
  it('imports nothing, so the renderer can read it without zod', () => {
    const source = readFileSync(join(__dirname, 'constants.ts'), 'utf8');
    expect(source).not.toMatch(/^\s*import\s/m);
    expect(source).not.toMatch(/\bfrom\s+['"]/);
  });

  it('is where the renderer takes every contract value from (schema modules only for types)', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(RENDERER)) {
      for (const { from, typeOnly } of imports(readFileSync(file, 'utf8'))) {
        if (/^@shared\/api\/(?!constants$)/.test(from) && !typeOnly) offenders.push(`${relative(ROOT, file)}: ${from}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
