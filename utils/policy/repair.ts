import { z } from 'zod';

/** One thing wrong with a policy value, named by its field path: `sites.add[2]: …`. */
export interface PolicyProblem {
  readonly path: string;
  readonly message: string;
}

function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** The first issue of a failed parse, with its path inside the value appended to `path`. */
function toProblem(path: string, error: z.ZodError): PolicyProblem {
  const issue = error.issues[0];
  const inner = (issue?.path ?? []).filter((key) => typeof key !== 'symbol');
  const fullPath = inner.reduce<string>((joined, key) => joinPath(joined, key), path);
  return { path: fullPath || '(policy)', message: issue?.message ?? 'invalid value' };
}

/**
 * Parses `value` with `schema`, keeping every part that is valid and replacing only the parts
 * that are not: an invalid object field falls back to `fallback`'s, an invalid array item is
 * dropped. Each repair is reported, so a bad policy is never silently reset as a whole.
 */
export function repairValue<T>(
  schema: z.ZodType<T>,
  value: unknown,
  fallback: T,
  path: string,
  problems: PolicyProblem[],
): T {
  if (value === undefined) return fallback;

  const whole = schema.safeParse(value);
  if (whole.success) {
    reportUnknownKeys(schema, value, path, problems);
    return whole.data;
  }

  if (schema instanceof z.ZodObject && isRecord(value) && isRecord(fallback)) {
    const repaired: Record<string, unknown> = {};
    for (const [key, fieldSchema] of Object.entries<z.ZodType>(schema.shape)) {
      const fieldPath = joinPath(path, key);
      repaired[key] = repairValue(fieldSchema, value[key], fallback[key], fieldPath, problems);
    }

    for (const key of Object.keys(value)) {
      if (!(key in repaired))
        problems.push({ path: joinPath(path, key), message: 'unknown field, ignored' });
    }

    return repaired as T;
  }

  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    const items: unknown[] = [];
    value.forEach((item: unknown, index) => {
      const parsed = (schema.element as z.ZodType).safeParse(item);
      if (parsed.success) items.push(parsed.data);
      else problems.push(toProblem(joinPath(path, index), parsed.error));
    });
    return items as T;
  }

  problems.push(toProblem(path, whole.error));
  return fallback;
}

/** zod drops keys it does not know; a misspelt field must still reach the administrator. */
function reportUnknownKeys(
  schema: z.ZodType,
  value: unknown,
  path: string,
  problems: PolicyProblem[],
): void {
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    value.forEach((item: unknown, index) => {
      reportUnknownKeys(schema.element as z.ZodType, item, joinPath(path, index), problems);
    });
    return;
  }

  if (!(schema instanceof z.ZodObject) || !isRecord(value)) return;

  const shape = schema.shape as Record<string, z.ZodType>;
  for (const [key, field] of Object.entries(value)) {
    const fieldSchema = shape[key];
    if (fieldSchema) reportUnknownKeys(fieldSchema, field, joinPath(path, key), problems);
    else problems.push({ path: joinPath(path, key), message: 'unknown field, ignored' });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
