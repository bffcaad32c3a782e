import { z } from 'zod';
import { allianceRatingSchema } from './alliance';
import { auditEntrySchema } from './audit';
import { clientSchema } from './clients';
import { idSchema, isoDateTime } from './common';
import { documentMetaSchema } from './documents';
import { evidenceSchema } from './evidence';
import { formulationSectionsSchema, formulationVersionMetaSchema } from './formulations';
import { hypothesisSchema } from './hypotheses';
import { ruptureSchema } from './ruptures';
import { addendumSchema, sessionSchema } from './sessions';

/**
 * A client's whole record as one archive (right of access, moving practice): record.json with
 * every entity, the documents as files, summary.pdf where it can be made, and manifest.json with
 * the format version and a SHA-256 of every other file. The format is published as a JSON Schema
 * (docs/record-format.schema.json, and GET /rpc) generated from these schemas.
 */
export const RECORD_FORMAT = 'trygg-client-record';
export const RECORD_FORMAT_VERSION = 1;
export const RECORD_FILE = 'record.json';
export const MANIFEST_FILE = 'manifest.json';
export const SUMMARY_FILE = 'summary.pdf';
export const DOCUMENTS_FOLDER = 'documents/';
/** The case summary as a PDF is at most this large (a 300-session summary is a few MB). */
export const MAX_SUMMARY_PDF_BYTES = 50 * 1024 * 1024;
/** What the manifest says when summary.pdf could not be made where the record was exported. */
export const SUMMARY_NOT_MADE =
  'summary.pdf is not in this archive: it could not be made where the record was exported (Trygg in a web browser cannot make a PDF). Open the client\u2019s case summary in Trygg to print one.';

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestSchema = z.object({
  format: z.literal(RECORD_FORMAT),
  formatVersion: z.number().int().min(1),
  createdAt: isoDateTime,
  /** Every file of the archive but this one, with its size and SHA-256. */
  files: z.array(z.object({ path: z.string().min(1).max(300), bytes: z.number().int().min(0), sha256: sha256Schema })),
  /**
   * Whether the case summary is in the archive as summary.pdf (then listed in `files` like any
   * file). Only a browser engine makes the PDF: the desktop app includes it; an export from the
   * web host does not, and says why in `note`. Absent in archives written before it existed.
   */
  summaryPdf: z.object({ included: z.boolean(), note: z.string().max(500).optional() }).optional(),
});
export type RecordManifest = z.infer<typeof manifestSchema>;

export const recordSessionSchema = sessionSchema.omit({ addenda: true, revision: true }).extend({
  /** The note as plain text, beside its editor JSON (`doc`). */
  text: z.string(),
  addenda: z.array(addendumSchema),
});

export const recordSchema = z.object({
  format: z.literal(RECORD_FORMAT),
  formatVersion: z.literal(RECORD_FORMAT_VERSION),
  exportedAt: isoDateTime,
  /** Where it came from, so importing the same client twice can be told apart from a copy. */
  source: z.object({ clientId: idSchema }),
  client: clientSchema,
  sessions: z.array(recordSessionSchema),
  /** Each document's bytes are the archive file `documents/<id>`. */
  documents: z.array(documentMetaSchema),
  formulation: z.object({
    revision: z.number().int().min(0),
    updatedAt: isoDateTime.nullable(),
    sections: formulationSectionsSchema,
  }),
  formulationVersions: z.array(formulationVersionMetaSchema.extend({ sections: formulationSectionsSchema })),
  hypotheses: z.array(hypothesisSchema),
  /** Passages of notes linked as evidence; `position` is where the passage was when exported. */
  evidence: z.array(evidenceSchema),
  alliance: z.array(allianceRatingSchema),
  ruptures: z.array(ruptureSchema),
  /** The client's audit log, oldest first. */
  audit: z.array(auditEntrySchema),
});
export type ClientRecord = z.infer<typeof recordSchema>;

/** An absolute path of the machine the core runs on. */
const absolutePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), {
    message: 'Give an absolute path.',
  });

/** A PDF as base64: within the size limit, and starting as every PDF does (`%PDF-`). */
const summaryPdfBase64 = z
  .base64()
  .min(8)
  .max(Math.ceil(MAX_SUMMARY_PDF_BYTES / 3) * 4, 'The case summary PDF is too large.')
  .refine((b64) => {
    try {
      return atob(b64.slice(0, 8)).startsWith('%PDF-');
    } catch {
      return false;
    }
  }, 'The case summary is not a PDF.');

export const recordMethods = {
  /**
   * Writes the client's whole record to `path` (absolute, must not exist), streamed, and answers
   * when it is written, with job progress meanwhile.
   */
  'export.client': {
    input: z.strictObject({
      clientId: idSchema,
      path: absolutePath,
      /**
       * The client's case summary as a PDF (base64), for summary.pdf in the archive: made by the
       * desktop app's main process, which prints the summary page (a browser cannot).
       */
      summaryPdfBase64: summaryPdfBase64.optional(),
    }),
    output: z.object({
      path: z.string(),
      bytes: z.number().int().min(0),
      files: z.number().int().min(1),
      /** Whether summary.pdf is in the archive. */
      summaryPdf: z.boolean(),
    }),
  },
  /**
   * Imports an archive written by export.client into this vault, all or nothing, after checking
   * every hash and the schema. The same client again is refused unless `asCopy`.
   */
  'import.client': {
    input: z.strictObject({ path: absolutePath, asCopy: z.boolean().optional() }),
    output: z.object({ clientId: idSchema }),
  },
} as const;

/**
 * The published format: JSON Schemas of record.json and manifest.json, generated from the schemas
 * above (committed as docs/record-format.schema.json, served by GET /rpc).
 */
export function recordFormatJsonSchema(): Record<string, unknown> {
  const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'output', unrepresentable: 'any' });
  return {
    $comment: `${RECORD_FORMAT} version ${RECORD_FORMAT_VERSION}: a ZIP archive of ${RECORD_FILE}, ${MANIFEST_FILE}, ${DOCUMENTS_FOLDER}<document id> and, where it could be made, ${SUMMARY_FILE}.`,
    format: RECORD_FORMAT,
    formatVersion: RECORD_FORMAT_VERSION,
    record: schema(recordSchema),
    manifest: schema(manifestSchema),
  };
}
