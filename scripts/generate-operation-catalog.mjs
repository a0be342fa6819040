#!/usr/bin/env node
// Writes domain/console/OperationCatalogTable.cpp from the OpenAPI definitions of the pinned
// @epilot/sdk in build/specs (scripts/install-specs.sh) or $EPILOT_SPECS_DIR. Run once when the specs change; the unit test tst_operation_catalog
// compares the committed table with the specs so the two cannot drift apart silently.
//
//   node scripts/generate-operation-catalog.mjs > domain/console/OperationCatalogTable.cpp
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const specsDir =
  process.env.EPILOT_SPECS_DIR ||
  path.resolve(here, '..', 'build', 'specs', 'node_modules', '@epilot', 'sdk', 'definitions');
// The third column limits a definition to some of its operations: of the Entity API only those
// that serve partner records (issue "partners by entity list") belong to this application.
const APIS = [
  ['user.json', 'Api::User'],
  ['organization.json', 'Api::Organization'],
  ['partner-directory.json', 'Api::PartnerDirectory'],
  ['permissions.json', 'Api::Permissions'],
  ['entity.json', 'Api::Entity',
    ['searchEntities', 'createEntity', 'getEntity', 'patchEntity', 'deleteEntity']],
  ['audit-logs.json', 'Api::AuditLogs'],
  ['access-token.json', 'Api::AccessToken'],
];
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

function resolve(spec, schema) {
  let guard = 0;
  while (schema && schema.$ref && guard++ < 20) {
    const parts = schema.$ref.replace(/^#\//, '').split('/');
    schema = parts.reduce((node, key) => node[key], spec);
  }
  return schema || {};
}

function typeName(spec, schema) {
  const s = resolve(spec, schema);
  if (s.type === 'array') return `array<${typeName(spec, s.items)}>`;
  return s.type || 'string';
}

// A plausible value for a schema: its example, default or first enum value, else built from parts.
function exampleFor(spec, schema, depth = 0) {
  const s = resolve(spec, schema);
  if (s.example !== undefined) return s.example;
  if (s.default !== undefined) return s.default;
  if (Array.isArray(s.enum) && s.enum.length) return s.enum[0];
  if (depth > 5) return null;
  const variants = s.allOf || s.oneOf || s.anyOf;
  if (variants) {
    if (s.allOf) return Object.assign({}, ...s.allOf.map((v) => exampleFor(spec, v, depth + 1)));
    return exampleFor(spec, variants[0], depth + 1);
  }
  if (s.type === 'array') return [exampleFor(spec, s.items, depth + 1)];
  if (s.type === 'object' || s.properties) {
    const out = {};
    const required = new Set(s.required || []);
    for (const [name, prop] of Object.entries(s.properties || {})) {
      const p = resolve(spec, prop);
      if (p.readOnly) continue;
      if (required.has(name) || p.example !== undefined || depth === 0)
        out[name] = exampleFor(spec, prop, depth + 1);
    }
    return out;
  }
  if (!s.type) return {}; // "any JSON value": an empty object is the friendliest start
  switch (s.type) {
    case 'integer':
    case 'number':
      return 0;
    case 'boolean':
      return false;
    default:
      return s.format === 'email' ? 'someone@example.com' : '';
  }
}

function bodyExample(spec, requestBody) {
  if (!requestBody) return null;
  const media = (requestBody.content || {})['application/json'] || {};
  if (media.example !== undefined) return media.example;
  if (media.examples) {
    const first = Object.values(media.examples)[0];
    if (first && first.value !== undefined) return first.value;
  }
  return exampleFor(spec, media.schema);
}

const cpp = (text) => JSON.stringify(text ?? '');
const placeName = { path: 'Path', query: 'Query', header: 'Header' };

const rows = [];
for (const [file, api, only] of APIS) {
  const spec = JSON.parse(fs.readFileSync(path.join(specsDir, file), 'utf8'));
  for (const [p, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op || (only && !only.includes(op.operationId))) continue;
      const params = [...(item.parameters || []), ...(op.parameters || [])].map((raw) => {
        const x = resolve(spec, raw);
        return `{${cpp(x.name)}, OperationParameter::Place::${placeName[x.in]}, ${cpp(
          typeName(spec, x.schema))}, ${x.required ? 'true' : 'false'}, ${cpp(
          (x.description || '').split('\n')[0].trim())}}`;
      });
      const example = bodyExample(spec, op.requestBody);
      const isPublic = Array.isArray(op.security) && op.security.length === 0;
      rows.push(`    {${api}, ${cpp(op.operationId)}, ${cpp((op.tags || [''])[0])}, ${cpp(
        method.toUpperCase())}, ${cpp(p)},
     ${cpp(op.summary || '')},
     {${params.join(',\n      ')}},
     ${op.requestBody ? 'true' : 'false'}, ${op.requestBody?.required ? 'true' : 'false'},
     ${example === null ? '{}' : `R"json(${JSON.stringify(example, null, 2)})json"`},
     ${isPublic ? 'false' : 'true'}},`);
    }
  }
}

process.stdout.write(`// Generated once by scripts/generate-operation-catalog.mjs from the OpenAPI definitions of the
// APIs; tst_operation_catalog keeps it honest against the specs. Edit by re-running.
// clang-format off
#include "domain/console/OperationCatalog.h"

const QList<Operation> &OperationCatalog::all()
{
    static const QList<Operation> operations = {
${rows.join('\n')}
    };
    return operations;
}
// clang-format on
`);
