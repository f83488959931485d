import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { BenchSection } from './types';

interface SectionModule {
  run?: () => Promise<BenchSection>;
}

const SECTIONS_DIR = join(import.meta.dirname, 'sections');
const RESULTS_DIR = join(import.meta.dirname, 'results');

// Sections are files in bench/sections, so a colleague adds one without touching this runner;
// `npm run bench -- NAME …` runs only the named ones.
async function main(only: readonly string[]): Promise<number> {
  const files = readdirSync(SECTIONS_DIR)
    .filter((file) => file.endsWith('.ts'))
    .filter((file) => only.length === 0 || only.includes(file.replace(/\.ts$/, '')))
    .sort();
  const results: (BenchSection & { file: string })[] = [];
  for (const file of files) {
    const module = (await import(join(SECTIONS_DIR, file))) as SectionModule;
    if (!module.run) continue;

    const section = await module.run();
    results.push({ file, ...section });
    console.log(`\n## ${section.title} — ${section.passed ? 'PASS' : 'FAIL'}`);
    for (const line of section.lines) console.log(`  ${line}`);
  }

  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(RESULTS_DIR, `bench-${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
  const failed = results.filter((section) => !section.passed).map((section) => section.file);
  console.log(
    failed.length === 0 ? '\nAll targets met.' : `\nTargets missed in: ${failed.join(', ')}`,
  );
  return failed.length === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
