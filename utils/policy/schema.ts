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
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and dashes'),
  title: z.string().min(1),
  /** Markdown. Rendered without raw HTML. */
  body: z.string(),
  tags: z.array(z.string()),
});
export type GuidanceSection = z.infer<typeof guidanceSectionSchema>;

export const organizationSchema = z.object({
  name: z.string().min(1),
  contact: z.string(),
  helpUrl: z.url({ protocol: /^https?$/ }).optional(),
});

export const sitesSchema = z.object({
  /** Extra hosts or match patterns that count as AI tools. */
  add: z.array(z.string()),
  /** Built-in site ids or match patterns the organization does not want watched. */
  remove: z.array(z.string()),
});

export const overrideSchema = z.object({
  /** Whether "Paste anyway" is offered when the verdict is `warn`. */
  allowed: z.boolean(),
  requireReason: z.boolean(),
});

export const actionsSchema = z.record(categorySchema, severityActionsSchema);

/** The organization's policy: the single truth for its type, defaults and validation. */
export const policySchema = z.object({
  version: z.literal(1),
  organization: organizationSchema,
  guidance: z.array(guidanceSectionSchema),
  sites: sitesSchema,
  actions: actionsSchema,
  override: overrideSchema,
  disabledRules: z.array(z.string()),
});
export type Policy = z.infer<typeof policySchema>;

export { categorySchema, severitySchema };
