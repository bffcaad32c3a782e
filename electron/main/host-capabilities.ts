import { extname } from 'node:path';
import type { z } from 'zod';
import type { ApiError, Result } from '@shared/api/errors';
import {
  HOST_CAPABILITIES,
  HOST_FILE_TYPES,
  HOST_UNSUPPORTED,
  hostMethods,
  isHostCapability,
  MAX_HOST_FILE_BYTES,
  type HostCapability,
  type HostFileType,
  type HostMethods,
  type HostOutput,
} from '@shared/api/host';

/**
 * What the capabilities need from Electron (dialogs, printing, the clipboard, the file system),
 * as plain functions so the rules below run in tests without it. Paths are undefined when the
 * clinician cancels a dialog.
 */
export interface Shell {
  print(): Promise<void>;
  printToPdf(): Promise<Uint8Array>;
  chooseSavePath(suggestedName: string, type: HostFileType): Promise<string | undefined>;
  chooseOpenPath(types: HostFileType[]): Promise<string | undefined>;
  chooseFolder(): Promise<string | undefined>;
  fileSize(path: string): Promise<number>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  reveal(path: string): void;
  writeClipboard(text: string): Promise<void> | void;
  clearClipboard(): void;
}

type Handlers = {
  [C in HostCapability]: (input: z.output<HostMethods[C]['input']>) => Promise<HostOutput<C>> | HostOutput<C>;
};

class Refusal extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

const fail = (error: ApiError): Result<never> => ({ ok: false, error });

function typeOfFile(path: string): HostFileType | undefined {
  const ext = extname(path).slice(1).toLowerCase();
  return (Object.keys(HOST_FILE_TYPES) as HostFileType[]).find((type) =>
    (HOST_FILE_TYPES[type] as readonly string[]).includes(ext),
  );
}

/**
 * Main's side of the host capabilities: every input parsed with its schema, every output
 * checked, every failure a Result with the door's error shape. The app has every capability.
 */
export function createHostDispatch(shell: Shell, log: (message: string, err: unknown) => void) {
  // What the clinician saved or chose in this run: the only paths reveal will show, so a page
  // cannot probe the disk through it.
  const handedOut = new Set<string>();
  const remember = (path: string) => {
    handedOut.add(path);
    return path;
  };

  const handlers: Handlers = {
    'host.capabilities': () => ({ available: [...HOST_CAPABILITIES] }),
    print: async () => {
      await shell.print();
      return {};
    },
    'print.savePdf': async ({ suggestedName }) => {
      const path = await shell.chooseSavePath(suggestedName, 'application/pdf');
      if (!path) return { saved: false };
      await shell.writeFile(path, await shell.printToPdf());
      return { saved: true, path: remember(path) };
    },
    'file.save': async ({ suggestedName, mimeType, dataBase64 }) => {
      const path = await shell.chooseSavePath(suggestedName, mimeType);
      if (!path) return { saved: false };
      await shell.writeFile(path, Buffer.from(dataBase64, 'base64'));
      return { saved: true, path: remember(path) };
    },
    'file.choose': async ({ accept }) => {
      const path = await shell.chooseOpenPath(accept);
      if (!path) return { file: null };
      const mimeType = typeOfFile(path);
      if (!mimeType || !accept.includes(mimeType)) {
        throw new Refusal({
          code: 'VALIDATION',
          reason: 'FILE_TYPE',
          message: 'That kind of file cannot be used here.',
        });
      }
      if ((await shell.fileSize(path)) > MAX_HOST_FILE_BYTES) {
        throw new Refusal({ code: 'VALIDATION', reason: 'TOO_LARGE', message: 'That file is too large.' });
      }
      const bytes = await shell.readFile(path);
      const name = path.split(/[/\\]/).pop() ?? path;
      return { file: { name: name.slice(0, 255), mimeType, dataBase64: Buffer.from(bytes).toString('base64') } };
    },
    'file.chooseSavePath': async ({ suggestedName, mimeType }) => {
      const path = await shell.chooseSavePath(suggestedName, mimeType);
      return { path: path ? remember(path) : null };
    },
    'file.chooseOpenPath': async ({ accept }) => {
      const path = await shell.chooseOpenPath(accept);
      if (path && !accept.includes(typeOfFile(path) as HostFileType)) {
        throw new Refusal({
          code: 'VALIDATION',
          reason: 'FILE_TYPE',
          message: 'That kind of file cannot be used here.',
        });
      }
      return { path: path ?? null };
    },
    'folder.choose': async () => {
      const path = await shell.chooseFolder();
      return { folder: path ? { path: remember(path) } : null };
    },
    'file.reveal': ({ path }) => {
      if (!handedOut.has(path)) {
        throw new Refusal({ code: 'NOT_FOUND', message: 'Trygg can only show files it saved itself.' });
      }
      shell.reveal(path);
      return {};
    },
    'clipboard.write': async ({ text }) => {
      await shell.writeClipboard(text);
      return {};
    },
    'clipboard.clear': () => {
      shell.clearClipboard();
      return {};
    },
  };

  return async function host(capability: string, rawInput: unknown): Promise<Result<unknown>> {
    if (!isHostCapability(capability)) {
      return fail({ code: 'UNKNOWN_METHOD', reason: HOST_UNSUPPORTED, message: `No capability named ${capability}.` });
    }
    const spec = hostMethods[capability];
    const input = spec.input.safeParse(rawInput);
    if (!input.success) {
      return fail({
        code: 'VALIDATION',
        message: 'The request was not valid.',
        issues: input.error.issues.map((issue) => ({
          path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
          message: issue.message,
        })),
      });
    }
    try {
      const handler = handlers[capability] as (input: unknown) => unknown;
      const output = spec.output.safeParse(await handler(input.data));
      if (!output.success) {
        log(`The host answered ${capability} with an output that does not fit its schema.`, output.error);
        return fail({ code: 'INTERNAL', message: 'Trygg could not do that.' });
      }
      return { ok: true, value: output.data };
    } catch (err) {
      if (err instanceof Refusal) return fail(err.error);
      log(`The host capability ${capability} failed.`, err);
      return fail({ code: 'INTERNAL', message: 'Trygg could not do that.' });
    }
  };
}

export type HostDispatch = ReturnType<typeof createHostDispatch>;
