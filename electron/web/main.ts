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
  const core = createCore({
    dataDir,
    log: (message, err) => console.error(message, err),
  });
  const host = await startWebHost({
    dispatch: core.dispatch,
    subscribe: core.subscribe,
    rendererDir: join(__dirname, '../renderer'),
    port,
  });
  console.log(`Trygg is running at ${host.url}`);
  console.log(`Records are kept in ${dataDir}`);

  const stop = () => {
    core.close();
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
