// Loads the three official OpenAPI 3.0 definitions and turns their schemas into JSON Schema that
// ajv understands, so requests and responses can be checked against the contract.
//
// OpenAPI 3.0 is not JSON Schema: `nullable` instead of a "null" type, `example`/`discriminator`
// keywords that JSON Schema does not know, `$ref`s into `#/components/schemas`. convertSchema()
// rewrites those; ajv then runs with strictSchema so a keyword we forgot to translate is an error
// instead of being silently ignored.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRequire } from './packages.mjs';

const Ajv = packageRequire('ajv').default;
const addFormats = packageRequire('ajv-formats').default;

export const SPEC_FILES = ['user.json', 'organization.json', 'partner-directory.json',
  'permissions.json', 'entity.json', 'access-token.json', 'audit-logs.json'];
// Specs of which the emulator implements only some operations: only these are loaded, called and
// counted (the Entity API for the `partner` schema).
export const PARTIAL_SPECS = {
  'entity.json': ['searchEntities', 'createEntity', 'getEntity', 'patchEntity', 'deleteEntity'],
  // The .well-known discovery operations are not emulated (issue 21).
  'access-token.json': ['createAccessToken', 'listAccessTokens', 'revokeAccessToken'],
};
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const BASE_ID = 'https://contract.epilot-admin.test/';

// Keywords of OpenAPI 3.0 schema objects that carry no validation meaning for us.
const DROPPED_KEYWORDS = new Set(['example', 'examples', 'discriminator', 'xml', 'externalDocs']);

export function specsDir() {
  if (process.env.EPILOT_SPECS_DIR) return path.resolve(process.env.EPILOT_SPECS_DIR);
  const here = path.dirname(fileURLToPath(import.meta.url));
  // <repo>/tests/contract/lib → <repo>/build/specs/…, where scripts/install-specs.sh puts them
  return path.resolve(here, '..', '..', '..', 'build', 'specs', 'node_modules', '@epilot', 'sdk', 'definitions');
}

// Translates one OpenAPI 3.0 schema object (recursively) into JSON Schema draft-07.
// `docId` is the $id of the document that holds the converted components of the same spec.
export function convertSchema(schema, docId) {
  if (Array.isArray(schema)) return schema.map((item) => convertSchema(item, docId));
  if (schema === null || typeof schema !== 'object') return schema;

  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED_KEYWORDS.has(key) || key === 'nullable') continue;
    if (key.startsWith('x-') && key !== 'x-maxSerializedBytes') continue;
    if (key === '$ref') {
      out.$ref = convertRef(value, docId);
    } else if (key === 'properties' || key === 'definitions') {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, convertSchema(sub, docId)]));
    } else if (['items', 'additionalProperties', 'not'].includes(key) && typeof value === 'object') {
      out[key] = convertSchema(value, docId);
    } else if (['allOf', 'oneOf', 'anyOf'].includes(key)) {
      out[key] = value.map((sub) => convertSchema(sub, docId));
    } else {
      out[key] = value;
    }
  }
  if (schema.nullable === true) return makeNullable(out);
  return out;
}

// Follows a local "#/components/schemas/X" reference to the schema it names.
export function resolveSchema(spec, schema) {
  let current = schema;
  for (let depth = 0; current?.$ref && depth < 10; depth += 1) {
    current = spec.components.schemas[current.$ref.split('/').pop()];
  }
  return current ?? {};
}

function convertRef(ref, docId) {
  const prefix = '#/components/schemas/';
  if (!ref.startsWith(prefix)) throw new Error(`unsupported $ref ${ref}`);
  return `${docId}#/definitions/${ref.slice(prefix.length)}`;
}

// OpenAPI 3.0 `nullable: true` → JSON Schema: null is allowed in addition to what the schema says.
function makeNullable(schema) {
  if (typeof schema.type === 'string') {
    const nullable = { ...schema, type: [schema.type, 'null'] };
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) {
      nullable.enum = [...schema.enum, null];
    }
    return nullable;
  }
  return { anyOf: [{ type: 'null' }, schema] };
}

function createAjv() {
  const ajv = new Ajv({
    allErrors: true,
    strictSchema: true, // unknown keywords are errors: the converter must handle every one
    strictTypes: false, // the specs have e.g. `required` without `type: object` in allOf branches
    strictTuples: false,
    strictRequired: false,
    validateFormats: true,
  });
  addFormats(ajv);
  // entity.json's activity ids: Crockford base32, 26 characters.
  ajv.addFormat('ulid', /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/i);
  // user.json's UserSettingValue: "any JSON value is accepted up to 64 KiB when serialized".
  ajv.addKeyword({
    keyword: 'x-maxSerializedBytes',
    schemaType: 'number',
    errors: true,
    validate: function maxBytes(limit, data) {
      const size = Buffer.byteLength(JSON.stringify(data) ?? '', 'utf8');
      if (size <= limit) return true;
      maxBytes.errors = [{ keyword: 'x-maxSerializedBytes', params: { limit },
        message: `serialized size ${size} bytes exceeds ${limit}` }];
      return false;
    },
  });
  return ajv;
}

// One operation of one spec, with compiled validators for its parameters, body and responses.
export class Operation {
  constructor(contract, specName, spec, pathTemplate, method, op, pathItem) {
    this.specName = specName;
    this.operationId = op.operationId;
    this.path = pathTemplate;
    this.method = method.toUpperCase();
    this.raw = op;
    this.spec = spec;
    const security = op.security ?? spec.security ?? [];
    this.secured = security.length > 0 && !security.every((req) => Object.keys(req).length === 0);
    const docId = contract.docIds[specName];
    // entity.json names its parameters by reference (#/components/parameters/…).
    const params = [...(pathItem.parameters ?? []), ...(op.parameters ?? [])]
      .map((param) => resolveComponent(spec, param));
    this.parameters = params.map((param) => ({
      name: param.name, in: param.in, required: param.required === true || param.in === 'path',
      style: param.style, explode: param.explode,
      validate: contract.ajv.compile(convertSchema(param.schema ?? {}, docId)),
      schema: param.schema,
      type: resolveSchema(spec, param.schema ?? {}).type,
    }));
    const body = op.requestBody;
    this.bodyRequired = body?.required === true;
    this.bodyMediaTypes = body ? Object.keys(body.content ?? {}) : [];
    const jsonBody = body?.content?.['application/json']?.schema;
    this.validateBody = jsonBody ? contract.ajv.compile(convertSchema(jsonBody, docId)) : null;
    this.responses = {};
    for (const [status, response] of Object.entries(op.responses ?? {})) {
      const schema = response.content?.['application/json']?.schema;
      this.responses[status] = {
        schema,
        description: response.description,
        hasJsonContent: Boolean(response.content?.['application/json']),
        validate: schema ? contract.ajv.compile(convertSchema(schema, docId)) : null,
      };
    }
  }

  declaredStatuses() { return Object.keys(this.responses); }

  successStatus() {
    const ok = this.declaredStatuses().filter((s) => /^2\d\d$/.test(s)).sort();
    return ok.length ? Number(ok[0]) : 200;
  }

  responseFor(status) {
    return this.responses[String(status)] ?? this.responses[`${String(status)[0]}XX`]
      ?? this.responses.default ?? null;
  }
}

export class Contract {
  constructor(dir = specsDir()) {
    this.dir = dir;
    this.ajv = createAjv();
    this.docIds = {};
    this.specs = {};
    this.operations = new Map();
    for (const file of SPEC_FILES) {
      const full = path.join(dir, file);
      if (!fs.existsSync(full)) throw new Error(`spec not found: ${full} (set EPILOT_SPECS_DIR)`);
      const spec = JSON.parse(fs.readFileSync(full, 'utf8'));
      if (!/^3\.0\./.test(spec.openapi)) throw new Error(`${file}: expected OpenAPI 3.0, got ${spec.openapi}`);
      const docId = `${BASE_ID}${file}`;
      this.docIds[file] = docId;
      this.specs[file] = spec;
      const definitions = {};
      for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
        definitions[name] = convertSchema(schema, docId);
      }
      this.ajv.addSchema({ $id: docId, definitions });
    }
    for (const [file, spec] of Object.entries(this.specs)) {
      for (const [pathTemplate, pathItem] of Object.entries(spec.paths ?? {})) {
        for (const method of METHODS) {
          const op = pathItem[method];
          if (!op) continue;
          if (!op.operationId) throw new Error(`${file} ${method} ${pathTemplate}: no operationId`);
          if (PARTIAL_SPECS[file] && !PARTIAL_SPECS[file].includes(op.operationId)) continue;
          if (this.operations.has(op.operationId)) {
            throw new Error(`duplicate operationId ${op.operationId}`);
          }
          this.operations.set(op.operationId,
            new Operation(this, file, spec, pathTemplate, method, op, pathItem));
        }
      }
    }
  }

  operation(operationId) {
    const op = this.operations.get(operationId);
    if (!op) throw new Error(`no operation ${operationId} in the specs`);
    return op;
  }

  // Validates a JSON value against a named component schema of a spec, e.g. ('user.json', 'UserV2').
  validatorFor(file, schemaName) {
    return this.ajv.getSchema(`${this.docIds[file]}#/definitions/${schemaName}`);
  }
}

// Short readable form of ajv errors: "/results/0/email must match format \"email\" (#/…)".
export function describeErrors(errors, limit = 6) {
  if (!errors?.length) return '';
  const lines = errors.slice(0, limit).map((error) => {
    const where = error.instancePath || '(root)';
    const extra = error.params && Object.keys(error.params).length
      ? ` ${JSON.stringify(error.params)}` : '';
    const schemaPath = error.schemaPath.replace(BASE_ID, '')
      .replace('#/definitions/', '#/components/schemas/');
    return `${where} ${error.message}${extra} [schema ${schemaPath}]`;
  });
  if (errors.length > limit) lines.push(`… ${errors.length - limit} more`);
  return lines.join('; ');
}

// Object fields in `data` that the (raw OpenAPI) schema does not declare, as JSON pointers.
// The specs allow extra fields (no additionalProperties: false), so these are notes, not failures:
// they show where an answer's shape drifts from the documented one.
export function undeclaredFields(spec, schema, data, where = '') {
  if (data === null || typeof data !== 'object') return [];
  const branches = flattenBranches(spec, schema);
  if (Array.isArray(data)) {
    const items = branches.map((branch) => branch.items).filter(Boolean);
    if (!items.length) return [];
    return data.flatMap((item, index) =>
      undeclaredFields(spec, { anyOf: items }, item, `${where}/${index}`));
  }
  const withProperties = branches.filter((branch) => branch.properties);
  const open = branches.some((branch) => branch.additionalProperties === true
    || typeof branch.additionalProperties === 'object');
  if (!withProperties.length) {
    const additional = branches.map((b) => b.additionalProperties).filter((a) => typeof a === 'object');
    if (!additional.length) return [];
    return Object.entries(data).flatMap(([key, value]) =>
      undeclaredFields(spec, { anyOf: additional }, value, `${where}/${key}`));
  }
  const found = [];
  for (const [key, value] of Object.entries(data)) {
    const declared = withProperties.map((branch) => branch.properties[key]).filter(Boolean);
    if (!declared.length) {
      if (!open) found.push(`${where}/${key}`);
      continue;
    }
    found.push(...undeclaredFields(spec, { anyOf: declared }, value, `${where}/${key}`));
  }
  return found;
}

// All schemas that together describe a value: follows $ref and allOf/oneOf/anyOf.
function flattenBranches(spec, schema, depth = 0) {
  if (!schema || typeof schema !== 'object' || depth > 20) return [];
  const resolved = resolveSchema(spec, schema);
  const result = [resolved];
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    for (const sub of resolved[key] ?? []) result.push(...flattenBranches(spec, sub, depth + 1));
  }
  return result;
}

// A `$ref` into the spec's components (#/components/parameters/X, #/components/examples/X)
// resolved to what it names; anything else as it is.
export function resolveComponent(spec, item) {
  const ref = item?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return item;
  return ref.slice(2).split('/').reduce((node, key) => node?.[key], spec) ?? item;
}
