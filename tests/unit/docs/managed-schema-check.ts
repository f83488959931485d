// Chromium checks a managed policy against the extension's managed_schema.json and drops what
// the schema does not declare or what has the wrong type, without telling the extension. This
// finds those places in a policy before an administrator pushes it.

export interface JsonSchema {
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: JsonSchema | boolean;
  readonly items?: JsonSchema;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: string | undefined): boolean {
  switch (type) {
    case 'object':
      return isRecord(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    default:
      return false;
  }
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** Every place in `value` that Chromium would drop, as `path: reason`. Empty when all is kept. */
export function findSchemaMismatches(schema: JsonSchema, value: unknown, path = ''): string[] {
  const where = path || '(policy)';
  if (!hasType(value, schema.type)) return [`${where}: expected ${schema.type ?? 'nothing'}`];

  if (schema.enum && !schema.enum.includes(value)) return [`${where}: not one of the enum values`];

  if (Array.isArray(value)) {
    const items = schema.items ?? {};
    return value.flatMap((item, index) => findSchemaMismatches(items, item, join(path, index)));
  }

  if (!isRecord(value)) return [];

  return Object.entries(value).flatMap(([key, field]) => {
    const declared = schema.properties?.[key];
    const extra = schema.additionalProperties;
    const fieldSchema = declared ?? (typeof extra === 'object' ? extra : undefined);
    if (!fieldSchema) return [`${join(path, key)}: not declared in managed_schema.json`];

    return findSchemaMismatches(fieldSchema, field, join(path, key));
  });
}
