import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in for Electron's UtilityProcess: records what main posts and lets the test answer.
class FakeChild extends EventEmitter {
  posted: Array<Record<string, unknown>> = [];
  killed = false;
  postMessage(message: Record<string, unknown>): void {
    this.posted.push(message);
  }
  kill(): boolean {
    this.killed = true;
    return true;
  }
  reply(id: unknown, result: unknown): void {
    this.emit('message', { id, result });
  }
}

const children: FakeChild[] = [];
vi.mock('electron', () => ({
  utilityProcess: {
    fork: () => {
      const child = new FakeChild();
      children.push(child);
      return child;
    },
  },
}));

const { CoreRelay } = await import('./core-relay');

const relayed: unknown[] = [];

function startRelay() {
  const relay = new CoreRelay({
    scriptPath: 'core.js',
    env: {},
    log: () => undefined,
    onEvent: (event) => relayed.push(event),
  });
  relay.start();
  return relay;
}

const progress = (state: string) => ({
  type: 'job.progress',
  payload: { jobId: 'j1', kind: 'search.rebuild', done: 5, total: 10, phase: 'notes', state },
});

const last = (): FakeChild => children[children.length - 1]!;

beforeEach(() => {
  children.length = 0;
  relayed.length = 0;
});

describe('CoreRelay', () => {
  it('relays a call and matches the reply by id', async () => {
    const relay = startRelay();
    const answer = relay.call('vault.status', {});
    const sent = last().posted[0]!;
    expect(sent).toMatchObject({ kind: 'call', method: 'vault.status', input: {} });
    last().reply(sent.id, { ok: true, value: { state: 'none' } });
    await expect(answer).resolves.toEqual({ ok: true, value: { state: 'none' } });
  });

  it('ignores malformed replies', async () => {
    const relay = startRelay();
    const answer = relay.call('vault.status', {});
    const { id } = last().posted[0]!;
    last().emit('message', { id, result: { ok: 'yes' } });
    last().reply(id, { ok: false, error: { code: 'LOCKED', message: 'Locked.' } });
    await expect(answer).resolves.toEqual({ ok: false, error: { code: 'LOCKED', message: 'Locked.' } });
  });

  it('answers in-flight calls in plain words and restarts when the core dies', async () => {
    const relay = startRelay();
    const answer = relay.call('vault.unlock', { passphrase: 'x' });
    last().emit('exit', 9);
    const result = await answer;
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(!result.ok && result.error.message).toMatch(/restarted/);
    expect(children).toHaveLength(2);
  });

  it('stops restarting a core that keeps dying', async () => {
    const relay = startRelay();
    for (let i = 0; i < 4; i++) last().emit('exit', 9);
    expect(children).toHaveLength(4);
    const result = await relay.call('vault.status', {});
    expect(!result.ok && result.error.message).toMatch(/quit Trygg and open it again/);
  });

  it('closes the vault before ending the process, and does not restart it', async () => {
    const relay = startRelay();
    const child = last();
    const closing = relay.close(1000);
    const sent = child.posted[0]!;
    expect(sent.kind).toBe('close');
    child.reply(sent.id, { ok: true, value: null });
    await closing;
    expect(child.killed).toBe(true);
    child.emit('exit', 0);
    expect(children).toHaveLength(1);
  });

  it('ends the process anyway when the core does not answer in time', async () => {
    const relay = startRelay();
    await relay.close(10);
    expect(last().killed).toBe(true);
  });

  it('passes the core’s events on, apart from replies, and drops malformed ones', async () => {
    const relay = startRelay();
    const answer = relay.call('search.rebuild', {});
    const { id } = last().posted[0]!;
    last().emit('message', { kind: 'event', event: progress('running') });
    last().emit('message', { kind: 'event', event: { type: 'vault.exploded', payload: {} } });
    last().emit('message', { kind: 'event', event: { type: 'vault.locked', payload: {} } });
    last().reply(id, { ok: true, value: { rebuilt: [] } });
    await expect(answer).resolves.toEqual({ ok: true, value: { rebuilt: [] } });
    expect(relayed).toEqual([progress('running'), { type: 'vault.locked', payload: {} }]);
  });

  it('tells the window the vault is locked and its jobs failed when the core dies', () => {
    startRelay();
    last().emit('message', { kind: 'event', event: progress('running') });
    last().emit('exit', 9);
    expect(relayed).toEqual([progress('running'), progress('failed'), { type: 'vault.locked', payload: {} }]);
  });

  it('forgets jobs that ended, so a later crash reports only the vault', () => {
    startRelay();
    last().emit('message', { kind: 'event', event: progress('running') });
    last().emit('message', { kind: 'event', event: progress('done') });
    relayed.length = 0;
    last().emit('exit', 9);
    expect(relayed).toEqual([{ type: 'vault.locked', payload: {} }]);
  });
});
