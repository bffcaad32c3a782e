import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { recordFormatJsonSchema } from '@shared/api/record';

it('the published JSON Schema of the record format is the one the zod schemas make (npm run record-schema)', () => {
  const committed = JSON.parse(
    readFileSync(join(__dirname, '..', '..', '..', 'docs', 'record-format.schema.json'), 'utf8'),
  ) as unknown;
  expect(committed).toEqual(JSON.parse(JSON.stringify(recordFormatJsonSchema())));
});
