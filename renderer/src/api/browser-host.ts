import type { ApiError, Result } from '@shared/api/errors';
import type {
  HOST_UNSUPPORTED as Unsupported,
  HostCapability,
  HostFileType,
  HostInput,
  HostOutput,
  MAX_HOST_FILE_BYTES as MaxBytes,
} from '@shared/api/host';

// Repeated from shared/api/host.ts (typed against it) so the renderer's bundle stays free of zod.
const HOST_UNSUPPORTED: typeof Unsupported = 'HOST_UNSUPPORTED';
const MAX_HOST_FILE_BYTES: typeof MaxBytes = 52_428_800;
const EXTENSIONS = {
  'application/pdf': ['.pdf'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'application/zip': ['.zip'],
} as const satisfies Record<HostFileType, readonly string[]>;

type Handlers = { [C in HostCapability]?: (input: HostInput<C>) => Promise<HostOutput<C>> | HostOutput<C> };

class Refusal extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode(...bytes) overflows the stack on megabytes.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// The File System Access API, where the browser has it (Chromium); typed here, as the DOM lib lacks it.
interface SaveFilePicker {
  showSaveFilePicker?: (options: {
    suggestedName: string;
    types: Array<{ accept: Record<string, readonly string[]> }>;
  }) => Promise<{ createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }> }>;
}

const isAbort = (err: unknown) => err instanceof DOMException && err.name === 'AbortError';

function download(bytes: Uint8Array<ArrayBuffer>, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has taken its copy once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function chooseFile(accept: readonly HostFileType[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = [...accept, ...accept.flatMap((type) => EXTENSIONS[type])].join(',');
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/**
 * The browser's equivalents of the app's host capabilities, on the web host. A browser has no
 * path to reveal, cannot hand the core a folder to write to, and prints to PDF only through its
 * own print dialog, so those three are absent (`host.capabilities` leaves them out).
 */
const handlers: Handlers = {
  print: () => {
    window.print();
    return {};
  },
  'file.save': async ({ suggestedName, mimeType, dataBase64 }) => {
    const bytes = fromBase64(dataBase64);
    const picker = (window as unknown as SaveFilePicker).showSaveFilePicker;
    if (!picker) {
      // Where the browser saves it is its own setting; it asks no question we could hear answered.
      download(bytes, suggestedName, mimeType);
      return { saved: true };
    }
    try {
      const handle = await picker({ suggestedName, types: [{ accept: { [mimeType]: EXTENSIONS[mimeType] } }] });
      const writable = await handle.createWritable();
      await writable.write(new Blob([bytes], { type: mimeType }));
      await writable.close();
      return { saved: true };
    } catch (err) {
      if (isAbort(err)) return { saved: false };
      throw err;
    }
  },
  'file.choose': async ({ accept }) => {
    const file = await chooseFile(accept);
    if (!file) return { file: null };
    const mimeType = accept.find((type) => type === file.type);
    if (!mimeType) {
      throw new Refusal({ code: 'VALIDATION', reason: 'FILE_TYPE', message: 'That kind of file cannot be used here.' });
    }
    if (file.size > MAX_HOST_FILE_BYTES) {
      throw new Refusal({ code: 'VALIDATION', reason: 'TOO_LARGE', message: 'That file is too large.' });
    }
    return { file: { name: file.name, mimeType, dataBase64: toBase64(new Uint8Array(await file.arrayBuffer())) } };
  },
  'clipboard.write': async ({ text }) => {
    await navigator.clipboard.writeText(text);
    return {};
  },
  'clipboard.clear': async () => {
    await navigator.clipboard.writeText('');
    return {};
  },
};

/** What this browser can do; the clipboard needs a secure context (127.0.0.1 is one). */
function available(): HostCapability[] {
  const present: HostCapability[] = ['host.capabilities', 'print', 'file.save', 'file.choose'];
  if (typeof navigator !== 'undefined' && navigator.clipboard) present.push('clipboard.write', 'clipboard.clear');
  return present;
}
handlers['host.capabilities'] = () => ({ available: available() });

/** Runs one capability in the page, with the same Result shape as the app's main process. */
export async function browserHost(capability: string, input: unknown): Promise<Result<unknown>> {
  const handler = (available() as string[]).includes(capability)
    ? (handlers[capability as HostCapability] as ((input: unknown) => unknown) | undefined)
    : undefined;
  if (!handler) {
    return {
      ok: false,
      error: {
        code: 'UNKNOWN_METHOD',
        reason: HOST_UNSUPPORTED,
        message: `${capability} is not available in the browser.`,
      },
    };
  }
  try {
    return { ok: true, value: await handler(input) };
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, error: err.error };
    return {
      ok: false,
      error: { code: 'INTERNAL', message: err instanceof Error ? err.message : 'The browser could not do that.' },
    };
  }
}
