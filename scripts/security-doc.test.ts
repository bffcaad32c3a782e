import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// SECURITY.md points at the lines that do each thing; a moved or deleted line should not go unnoticed.
const ROOT = join(__dirname, '..');
const doc = readFileSync(join(ROOT, 'SECURITY.md'), 'utf8');
const references = [...doc.matchAll(/`([\w./-]+\.(?:ts|mjs|html|json)):(\d+)`/g)].map(([, path, line]) => ({
  path: path!,
  line: Number(line),
}));

/** What each checklist line must still say. */
const EXPECTED: Record<string, RegExp> = {
  'electron/main/window.ts:15': /contextIsolation: true/,
  'electron/main/window.ts:16': /sandbox: true/,
  'electron/main/window.ts:17': /nodeIntegration: false/,
  'electron/main/window.ts:18': /webSecurity: true/,
  'electron/main/window.ts:19': /webviewTag: false/,
  'electron/main/window.ts:22': /spellcheck: false/,
  'electron/main/window.ts:24': /devTools: !app\.isPackaged/,
  'electron/main/window.ts:30': /loadURL\(RENDERER_URL\)/,
  'electron/main/index.ts:25': /enableSandbox/,
  'electron/main/index.ts:44': /coreEnvironment/,
  'electron/main/security.ts:15': /GRANTED = 'clipboard-sanitized-write'/,
  'electron/main/security.ts:23': /setPermissionRequestHandler/,
  'electron/main/security.ts:26': /onBeforeRequest/,
  'electron/main/security.ts:31': /setWindowOpenHandler/,
  'electron/main/renderer-protocol.ts:11': /registerSchemesAsPrivileged/,
  'electron/main/core-env.ts:44': /packaged/,
  'electron/web/server.ts:34': /HOST_LIMITS/,
  'electron/web/server.ts:196': /listen\(.*LOOPBACK/,
  'electron/core/vault/sqlcipher.ts:63': /secure_delete = ON/,
};

describe('SECURITY.md’s references to the code', () => {
  it('name files and lines that exist', () => {
    expect(references.length).toBeGreaterThan(20);
    for (const { path, line } of references) {
      expect(existsSync(join(ROOT, path)), path).toBe(true);
      const lines = readFileSync(join(ROOT, path), 'utf8').split('\n');
      expect(line, `${path}:${line}`).toBeLessThanOrEqual(lines.length);
    }
  });

  it.each(Object.entries(EXPECTED))('%s still says what it is cited for', (reference, pattern) => {
    const [path, line] = reference.split(':') as [string, string];
    expect(readFileSync(join(ROOT, path), 'utf8').split('\n')[Number(line) - 1]).toMatch(pattern);
  });
});
