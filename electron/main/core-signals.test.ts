import { EventEmitter } from 'node:events';
import { expect, it, vi } from 'vitest';
import { handleCoreSignals } from './core-signals';

function fakeProcess() {
  return Object.assign(new EventEmitter(), { exit: vi.fn() });
}

it("lets the terminal's Ctrl+C and hang-up pass: the vault stays open until main asks", () => {
  const proc = fakeProcess();
  const close = vi.fn();
  handleCoreSignals(proc, close);
  // With a listener installed, Node does not die of these signals.
  expect(proc.listenerCount('SIGINT')).toBe(1);
  expect(proc.listenerCount('SIGHUP')).toBe(1);
  proc.emit('SIGINT');
  proc.emit('SIGHUP');
  expect(close).not.toHaveBeenCalled();
  expect(proc.exit).not.toHaveBeenCalled();
});

it('closes the vault on SIGTERM (main ending the process), then exits', () => {
  const proc = fakeProcess();
  const order: string[] = [];
  proc.exit.mockImplementation(() => void order.push('exit'));
  handleCoreSignals(proc, () => void order.push('close'));
  proc.emit('SIGTERM');
  expect(order).toEqual(['close', 'exit']);
});

it('exits on SIGTERM even when closing fails', () => {
  const proc = fakeProcess();
  handleCoreSignals(proc, () => {
    throw new Error('disk gone');
  });
  expect(() => proc.emit('SIGTERM')).toThrow('disk gone');
  expect(proc.exit).toHaveBeenCalledWith(0);
});
