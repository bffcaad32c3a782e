import { describe, expect, it } from 'vitest';
import {
  appendTail,
  diedWhileStarting,
  diedWhileStartingMessage,
  signalToForward,
  START_WINDOW_MS,
} from './launch-rules.mjs';

describe('signalToForward', () => {
  const linux = { platform: 'linux', alreadyForwarded: false };

  it('passes on nothing the terminal already delivered to the whole group (Ctrl+C, a closed terminal)', () => {
    expect(signalToForward('SIGINT', linux)).toBeUndefined();
    expect(signalToForward('SIGHUP', linux)).toBeUndefined();
    expect(signalToForward('SIGINT', { ...linux, platform: 'darwin' })).toBeUndefined();
  });

  it('passes a SIGTERM sent to the launcher alone on, once', () => {
    expect(signalToForward('SIGTERM', linux)).toBe('SIGTERM');
    expect(signalToForward('SIGTERM', { ...linux, alreadyForwarded: true })).toBeUndefined();
  });

  it('never on Windows, where passing a signal on kills the child outright', () => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      expect(signalToForward(signal, { platform: 'win32', alreadyForwarded: false })).toBeUndefined();
    }
  });
});

describe('diedWhileStarting', () => {
  const soon = { elapsedMs: 800, stopRequested: false };

  it('a crash soon after launch (a FATAL line and SIGTRAP, or exit 1) falls back to the web host', () => {
    expect(diedWhileStarting({ ...soon, code: null, signal: 'SIGTRAP' })).toBe(true);
    expect(diedWhileStarting({ ...soon, code: 1, signal: null })).toBe(true);
  });

  it('a quick exit 0 is a success (a second copy handing over to the first)', () => {
    expect(diedWhileStarting({ ...soon, code: 0, signal: null })).toBe(false);
  });

  it('an exit the clinician asked for, or one long after start, is passed through', () => {
    expect(diedWhileStarting({ ...soon, code: 1, signal: null, stopRequested: true })).toBe(false);
    expect(diedWhileStarting({ code: 1, signal: null, elapsedMs: START_WINDOW_MS + 1, stopRequested: false })).toBe(
      false,
    );
  });
});

describe("Electron's last words", () => {
  it('keeps the last lines of stderr across chunks', () => {
    let tail = '';
    for (let i = 1; i <= 30; i++) tail = appendTail(tail, `line ${i}\n`, 3);
    expect(tail).toBe('line 28\nline 29\nline 30\n');
    expect(appendTail('FATAL:setuid_sandbox_h', 'ost.cc(163)] The SUID sandbox', 3)).toBe(
      'FATAL:setuid_sandbox_host.cc(163)] The SUID sandbox',
    );
  });

  it('holds at most maxChars, however long a line', () => {
    expect(appendTail('', 'x'.repeat(10_000), 12, 100)).toHaveLength(100);
  });

  it('shows them under the reason', () => {
    const message = diedWhileStartingMessage({
      code: null,
      signal: 'SIGTRAP',
      tail: '[1:FATAL:setuid_sandbox_host.cc(163)] The SUID sandbox helper binary was found\n',
    });
    expect(message).toContain('stopped by SIGTRAP');
    expect(message).toContain('  | [1:FATAL:setuid_sandbox_host.cc(163)] The SUID sandbox helper binary was found');
    expect(diedWhileStartingMessage({ code: 1, signal: null, tail: '' })).not.toContain('last words');
  });
});
