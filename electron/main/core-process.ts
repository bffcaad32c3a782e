// The core's utility process: the vault and every request run here, off main's thread, because
// better-sqlite3 is synchronous and a long query must never freeze the window.
import type { MessageEvent } from 'electron';
import type { Result } from '@shared/api/errors';
import { createCore } from '../core';
import { coreRequestSchema, type CoreEventMessage, type CoreReply, type CoreRequest } from './core-protocol';
import { CORE_ENV } from './core-env';
import { handleCoreSignals } from './core-signals';

const dataDir = process.env[CORE_ENV.dataDir];
if (!dataDir) {
  console.error(`[core] ${CORE_ENV.dataDir} is not set; main must pass the data directory.`);
  process.exit(1);
}
const nativeBinding = process.env[CORE_ENV.nativeBinding];

function start() {
  try {
    return createCore({
      dataDir: dataDir as string,
      holder: 'the desktop app',
      ...(nativeBinding ? { nativeBinding } : {}),
      log: (message, err) => console.error(`[core] ${message}`, err),
    });
  } catch (err) {
    // Another Trygg (the web host, say) owns this data directory: it names itself in the message.
    console.error(`[core] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
const core = start();

const done: Result<unknown> = { ok: true, value: null };

function internal(message: string): Result<unknown> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

async function answer(request: CoreRequest): Promise<Result<unknown>> {
  switch (request.kind) {
    case 'call':
      // dispatch turns every failure into a Result itself.
      return core.dispatch(request.method, request.input);
    case 'lock':
      try {
        core.lock();
        return done;
      } catch (err) {
        console.error('[core] Locking failed', err);
        return internal('Trygg could not lock the vault.');
      }
    case 'close':
      try {
        // Locks at once; the backup on quit is written and verified before the answer.
        await core.shutdown();
        return done;
      } catch (err) {
        console.error('[core] Closing failed', err);
        return internal('Trygg could not close the vault cleanly.');
      }
  }
}

process.parentPort.on('message', (event: MessageEvent) => {
  const parsed = coreRequestSchema.safeParse(event.data);
  if (!parsed.success) {
    console.error('[core] Ignored a malformed message from main.');
    return;
  }
  void answer(parsed.data).then((result) => {
    const reply: CoreReply = { id: parsed.data.id, result };
    process.parentPort.postMessage(reply);
  });
});

// Locks (whatever their cause) and job progress go to main, which passes them to the window.
core.subscribe((event) => {
  const message: CoreEventMessage = { kind: 'event', event };
  process.parentPort.postMessage(message);
});

// SIGINT and SIGHUP from the terminal are main's to act on; SIGTERM (main's kill()) closes the vault.
handleCoreSignals(process, () => core.close());
