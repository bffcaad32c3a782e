import { join } from 'node:path';
import { createCore } from '../core';
import { dataDirFromEnv } from './data-dir';
import { startWebHost } from './server';

/** Entry of `npm run web`: the core and the renderer on loopback, for browsers and tests. */
async function main(): Promise<void> {
  const dataDir = dataDirFromEnv();
  const port = process.env.TRYGG_PORT ? Number(process.env.TRYGG_PORT) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`TRYGG_PORT must be a port number, not "${process.env.TRYGG_PORT}".`);
  }
  const fullCheck = process.env.TRYGG_FULL_CHECK_MAX_BYTES;
  const slowChain = process.env.TRYGG_AUDIT_CHAIN_SLOW === '1';
  // Refuses to start (DataDirInUse, printed below) while another Trygg holds this data directory.
  const core = createCore({
    dataDir,
    holder: 'the web host (npm run web)',
    log: (message, err) => console.error(message, err),
    // Only tests set this: "large" vaults, checked in the background after unlock, from this size.
    ...(fullCheck ? { fullCheckMaxBytes: Number(fullCheck) } : {}),
    // Only tests set this: a short audit log checked after unlock, as a long one is, and slowly
    // (an entry a second), so the screen shows what it found after showing the app.
    ...(slowChain ? { audit: { chainUnlockRows: 1, chainSliceRows: 1, chainSlicePauseMs: 1000 } } : {}),
  });
  const host = await startWebHost({
    dispatch: core.dispatch,
    subscribe: core.subscribe,
    rendererDir: join(__dirname, '../renderer'),
    port,
  });
  console.log(`Trygg is running at ${host.url}`);
  console.log(`Records are kept in ${dataDir}`);

  let stopping = false;
  // Quit: the vault locks at once; the backup on lock is written and verified before the exit.
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void Promise.allSettled([core.shutdown(), host.close()]).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
