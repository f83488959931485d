import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import type { RuleExamples } from '../utils/detect/types';

const RULES_DIR = join(import.meta.dirname, '../utils/detect/rules');

/** Every rule file's examples, read from the folder so new rule files need no edit here. */
export async function loadRuleExamples(): Promise<RuleExamples> {
  const files = readdirSync(RULES_DIR).filter((file) => file.endsWith('.ts'));
  const modules = await Promise.all(
    files.map(async (file) => (await import(join(RULES_DIR, file))) as { examples?: RuleExamples }),
  );
  return modules.reduce<RuleExamples>((all, module) => ({ ...all, ...module.examples }), {});
}
