// Writes docs/rules.md from the rule registry. A unit test fails when the checked-in file
// differs, so run `npm run docs:rules` after adding or changing a rule.
import { writeFileSync } from 'node:fs';

import { RULES } from '../utils/detect/registry';
import { renderRulesDoc } from '../utils/detect/rules-doc';

writeFileSync('docs/rules.md', renderRulesDoc(RULES));
