// `npm run record-schema`: writes the published JSON Schema of the client record archive from the
// zod schemas (shared/api/record.ts). A test fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordFormatJsonSchema } from '../../shared/api/record';

export const RECORD_SCHEMA_FILE = join(__dirname, '..', '..', 'docs', 'record-format.schema.json');

writeFileSync(RECORD_SCHEMA_FILE, `${JSON.stringify(recordFormatJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${RECORD_SCHEMA_FILE}`);
