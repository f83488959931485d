import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The built extension under test (`npm run build`); E2E_EXTENSION_DIR tests another build. */
export const EXTENSION_DIR = path.resolve(
  process.env.E2E_EXTENSION_DIR ?? path.join(ROOT, '.output/chrome-mv3'),
);

/** The bundled editor pages (`node scripts/build-fixtures.mjs`). */
export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures/dist');
