import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The import boundaries of DESIGN.md, shown to fail where they should. */
const eslint = new ESLint();

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
  ])('refuses %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(1);
  });

  it.each([
    ['shared/probe.ts', "import { z } from 'zod';\nimport { contract } from './api/contract';\nexport const a = [z, contract];\n"],
    ['electron/core/probe.ts', "import { join } from 'node:path';\nimport { contract } from '@shared/api/contract';\nexport const a = [join, contract];\n"],
    ['renderer/src/probe.ts', "import { useState } from 'react';\nimport { contract } from '@shared/api/contract';\nexport const a = [useState, contract];\n"],
  ])('allows %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(0);
  });
});
