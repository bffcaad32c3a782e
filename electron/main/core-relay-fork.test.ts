import { EventEmitter } from 'node:events';
import { expect, it, vi } from 'vitest';

const forks: Array<{ script: string; options: Record<string, unknown> }> = [];
vi.mock('electron', () => ({
  utilityProcess: {
    fork: (script: string, _args: string[], options: Record<string, unknown>) => {
      forks.push({ script, options });
      return Object.assign(new EventEmitter(), { postMessage: () => undefined, kill: () => true });
    },
  },
}));
const { CoreRelay } = await import('./core-relay');

it('starts the core through the helper that may load unsigned libraries when main asks (macOS, developing)', () => {
  new CoreRelay({ scriptPath: 'core.js', env: {}, log: () => undefined, allowLoadingUnsignedLibraries: true }).start();
  new CoreRelay({ scriptPath: 'core.js', env: {}, log: () => undefined }).start();
  expect(forks.map((fork) => fork.options.allowLoadingUnsignedLibraries)).toEqual([true, false]);
});
