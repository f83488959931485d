import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { RULES } from '../../utils/detect/registry';
import { scan } from '../../utils/detect/scan';
import type { Finding } from '../../utils/detect/types';
import { LOOK_ALIKES } from '../look-alikes';
import { readRealText } from '../real-text';
import { loadRuleExamples } from '../rule-examples';
import type { EvalSection } from '../types';

const REAL_TEXT_BYTES = 30 * 1024 * 1024;
const MB = 1024 * 1024;
const TARGETS = { recall: 0.99, fpPer10Mb: 1 };
const SECRET_RULES = RULES.filter((rule) => rule.category === 'secret');
// Personal data and markings have their own section; here only secrets count.
const ONLY_SECRETS = {
  disabledRules: RULES.filter((r) => r.category !== 'secret').map((r) => r.id),
};

// Where a pasted secret turns up: on its own, in prose, in a log line, in a code fence, in YAML.
const CONTEXTS: readonly ((text: string) => string)[] = [
  (text) => text,
  (text) => `Hi team, the deploy failed again. Here is what I used:\n${text}\nAny idea why?`,
  (text) => `2026-12-04T16:20:07Z DEBUG config loaded ${text}`,
  (text) => `\`\`\`\n${text}\n\`\`\``,
  (text) => `service:\n  env:\n    ${text.replace(/\n/g, '\n    ')}`,
];

interface FieldCase {
  readonly id: string;
  readonly text: string;
  readonly expect: string;
}

function readFieldCases(): FieldCase[] {
  const path = join(import.meta.dirname, '../../../shared/cases/detection.json');
  const local = join(import.meta.dirname, '../../tests/unit/detect/cases/detection.json');
  return JSON.parse(readFileSync(existsSync(path) ? path : local, 'utf8')) as FieldCase[];
}

function scanSecrets(text: string): Finding[] {
  return scan(text, ONLY_SECRETS);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(2)} %`;
}

/** Recall per rule on generated fakes, silence on look-alikes and real text, precision. */
export async function run(): Promise<EvalSection> {
  const examples = await loadRuleExamples();
  const lines: string[] = [];
  let positives = 0;
  let truePositives = 0;
  const missedByRule: string[] = [];
  for (const rule of SECRET_RULES) {
    let found = 0;
    let total = 0;
    for (const example of examples[rule.id]?.positive ?? []) {
      for (const wrap of CONTEXTS) {
        total++;
        if (scanSecrets(wrap(example)).some((finding) => finding.rule === rule.id)) found++;
      }
    }

    positives += total;
    truePositives += found;
    if (found < total) missedByRule.push(`${rule.id} ${found}/${total}`);
  }

  const recall = truePositives / positives;
  lines.push(
    `rules: ${SECRET_RULES.length} secret rules, ${positives} labelled positives (${CONTEXTS.length} contexts each)`,
    `recall: ${percent(truePositives, positives)} (target ≥ ${TARGETS.recall * 100} %)`,
    ...missedByRule.map((entry) => `  below 100 %: ${entry}`),
  );

  const lookAlikeHits = LOOK_ALIKES.flatMap((text) =>
    scanSecrets(text).map(
      (finding) => `${finding.rule} ${finding.preview} in "${text.slice(0, 50)}"`,
    ),
  );
  const ruleNegativeHits = SECRET_RULES.flatMap((rule) =>
    (examples[rule.id]?.negative ?? []).filter((text) =>
      scanSecrets(text).some((finding) => finding.rule === rule.id),
    ),
  );
  lines.push(
    `look-alikes: ${LOOK_ALIKES.length} texts, ${lookAlikeHits.length} false positives; rule negatives: ${ruleNegativeHits.length} hits`,
    ...lookAlikeHits.map((hit) => `  FP ${hit}`),
  );

  const fieldMisses = readFieldCases().filter(({ text, expect }) => {
    const isSecret = scanSecrets(text).length > 0;
    return expect.includes('secret') ? !isSecret : isSecret;
  });
  lines.push(
    `detection.json: ${fieldMisses.length} cases disagree on "secret"`,
    ...fieldMisses.map((c) => `  ${c.id}`),
  );

  const files = readRealText(REAL_TEXT_BYTES);
  const realBytes = files.reduce((sum, file) => sum + file.text.length, 0);
  const realHits = files.flatMap((file) =>
    scanSecrets(file.text).map((f) => `${f.rule} ${f.preview} in ${file.path}:${f.start}`),
  );
  const fpPer10Mb = (realHits.length / (realBytes / MB)) * 10;
  lines.push(
    `real text: ${(realBytes / MB).toFixed(1)} MB in ${files.length} files (TypeScript lib, Debian docs and licences), ${realHits.length} findings = ${fpPer10Mb.toFixed(2)} FP per 10 MB (target ≤ ${TARGETS.fpPer10Mb})`,
    ...realHits.slice(0, 40).map((hit) => `  FP ${hit}`),
  );

  const falsePositives = lookAlikeHits.length + ruleNegativeHits.length + realHits.length;
  lines.push(`precision: ${percent(truePositives, truePositives + falsePositives)}`);
  const passed =
    recall >= TARGETS.recall &&
    lookAlikeHits.length === 0 &&
    ruleNegativeHits.length === 0 &&
    fieldMisses.length === 0 &&
    fpPer10Mb <= TARGETS.fpPer10Mb;
  return { title: 'Secret detection quality', lines, passed };
}
