import { expect, it } from 'vitest';
import { allowUnsignedLibraries } from './unsigned-libraries';

it('lets the core load the locally built SQLite module on macOS while developing', () => {
  expect(allowUnsignedLibraries('darwin', false)).toBe(true);
});

it('keeps library validation in a packaged app, and asks nothing elsewhere (the flag is macOS-only)', () => {
  expect(allowUnsignedLibraries('darwin', true)).toBe(false);
  expect(allowUnsignedLibraries('linux', false)).toBe(false);
  expect(allowUnsignedLibraries('win32', false)).toBe(false);
});
