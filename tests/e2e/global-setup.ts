import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { EXTENSION_DIR, ROOT } from './support/paths';

/** Builds the editor pages and checks that the extension under test has been built. */
export default function globalSetup(): void {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }

  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-fixtures.mjs')], {
    stdio: 'inherit',
  });
}
