import { z } from 'zod';

import { categorySchema, severitySchema } from '../detect/types';

export const actionSchema = z.enum(['allow', 'warn', 'redact', 'block']);
export type Action = z.infer<typeof actionSchema>;

const severityActionsSchema = z.object({
  low: actionSchema,
  medium: actionSchema,
  high: actionSchema,
});
export type SeverityActions = z.infer<typeof severityActionsSchema>;

export const guidanceSectionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'use lower-case letters, digits and dashes'),
  title: z.string().min(1),
  /** Markdown. Rendered without raw HTML. */
  body: z.string(),
  tags: z.array(z.string()),
});
export type GuidanceSection = z.infer<typeof guidanceSectionSchema>;

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });

export const organizationSchema = z.object({
  name: z.string().min(1),
  contact: z.string(),
  helpUrl: httpsUrl.optional(),
});

/**
 * A bare host (`ai.internal.example`, `*.llm.example`) or a Chrome match pattern. Match
 * patterns cover every port of a host, so an entry naming a port is refused, not ignored.
 */
export const sitePatternSchema = z
  .string()
  .refine(
    (entry) => !/^(?:[a-z*]+:\/\/)?[^/]*:\d/i.test(entry),
    'leave the port out: an entry covers every port',
  )
  .regex(
    /^(?:(?:\*|https?):\/\/)?(?:\*|(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*)(?:\/\S*)?$/i,
    'not a valid host pattern',
  );

export const sitesSchema = z.object({
  /** Extra hosts or match patterns that count as AI tools. */
  add: z.array(sitePatternSchema),
  /** Built-in site ids, hosts or match patterns the organization does not want watched. */
  remove: z.array(z.string().min(1)),
});

export const overrideSchema = z.object({
  /** Whether "Paste anyway" is offered when the verdict is `warn`. */
  allowed: z.boolean(),
  requireReason: z.boolean(),
});

export const actionsSchema = z.object({
  secret: severityActionsSchema,
  pii: severityActionsSchema,
  marking: severityActionsSchema,
  keyword: severityActionsSchema,
  fingerprint: severityActionsSchema,
});

function isCompilable(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

export const customPatternSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'use lower-case letters, digits and dashes'),
  title: z.string().min(1),
  pattern: z.string().min(1).max(500).refine(isCompilable, 'not a valid regular expression'),
  severity: severitySchema,
});

export const keywordSchema = z.object({
  term: z.string().min(2),
  severity: severitySchema,
});

export const hashedTermsSchema = z.object({
  salt: z.string(),
  /** Lower-case hex SHA-256 of salt + normalised term. */
  hashes: z.array(z.string().regex(/^[0-9a-f]{64}$/, 'not a hex SHA-256 hash')),
  /** 31-bit prefilter hashes of the same terms, written by `npm run scan -- hash-terms`. */
  buckets: z.array(
    z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1),
  ),
  severity: severitySchema,
});

export const fingerprintSchema = z.object({
  title: z.string().min(1),
  /** 13-hex-digit winnowed shingle hashes, written by `npm run scan -- fingerprint`. */
  hashes: z.array(z.string().regex(/^[0-9a-f]{13}$/, 'not a fingerprint hash')),
});

export const fileActionSchema = z.enum(['allow', 'warn', 'block']);

export const filesSchema = z.object({
  maxBytes: z.number().int().min(0),
  /** What happens to a file the guard cannot read, or one larger than `maxBytes`. */
  unreadable: fileActionSchema,
  tooLarge: fileActionSchema,
});

export const reportingSchema = z.object({
  /** The organization's own collector; plain http only for localhost. Empty: no reporting. */
  endpoint: z.union([
    z.literal(''),
    httpsUrl,
    z.url({ protocol: /^http$/, hostname: /^(?:localhost|127\.0\.0\.1)$/ }),
  ]),
  format: z.enum(['json', 'splunk-hec']),
  /** e.g. `{ "Authorization": "Splunk <token>" }`. */
  headers: z.record(z.string(), z.string()),
});

export const incognitoSchema = z.object({
  /** Ask the popup to warn when the extension is not allowed in private windows. */
  warnIfNotAllowed: z.boolean(),
});

export const auditSchema = z.object({
  /** How many events the device keeps; the oldest go first. */
  maxEvents: z.number().int().min(0).max(100_000),
  maxAgeDays: z.number().int().min(1).max(3650),
  /** When set, events carry keyed hashes of the matched values, so repeats show up. */
  hashKey: z.string().max(256),
});

/** Policy fields the organization's own server may set, when the managed policy allows it. */
export const remoteFieldSchema = z.enum([
  'organization',
  'guidance',
  'sites',
  'keywords',
  'patterns',
  'hashedTerms',
  'fingerprints',
  'fingerprintThreshold',
]);
export type RemoteField = z.infer<typeof remoteFieldSchema>;

export const remoteSchema = z.object({
  /** The organization's policy document; empty: none. Plain http only for localhost. */
  url: z.union([
    z.literal(''),
    httpsUrl,
    z.url({ protocol: /^http$/, hostname: /^(?:localhost|127\.0\.0\.1)$/ }),
  ]),
  /** What the document may set; fields IT set in the managed policy always win. */
  allow: z.array(remoteFieldSchema),
  refreshMinutes: z.number().int().min(1).max(10_080),
  /** Base64 SPKI of an Ed25519 or ECDSA P-256 public key; when set, `<url>.sig` must verify. */
  publicKey: z.string().regex(/^[a-z\d+/]*={0,2}$/i, 'not base64'),
  maxBytes: z
    .number()
    .int()
    .min(1024)
    .max(16 * 1024 * 1024),
});

/** The organization's policy: the single truth for its type, defaults and validation. */
export const policySchema = z.object({
  version: z.literal(1),
  organization: organizationSchema,
  guidance: z.array(guidanceSectionSchema),
  sites: sitesSchema,
  actions: actionsSchema,
  override: overrideSchema,
  disabledRules: z.array(z.string()),
  keywords: z.array(keywordSchema),
  patterns: z.array(customPatternSchema),
  hashedTerms: hashedTermsSchema,
  fingerprints: z.array(fingerprintSchema),
  /** How many of a document's fingerprint hashes a text must share to be reported. */
  fingerprintThreshold: z.number().int().min(1).max(1000),
  files: filesSchema,
  reporting: reportingSchema,
  incognito: incognitoSchema,
  audit: auditSchema,
  remote: remoteSchema,
});
export type Policy = z.infer<typeof policySchema>;

export { categorySchema, severitySchema };
