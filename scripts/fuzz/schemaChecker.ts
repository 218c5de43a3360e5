import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { OpenApiDocument } from './openApiDocument';

export interface SchemaChecker {
  /** Whether a value is valid against the schema at this pointer of the document. */
  accepts(pointer: string, value: unknown): boolean;
  /** The validation errors, readable, or an empty list when the value is valid. */
  errors(pointer: string, value: unknown): string[];
}

function formatError(error: ErrorObject): string {
  const params = Object.entries(error.params)
    .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
    .join(', ');
  return `${error.instancePath || '(root)'} ${error.message ?? error.keyword}${params ? ` (${params})` : ''}`;
}

/**
 * Validates values against the document's own JSON schemas (OpenAPI 3.1 is JSON Schema 2020-12),
 * compiled in place so their $refs resolve against the document.
 */
export function createSchemaChecker(document: OpenApiDocument): SchemaChecker {
  // Not strict: OpenAPI adds keywords (example, discriminator, xml) that JSON Schema does not know.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  const documentId = 'urn:scentence:fuzz:openapi';
  ajv.addSchema(document, documentId);
  const compiled = new Map<string, ValidateFunction>();

  function validatorAt(pointer: string): ValidateFunction {
    let validate = compiled.get(pointer);
    if (!validate) {
      const fragment = pointer.split('/').map(encodeURIComponent).join('/');
      validate = ajv.getSchema(`${documentId}#${fragment}`);
      if (!validate) throw new Error(`no schema at ${pointer}`);
      compiled.set(pointer, validate);
    }
    return validate;
  }

  return {
    accepts: (pointer, value) => validatorAt(pointer)(value) === true,
    errors(pointer, value) {
      const validate = validatorAt(pointer);
      return validate(value) ? [] : (validate.errors ?? []).map(formatError);
    },
  };
}
