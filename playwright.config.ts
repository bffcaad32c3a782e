import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/chromium';

// Journeys run against the built web host (npm run build) in Debian's Chromium, one at a time:
// each starts its own host on a fresh data directory.
export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    // The app follows the browser's language until one is chosen; the journeys start in English.
    locale: 'en-US',
    trace: 'retain-on-failure',
  },
});
