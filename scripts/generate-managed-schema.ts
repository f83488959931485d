// Writes public/managed_schema.json from the zod policy schema. A unit test fails when the
// checked-in file differs, so run this after changing utils/policy/schema.ts.
import { writeFileSync } from 'node:fs';

import { generateManagedSchema } from '../utils/policy/managed-schema';

writeFileSync(
  'public/managed_schema.json',
  `${JSON.stringify(generateManagedSchema(), null, 2)}\n`,
);
