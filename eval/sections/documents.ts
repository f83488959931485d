import { fingerprintText } from '../../utils/detect/fingerprint';
import { hashTerm, termBucket } from '../../utils/detect/hashed-terms';
import type { Category, Finding } from '../../utils/detect/types';
import { normalizeTerm } from '../../utils/detect/words';
import { DEFAULT_POLICY } from '../../utils/policy/default-policy';
import type { Policy } from '../../utils/policy/schema';
import { scanWithPolicy } from '../../utils/policy/scan-with-policy';
import { LOOK_ALIKES, MARKINGS, PERSONAL_DATA, type LabelledCase } from '../documents/cases';
import { readLicense, readProseCorpus, splitSentences, type CorpusFile } from '../documents/corpus';
import type { EvalSection } from '../types';

const FINGERPRINTED = ['GPL-3', 'Apache-2.0', 'MPL-2.0', 'GFDL-1.3', 'Artistic', 'CC0-1.0'];
const CUSTOMERS = ['Northwind Trading', 'Zenith Labs', 'Müller Bau GmbH', 'Bluebird Capital'];
const SALT = 'eval-salt';
const CORPUS_BYTES = 10_000_000;

function buildPolicy(): Policy {
  const terms = CUSTOMERS.map(normalizeTerm);
  return {
    ...DEFAULT_POLICY,
    hashedTerms: {
      salt: SALT,
      hashes: terms.map((term) => hashTerm(SALT, term)),
      buckets: terms.map((term) => termBucket(SALT, term)),
      severity: 'high',
    },
    fingerprints: FINGERPRINTED.map((title) => ({
      title,
      hashes: fingerprintText(readLicense(title)),
    })),
  };
}

function categories(findings: readonly Finding[]): Set<Category> {
  return new Set(findings.map((finding) => finding.category));
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;
}

// Case, spacing and punctuation changed the way a person tidying a quote would.
function editExcerpt(sentences: readonly string[], variant: number): string {
  const joined = sentences.join(variant % 2 === 0 ? '  ' : '\n');
  const cased = variant % 3 === 0 ? joined.toUpperCase() : joined.toLowerCase();
  const punctuated = variant % 2 === 0 ? cased.replace(/[,;:()"]/g, '') : cased;
  return `Can you shorten this for me?\n\n${punctuated.replace(/ /g, variant % 4 === 1 ? '   ' : ' ')}`;
}

function excerpts(text: string, count: number): string[] {
  const sentences = splitSentences(text);
  const step = Math.max(1, Math.floor((sentences.length - 3) / count));
  return Array.from({ length: count }, (_, index) =>
    editExcerpt(sentences.slice(index * step, index * step + 3), index),
  );
}

function scoreRecall(cases: readonly LabelledCase[], policy: Policy, category: Category) {
  const missed = cases.filter(
    (item) => !categories(scanWithPolicy(item.text, policy)).has(category),
  );
  return { found: cases.length - missed.length, total: cases.length, missed };
}

interface ProseScore {
  readonly warned: string[];
  bulkLists: number;
  secrets: number;
  fingerprinted: number;
}

// Per file, as if each were pasted whole: what the default policy would warn about, sorted into
// the warnings this section answers for and those it does not.
function scoreProse(corpus: readonly CorpusFile[], policy: Policy): ProseScore {
  const score: ProseScore = { warned: [], bulkLists: 0, secrets: 0, fingerprinted: 0 };
  for (const file of corpus) {
    const findings = scanWithPolicy(file.text, policy).filter(
      (finding) => policy.actions[finding.category][finding.severity] !== 'allow',
    );
    const kinds = categories(findings);
    if (kinds.has('fingerprint')) score.fingerprinted += 1;
    if (kinds.has('secret')) score.secrets += 1;
    const mine = findings.filter((f) => f.category !== 'secret' && f.category !== 'fingerprint');
    if (mine.length === 0) continue;

    if (mine.every((finding) => finding.title.includes('list of'))) score.bulkLists += 1;
    else score.warned.push(`${file.path} (${[...new Set(mine.map((f) => f.rule))].join(', ')})`);
  }

  return score;
}

export async function run(): Promise<EvalSection> {
  const policy = buildPolicy();
  const lines: string[] = [];
  let passed = true;
  const check = (ok: boolean, line: string) => {
    passed &&= ok;
    lines.push(`${ok ? 'ok  ' : 'FAIL'} ${line}`);
  };

  for (const [name, cases, category] of [
    ['personal data', PERSONAL_DATA, 'pii'],
    ['markings', MARKINGS, 'marking'],
  ] as const) {
    const { found, total, missed } = scoreRecall(cases, policy, category);
    check(found / total >= 0.95, `recall on ${name}: ${found}/${total} (${percent(found, total)})`);
    for (const item of missed) lines.push(`     missed: ${JSON.stringify(item.text.slice(0, 60))}`);
  }

  const falseAlarms = LOOK_ALIKES.filter((item) => scanWithPolicy(item.text, policy).length > 0);
  check(
    falseAlarms.length === 0,
    `look-alikes reported: ${falseAlarms.length}/${LOOK_ALIKES.length}`,
  );
  for (const item of falseAlarms)
    lines.push(`     reported: ${JSON.stringify(item.text.slice(0, 60))}`);

  const people = Array.from(
    { length: 12 },
    (_, i) => `Customer ${i},c${i}@mailbox.org,+1 415 555 01${10 + i}`,
  );
  const table = scanWithPolicy(['name,email,phone', ...people].join('\n'), policy);
  const single = scanWithPolicy('my address is c1@mailbox.org', policy);
  check(
    table.every((finding) => finding.severity === 'high') && single[0]?.severity === 'low',
    `bulk: a 12-row customer table is high (${table.length} findings), one address is low`,
  );

  const termHits = CUSTOMERS.filter((name) =>
    categories(
      scanWithPolicy(`Notes from the call with ${name.toUpperCase().replace(' ', '  ')}.`, policy),
    ).has('keyword'),
  );
  const termMisses = ['Northwind', 'Zenith Laboratories', 'Bluebird Capitals'].filter((text) =>
    categories(scanWithPolicy(`Met ${text} today`, policy)).has('keyword'),
  );
  check(
    termHits.length === CUSTOMERS.length && termMisses.length === 0,
    `hashed terms: ${termHits.length}/${CUSTOMERS.length} found, ${termMisses.length}/3 near misses reported`,
  );

  const fingerprintCases = FINGERPRINTED.flatMap((name) => excerpts(readLicense(name), 5));
  const matched = fingerprintCases.filter((text) =>
    categories(scanWithPolicy(text, policy)).has('fingerprint'),
  ).length;
  check(
    matched / fingerprintCases.length >= 0.95,
    `fingerprints: ${matched}/${fingerprintCases.length} edited 3-sentence excerpts matched`,
  );

  const corpus = await readProseCorpus(CORPUS_BYTES);
  const megabytes = corpus.reduce((sum, file) => sum + file.text.length, 0) / 1e6;
  const prose = scoreProse(corpus, policy);
  const perTen = (prose.warned.length / megabytes) * 10;
  check(
    perTen <= 1,
    `real prose: ${prose.warned.length} files warned in ${megabytes.toFixed(1)} MB of ` +
      `/usr/share/doc (${perTen.toFixed(2)} per 10 MB), not counting:`,
  );
  for (const line of prose.warned.slice(0, 10)) lines.push(`     warned: ${line}`);
  lines.push(
    `     ${prose.bulkLists} files that list 10+ people's e-mail addresses (bulk by design)`,
  );
  lines.push(`     ${prose.secrets} files with findings of the secret rules (not this section's)`);
  lines.push(`     ${prose.fingerprinted} files quoting a fingerprinted licence (true matches)`);
  return { title: 'Documents: personal data, markings, hashed terms, fingerprints', lines, passed };
}
