import { Ajv, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const draft06 = createRequire(import.meta.url)('ajv/dist/refs/json-schema-draft-06.json') as object;

const SCHEMA_ID = 'http://hl7.org/fhir/json-schema/4.0';
let ajv: Ajv | null = null;
const byType = new Map<string, ValidateFunction>();

/** The official FHIR R4 JSON schema's verdict on one resource: [] when it is valid. */
export function fhirSchemaErrors(resource: { resourceType?: unknown }): string[] {
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addMetaSchema(draft06);
    // The file names itself with draft-04's `id`, which Ajv no longer reads.
    const { id: _id, ...schema } = JSON.parse(
      readFileSync('apps/api/test/fhir-data/fhir.schema.json', 'utf8'),
    ) as Record<string, unknown>;
    ajv.addSchema({ ...schema, $id: SCHEMA_ID });
  }
  const type = String(resource.resourceType);
  let validate = byType.get(type);
  if (!validate) {
    validate = ajv.getSchema(`${SCHEMA_ID}#/definitions/${type}`);
    if (!validate) return [`no schema for resourceType ${type}`];
    byType.set(type, validate);
  }
  return validate(resource)
    ? []
    : (validate.errors ?? []).map((e) => `${type}${e.instancePath} ${e.message}`);
}
