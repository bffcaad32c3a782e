import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { populateVault } from './populate';
import { populateAlliance } from './populate-alliance';

/**
 * `npm run demo`: a vault of fictional clients and sessions to try Trygg with. It never touches
 * your own vault: it writes to .demo-vault/ (or --dir) and refuses a folder that has a vault.
 */
const DEMO_PASSPHRASE = 'demo lantern otter quarry meadow';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: join(__dirname, '..', '..', '.demo-vault') },
    clients: { type: 'string', default: '40' },
    notes: { type: 'string', default: '800' },
  },
});
const dir = resolve(values.dir);
if (existsSync(join(dir, 'vault.trygg'))) {
  console.error(`There is already a vault in ${dir}. Remove that folder first, or pass --dir.`);
  process.exit(1);
}
const clients = Number(values.clients);
const notes = Number(values.notes);
populateVault(dir, DEMO_PASSPHRASE, { clients, notes });
const alliance = populateAlliance(dir, DEMO_PASSPHRASE, { rated: 0.9, srsClients: 0.5, ruptureRate: 0.05 });
console.log(`Made a demo vault with ${clients} fictional clients and ${notes} session notes in ${dir},`);
console.log(`with ${alliance.ratings} alliance ratings and ${alliance.ruptures} ruptures.`);
console.log(`Open it with:  TRYGG_DATA_DIR=${dir} npm run web`);
console.log(`Passphrase:    ${DEMO_PASSPHRASE}`);
