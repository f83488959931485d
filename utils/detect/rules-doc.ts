import type { Rule } from './types';

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** docs/rules.md: every built-in rule, so administrators can name them in `disabledRules`. */
export function renderRulesDoc(rules: readonly Rule[]): string {
  const rows = rules.map((rule) => {
    const rotation = rule.rotationUrl ? `[rotate](${rule.rotationUrl})` : '';
    return `| \`${rule.id}\` | ${rule.category} | ${rule.severity} | ${cell(rule.title)} | ${rotation} |`;
  });

  return [
    '# Built-in rules',
    '',
    'Generated from `utils/detect/registry.ts` by `npm run docs:rules`; do not edit by hand.',
    `${rules.length} rules. Switch one off with its id in the policy's \`disabledRules\`.`,
    '',
    '| id | category | severity | finds | where to rotate |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
