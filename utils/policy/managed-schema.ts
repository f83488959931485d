import { z } from 'zod';

import { policySchema } from './schema';

/** The subset of JSON Schema (draft 03) that Chrome accepts for `managed_schema`. */
export interface ChromeSchema {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  description?: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  items?: ChromeSchema;
  enum?: (string | number)[];
}

type JsonSchema = Record<string, unknown>;

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Narrows zod's JSON Schema to what Chrome understands. Chrome refuses to load an extension
 * whose schema it cannot parse, and drops policy values the schema does not describe, so the
 * validation details (formats, patterns, lengths) stay in zod and only the shapes go here.
 */
function toChrome(schema: JsonSchema): ChromeSchema {
  const variants = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(variants) && isSchema(variants[0])) return toChrome(variants[0]);

  if ('const' in schema) {
    return { type: typeof schema.const === 'number' ? 'integer' : 'string' };
  }

  const type = schema.type as ChromeSchema['type'];
  const result: ChromeSchema = { type };
  if (typeof schema.description === 'string') result.description = schema.description;
  if (Array.isArray(schema.enum)) result.enum = schema.enum as (string | number)[];
  if (isSchema(schema.items)) result.items = toChrome(schema.items);
  if (isSchema(schema.additionalProperties)) {
    result.additionalProperties = toChrome(schema.additionalProperties);
  }

  if (isSchema(schema.properties)) {
    result.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, value]) => [key, toChrome(value as JsonSchema)]),
    );
  }

  return result;
}

/** The `managed_schema.json` the manifest points at, generated from the policy schema. */
export function generateManagedSchema(): ChromeSchema {
  return toChrome(z.toJSONSchema(policySchema, { io: 'input' }));
}
