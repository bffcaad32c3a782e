import { describe, expect, it } from 'vitest';
import { backupHealth } from './backup-age';

const NOW = Date.parse('2026-11-27T09:00:00Z');

describe('backupHealth', () => {
  it('is off without a folder, none before the first verified backup', () => {
    expect(backupHealth(null, '2026-11-27T08:00:00Z', 7, NOW)).toBe('off');
    expect(backupHealth('/b', null, 7, NOW)).toBe('none');
  });

  it('warns once the last verified backup is older than the setting', () => {
    expect(backupHealth('/b', '2026-11-20T09:00:00Z', 7, NOW)).toBe('fresh');
    expect(backupHealth('/b', '2026-11-20T08:59:00Z', 7, NOW)).toBe('stale');
    expect(backupHealth('/b', '2026-11-26T09:00:00Z', 1, NOW)).toBe('fresh');
  });
});
