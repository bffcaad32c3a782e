import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The import boundaries of DESIGN.md, shown to fail where they should. The probes are not files
 * on disk, so they are linted without type information (the promise rules need it and are
 * checked by their configuration below).
 */
const eslint = new ESLint({
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
});

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result?.messages.filter((m) => m.ruleId === 'no-restricted-imports').length ?? 0;
}

describe('import boundaries', () => {
  it.each([
    ['electron/core/probe.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/core/probe.ts', "import { x } from '../../renderer/src/x';\nexport const a = x;\n"],
    ['electron/core/vault/probe.ts', "import { x } from '../../web/server';\nexport const a = x;\n"],
    ['shared/probe.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
    ['shared/probe.ts', "import { x } from '../electron/core/index';\nexport const a = x;\n"],
    ['shared/probe.ts', "import { useState } from 'react';\nexport const a = useState;\n"],
    ['renderer/src/probe.ts', "import { readFileSync } from 'fs';\nexport const a = readFileSync;\n"],
    ['renderer/src/probe.ts', "import { createCore } from '../../electron/core';\nexport const a = createCore;\n"],
    ['renderer/src/probe.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['electron/preload/probe.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
    ['electron/preload/probe.ts', "import { createCore } from '../core';\nexport const a = createCore;\n"],
    ['electron/preload/probe.ts', "import { x } from '../main/window';\nexport const a = x;\n"],
    ['electron/main/probe.ts', "import { x } from '../web/server';\nexport const a = x;\n"],
    ['electron/main/probe.ts', "import { x } from '../../renderer/src/x';\nexport const a = x;\n"],
    ['electron/web/probe.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/web/probe.ts', "import { x } from '../main/core-relay';\nexport const a = x;\n"],
  ])('refuses %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(1);
  });

  it.each([
    [
      'shared/probe.ts',
      "import { z } from 'zod';\nimport { contract } from './api/contract';\nexport const a = [z, contract];\n",
    ],
    [
      'electron/core/probe.ts',
      "import { join } from 'node:path';\nimport { contract } from '@shared/api/contract';\nexport const a = [join, contract];\n",
    ],
    [
      'renderer/src/probe.ts',
      "import { useState } from 'react';\nimport { contract } from '@shared/api/contract';\nexport const a = [useState, contract];\n",
    ],
    [
      'electron/preload/probe.ts',
      "import { contextBridge } from 'electron';\nimport { CALL_CHANNEL } from '../main/ipc-channel';\nexport const a = [contextBridge, CALL_CHANNEL];\n",
    ],
    [
      'electron/main/probe.ts',
      "import { app } from 'electron';\nimport { createCore } from '../core';\nexport const a = [app, createCore];\n",
    ],
    [
      'electron/web/probe.ts',
      "import { createServer } from 'node:http';\nimport { createCore } from '../core';\nexport const a = [createServer, createCore];\n",
    ],
  ])('allows %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(0);
  });
});

describe('promise rules', () => {
  const plain = new ESLint();
  it.each([
    'renderer/src/main.tsx',
    'electron/core/index.ts',
    'electron/main/index.ts',
    'electron/web/server.ts',
    'scripts/bench/run.ts',
    'e2e/vault.spec.ts',
  ])('no-floating-promises and no-misused-promises are errors in %s', async (file) => {
    const config = (await plain.calculateConfigForFile(file)) as { rules: Record<string, unknown[]> };
    expect(config.rules['@typescript-eslint/no-floating-promises']?.[0]).toBe(2);
    expect(config.rules['@typescript-eslint/no-misused-promises']?.[0]).toBe(2);
  });
});
