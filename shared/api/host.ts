import { z } from 'zod';

/**
 * What only the shell can do: print, save as PDF, choose a file or folder, reveal a file, write
 * and clear the clipboard. Electron main serves these in the app, the browser's own equivalents
 * on the web host; the core never prints or opens a dialog. Not every host has every capability:
 * `host.capabilities` says which are here, so the UI can hide the rest. Answers have the door's
 * Result shape; a capability this host lacks answers UNKNOWN_METHOD with reason HOST_UNSUPPORTED.
 */

export const HOST_CAPABILITIES = [
  'host.capabilities',
  'print',
  'print.savePdf',
  'file.save',
  'file.choose',
  'file.chooseSavePath',
  'file.chooseOpenPath',
  'folder.choose',
  'file.reveal',
  'clipboard.write',
  'clipboard.clear',
] as const;
export type HostCapability = (typeof HOST_CAPABILITIES)[number];

/** The files a dialog may offer or save, with the extensions a native dialog filters by. */
export const HOST_FILE_TYPES = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'application/zip': ['zip'],
} as const;
export type HostFileType = keyof typeof HOST_FILE_TYPES;
const fileTypeSchema = z.enum(Object.keys(HOST_FILE_TYPES) as [HostFileType, ...HostFileType[]]);

/** Large enough for any document the vault keeps (25 MB) and a printed summary. */
export const MAX_HOST_FILE_BYTES = 52_428_800; // 50 MiB, a literal so the renderer can repeat it checked
const MAX_HOST_BASE64_LENGTH = Math.ceil(MAX_HOST_FILE_BYTES / 3) * 4;

/** A file name to suggest in a save dialog: a name, never a path. */
const suggestedName = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\]/.test(name) && name !== '.' && name !== '..', 'A file name, not a path.');

/** A path the host handed out itself (a saved file, a chosen folder); only the app has them. */
const hostPath = z.string().min(1).max(4096);

const saved = z.object({
  /** False when the clinician cancelled the dialog. */
  saved: z.boolean(),
  /** Where it went, in the app (for `file.reveal`); browsers do not tell. */
  path: hostPath.optional(),
});
const empty = z.object({});

export const hostMethods = {
  'host.capabilities': {
    input: z.strictObject({}),
    output: z.object({ available: z.array(z.enum(HOST_CAPABILITIES)) }),
  },
  /** The print dialog for the page as it is (its print stylesheet applies). */
  print: { input: z.strictObject({}), output: empty },
  /** The page as a PDF, saved where the clinician chooses (Electron's printToPDF). */
  'print.savePdf': { input: z.strictObject({ suggestedName }), output: saved },
  /** Bytes the renderer holds (a document's copy), saved where the clinician chooses. */
  'file.save': {
    input: z.strictObject({
      suggestedName,
      mimeType: fileTypeSchema,
      dataBase64: z.base64().max(MAX_HOST_BASE64_LENGTH),
    }),
    output: saved,
  },
  /** One file the clinician picks, read whole; null when they cancel. */
  'file.choose': {
    input: z.strictObject({ accept: z.array(fileTypeSchema).min(1).max(10) }),
    output: z.object({
      file: z.object({ name: z.string().max(255), mimeType: fileTypeSchema, dataBase64: z.string() }).nullable(),
    }),
  },
  /**
   * Where the core may write a file it makes itself (a client's record archive), chosen in a save
   * dialog; null when they cancel. Only the app has paths; a browser downloads instead.
   */
  'file.chooseSavePath': {
    input: z.strictObject({ suggestedName, mimeType: fileTypeSchema }),
    output: z.object({ path: hostPath.nullable() }),
  },
  /** A file the core reads itself (a record archive to import); null when they cancel. App only. */
  'file.chooseOpenPath': {
    input: z.strictObject({ accept: z.array(fileTypeSchema).min(1).max(10) }),
    output: z.object({ path: hostPath.nullable() }),
  },
  /** A folder the core may write to (backups); null when they cancel. */
  'folder.choose': { input: z.strictObject({}), output: z.object({ folder: z.object({ path: hostPath }).nullable() }) },
  /** Shows a file this host saved, in the system's file manager. */
  'file.reveal': { input: z.strictObject({ path: hostPath }), output: empty },
  'clipboard.write': { input: z.strictObject({ text: z.string().max(1_000_000) }), output: empty },
  /** Empties the clipboard, so copied record text does not stay there. */
  'clipboard.clear': { input: z.strictObject({}), output: empty },
} as const satisfies Record<HostCapability, { input: z.ZodType; output: z.ZodType }>;

export type HostMethods = typeof hostMethods;
export type HostInput<C extends HostCapability> = z.input<HostMethods[C]['input']>;
export type HostOutput<C extends HostCapability> = z.output<HostMethods[C]['output']>;

export function isHostCapability(name: string): name is HostCapability {
  return Object.hasOwn(hostMethods, name);
}

/** The reason an absent capability answers with, so the UI can tell it from a failure. */
export const HOST_UNSUPPORTED = 'HOST_UNSUPPORTED';
