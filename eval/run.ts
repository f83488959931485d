import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import type { EvalSection } from './types';

interface SectionModule {
  run?: () => Promise<EvalSection>;
}

// The report goes to standard output; the lint's console ban covers shipped code.
function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

const SECTIONS_DIR = join(import.meta.dirname, 'sections');

// Sections are files in eval/sections, so a colleague adds one without touching this runner;
// `npm run eval -- NAME …` runs only the named ones.
async function main(only: readonly string[]): Promise<number> {
  const files = readdirSync(SECTIONS_DIR)
    .filter((file) => file.endsWith('.ts'))
    .filter((file) => only.length === 0 || only.includes(file.replace(/\.ts$/, '')))
    .sort();
  const failed: string[] = [];
  for (const file of files) {
    const module = (await import(join(SECTIONS_DIR, file))) as SectionModule;
    if (!module.run) continue;

    const section = await module.run();
    if (!section.passed) failed.push(file);
    print(`\n## ${section.title} — ${section.passed ? 'PASS' : 'FAIL'}`);
    for (const line of section.lines) print(`  ${line}`);
  }

  print(failed.length === 0 ? '\nAll targets met.' : `\nTargets missed in: ${failed.join(', ')}`);
  return failed.length === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
