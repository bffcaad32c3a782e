import { afterEach, expect, it, vi } from 'vitest';
import { testCore } from '../../../tests/support/core-client';
import { useTempDirs } from '../../../tests/support/temp-dir';
import { startHostProcess } from '../../../tests/support/web-host-process';

const tempDir = useTempDirs();
afterEach(() => vi.restoreAllMocks());

// Each passphrase carries a word found nowhere else, so any trace of it in any output shows.
const WITH_NUL = 'fjord lantern\u0000NULTAILWORD otter quarry';
const WITH_QUOTES = `O'Brienword "quotedword" fjord lantern quarry`;
const NEXT_WITH_QUOTES = `it's a "nextquoteword" meadow otter velvet`;
const WRONG_WITH_NUL = 'wrong\u0000UNLOCKNULWORD meadow';
const SECRETS = ['NULTAILWORD', "O'Brienword", 'quotedword', 'nextquoteword', 'UNLOCKNULWORD', 'fjord lantern'];

const leaked = (text: string) => SECRETS.filter((s) => text.includes(s));

it('keeps every passphrase out of the host output, NUL and quotes included', async () => {
  const host = await startHostProcess(tempDir());
  let output = '';
  host.child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  host.child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  try {
    const refused = await host.call('vault.create', { passphrase: WITH_NUL });
    expect(refused.error?.code).toBe('VALIDATION');
    expect(JSON.stringify(refused)).toMatch(/control characters/);
    expect((await host.call('vault.create', { passphrase: WITH_QUOTES })).ok).toBe(true);
    await host.call('vault.lock');
    // Once made SQL text, a NUL cut the key short inside an "unrecognized token" error.
    expect((await host.call('vault.unlock', { passphrase: WRONG_WITH_NUL })).error?.code).toBe('WRONG_PASSPHRASE');
    expect((await host.call('vault.unlock', { passphrase: WITH_QUOTES })).ok).toBe(true);
    expect((await host.call('vault.changePassphrase', { current: WITH_QUOTES, next: NEXT_WITH_QUOTES })).ok).toBe(true);
    await host.call('vault.lock');
    expect((await host.call('vault.unlock', { passphrase: NEXT_WITH_QUOTES })).ok).toBe(true);
    for (const bad of [WITH_NUL, `${WITH_QUOTES}\n`, 'tab\there meadow otter velvet quarry']) {
      expect((await host.call('vault.changePassphrase', { current: NEXT_WITH_QUOTES, next: bad })).error?.code).toBe(
        'VALIDATION',
      );
    }
  } finally {
    host.child.kill('SIGTERM');
    await host.exited;
  }
  expect(leaked(output)).toEqual([]);
});

it('keeps every passphrase out of the core log and the console', async () => {
  const lines: string[] = [];
  const capture = (...args: unknown[]) =>
    void lines.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(' '));
  for (const method of ['log', 'error', 'warn', 'info', 'debug'] as const)
    vi.spyOn(console, method).mockImplementation(capture);
  const c = testCore(tempDir(), undefined, { log: (message, err) => capture(message, err) });
  await c.fails('vault.create', { passphrase: WITH_NUL });
  await c.ok('vault.create', { passphrase: WITH_QUOTES });
  await c.ok('vault.lock');
  await c.fails('vault.unlock', { passphrase: WRONG_WITH_NUL });
  await c.ok('vault.unlock', { passphrase: WITH_QUOTES });
  await c.ok('vault.changePassphrase', { current: WITH_QUOTES, next: NEXT_WITH_QUOTES });
  await c.fails('vault.changePassphrase', { current: WRONG_WITH_NUL, next: NEXT_WITH_QUOTES });
  c.close();
  expect(leaked(lines.join('\n'))).toEqual([]);
});
