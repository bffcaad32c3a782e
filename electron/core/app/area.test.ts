import { expect, it } from 'vitest';
import { combineAreas, defineArea, type Area } from './area';

const stub = () => ({ state: 'locked' as const });

it('refuses a method that two areas serve', () => {
  const a = defineArea({ name: 'a', handlers: { 'vault.status': stub } });
  const b = defineArea({ name: 'b', handlers: { 'vault.status': stub } });
  const areas = [a, b] as readonly Area<never>[];
  // The areas typed loosely, as a mistake would reach here at run time.
  expect(() => (combineAreas as (x: readonly Area<never>[]) => unknown)(areas)).toThrow(
    'vault.status is served by both the a and the b area.',
  );
});

it('refuses to start when a method of the contract has no area', () => {
  const only = defineArea({ name: 'vault', handlers: { 'vault.status': stub } });
  expect(() => (combineAreas as (x: readonly Area<never>[]) => unknown)([only])).toThrow(
    /^No area serves .*vault\.unlock/,
  );
});
