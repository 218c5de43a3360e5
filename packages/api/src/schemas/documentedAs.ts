import { z } from 'zod';

/**
 * A schema that transforms its input before checking it (a comma list split into values, a
 * trimmed string piped into an email check) would be documented as its raw input, `string`, and
 * lose the checks. This documents it as `documented` instead: the limits the server applies.
 */
export function documentedAs<T extends z.ZodType>(schema: T, documented: z.ZodType): T {
  return schema.meta({
    override: ({ jsonSchema }: { jsonSchema: Record<string, unknown> }) => {
      const { $schema: _dialect, ...rendered } = z.toJSONSchema(documented, { io: 'input' });
      for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
      Object.assign(jsonSchema, rendered);
    },
  });
}
