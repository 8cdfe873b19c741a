import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { RecordedRequest } from './graph-standin';

/**
 * The Graph stand-in's checking half: reads the OpenAPI subset (a copy of
 * shared/graph/graph-v1.0-subset.openapi.json, kept in the repo so a fresh clone alone can
 * run the tests; derived from Microsoft's published Graph v1.0 metadata) and checks a
 * request's method, path, query and JSON body against it, the way Graph would refuse them.
 */
export const OPENAPI_FILE = path.resolve(
  __dirname,
  '../fixtures/graph/graph-v1.0-subset.openapi.json',
);

/**
 * Paths the subset lacks (onlineMeeting lookup by JoinWebUrl and PATCH, attendance reports and
 * records), with the schemas they need, taken from the same published Graph v1.0 metadata; and
 * `POST /users/{id}/sendMail` with its message and fileAttachment, written from Microsoft's
 * "user: sendMail" page (the subset has no mail operation).
 */
export const SUPPLEMENT_FILE = path.resolve(
  __dirname,
  '../fixtures/graph/graph-v1.0-supplement.openapi.json',
);

/** The subset and its supplement as one document: supplement paths marked outside the subset. */
export function readGraphDocuments(): { doc: any; supplementOperations: Operation[] } {
  const doc = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8'));
  const supplement = JSON.parse(readFileSync(SUPPLEMENT_FILE, 'utf8'));
  const merged = {
    ...doc,
    components: {
      ...doc.components,
      schemas: { ...doc.components.schemas, ...supplement.components.schemas },
    },
  };
  const supplementOperations = readOperations(supplement).map((op) => ({
    ...op,
    outsideSubset: true,
  }));
  return { doc: merged, supplementOperations };
}

export interface Operation {
  name: string;
  template: RegExp;
  queryNames: Set<string>;
  bodyRef?: string;
  outsideSubset?: boolean;
}

/** Graph v1.0 operations the subset file lacks; bodies still checked with the subset's schemas. */
export const OUTSIDE_SUBSET: Operation[] = [
  {
    name: 'PATCH /users/{user-id}/events/{event-id}',
    template: /^\/users\/[^/]+\/events\/[^/]+$/,
    queryNames: new Set(),
    bodyRef: '#/components/schemas/microsoft.graph.event',
    outsideSubset: true,
  },
  {
    name: 'POST /users/{user-id}/events/{event-id}/cancel',
    template: /^\/users\/[^/]+\/events\/[^/]+\/cancel$/,
    queryNames: new Set(),
    bodyRef: '#/components/schemas/x.cancelRequest',
    outsideSubset: true,
  },
];

export function readOperations(doc: any): Operation[] {
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      if (method === 'parameters') continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])];
      operations.push({
        name: `${method.toUpperCase()} ${template}`,
        template: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
        queryNames: new Set(params.filter((p: any) => p.in === 'query').map((p: any) => p.name)),
        bodyRef: op.requestBody?.content?.['application/json']?.schema?.$ref,
      });
    }
  }
  return operations;
}

interface Validator {
  ajv: Ajv;
  schemas: Record<string, any>;
}

export function makeValidator(doc: any): Validator {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('base64url', /^[A-Za-z0-9_-]*={0,2}$/);
  ajv.addFormat('base64', /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);
  const schemas = {
    ...nullableRefsStrict(doc.components.schemas),
    'x.cancelRequest': {
      type: 'object',
      required: ['comment'],
      properties: { comment: { type: 'string' } },
    },
  };
  ajv.addSchema({ components: { schemas } }, 'graph.json');
  return { ajv, schemas };
}

/** Checks a body against a schema of the subset by name, e.g. `microsoft.graph.onlineMeeting`. */
export function checkAgainstSubset(schemaName: string, body: unknown): string[] {
  const validator = makeValidator(readGraphDocuments().doc);
  const ref = `#/components/schemas/${schemaName}`;
  const validate = validator.ajv.getSchema(`graph.json${ref}`);
  if (!validate) throw new Error(`No schema ${schemaName} in the subset`);
  const errors = validate(body) ? [] : (validate.errors ?? []).map(describe);
  return [...errors, ...unknownProperties(validator.schemas, ref, body, '')];
}

/**
 * The metadata writes "X or null" as `anyOf: [{$ref: X}, {type: object, nullable: true}]`, whose
 * second branch accepts any object, so nothing inside X would be checked. Read it as meant.
 */
function nullableRefsStrict(node: any): any {
  if (Array.isArray(node)) return node.map(nullableRefsStrict);
  if (typeof node !== 'object' || node === null) return node;
  const copy: any = Object.fromEntries(
    Object.entries(node).map(([k, v]) => [k, nullableRefsStrict(v)]),
  );
  if (Array.isArray(copy.anyOf) && copy.anyOf.some((s: any) => s.$ref)) {
    copy.anyOf = copy.anyOf.map((s: any) =>
      s.type === 'object' && s.nullable === true && !s.properties ? { enum: [null] } : s,
    );
  }
  return copy;
}

export function validateRequest(
  validator: Validator,
  op: Operation,
  record: RecordedRequest,
): string[] {
  const errors = Object.keys(record.query)
    .filter((name) => !op.queryNames.has(name))
    .map((name) => `query parameter ${name} is not defined for ${op.name}`);
  if (!op.bodyRef) return errors;
  if (!String(record.headers['content-type'] ?? '').startsWith('application/json')) {
    return [...errors, 'Content-Type must be application/json'];
  }
  const validate = validator.ajv.getSchema(`graph.json${op.bodyRef}`);
  if (!validate) throw new Error(`Cannot resolve ${op.bodyRef}`);
  if (!validate(record.body)) errors.push(...(validate.errors ?? []).map(describe));
  return [...errors, ...unknownProperties(validator.schemas, op.bodyRef, record.body, '')];
}

const describe = (e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`;

/**
 * Graph schemas allow any extra property (and a nullable complex property accepts any object),
 * so a misspelt property would pass ajv: flag properties no schema in the chain declares.
 * Stricter than the metadata on purpose: event and onlineMeeting are OData open types, but this
 * app never sends dynamic properties, so an undeclared one is a typo.
 */
function unknownProperties(schemas: any, ref: string, value: unknown, at: string): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const shape = flatten(schemas, ref);
  if (!shape) return [];
  return Object.entries(value).flatMap(([name, child]) => {
    if (name.startsWith('@odata') || name.includes('@odata.')) return [];
    const property = shape.properties[name];
    if (!property) return [`${at}/${name} is not a property of ${shape.title}`];
    const childRef = refOf(property.items ?? property);
    if (!childRef) return [];
    const items = Array.isArray(child) ? child : [child];
    return items.flatMap((item) => unknownProperties(schemas, childRef, item, `${at}/${name}`));
  });
}

function flatten(schemas: any, ref: string): { title: string; properties: any } | undefined {
  const schema = schemas[ref.replace('#/components/schemas/', '')];
  if (!schema) return undefined;
  const parts = schema.allOf ?? [schema];
  const result = { title: ref.split('/').pop() ?? ref, properties: {} as any };
  for (const part of parts) {
    const resolved = part.$ref ? flatten(schemas, part.$ref) : part;
    if (!resolved) continue;
    Object.assign(result.properties, resolved.properties ?? {});
  }
  return result;
}

function refOf(schema: any): string | undefined {
  return schema.$ref ?? schema.anyOf?.find((s: any) => s.$ref)?.$ref;
}
