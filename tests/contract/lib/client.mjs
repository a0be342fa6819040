// A spec-driven HTTP client: every call names an operationId of the specs, the client builds the
// request from the spec's path template, checks that what it is about to send is itself valid
// against the spec (so the test is a correct client), sends it over plain HTTP and checks the
// answer: status declared by the spec, body valid against the response schema, no internal fields.
import http from 'node:http';
import { describeErrors, resolveSchema, undeclaredFields } from './openapi.mjs';

const REQUEST_TIMEOUT_MS = 15000;

// Collects named checks; a failing check keeps a precise reason for the findings file.
export class Results {
  constructor() {
    this.passed = 0;
    this.failed = 0;
    this.failures = [];
    this.notes = [];
    this.prefix = ''; // e.g. "[sqlite] " while a pass runs
  }

  check(name, ok, detail = '') {
    name = `${this.prefix}${name}`;
    if (ok) {
      this.passed += 1;
      if (process.env.CONTRACT_VERBOSE) console.log(`  ok   ${name}`);
    } else {
      this.failed += 1;
      this.failures.push({ name, detail });
      console.log(`  FAIL ${name}${detail ? `\n       ${detail}` : ''}`);
    }
    return ok;
  }

  note(text) {
    this.notes.push(text);
    console.log(`  note ${text}`);
  }
}

export class SpecClient {
  constructor(contract, baseUrl, token, results) {
    this.contract = contract;
    this.baseUrl = baseUrl;
    this.token = token;
    this.results = results;
    this.exercised = new Set(); // operationIds called with a spec-valid request
    this.log = [];
    this.undeclared = new Map(); // operationId → fields the spec does not declare (notes)
  }

  // options: params (path), query, body (JSON value), rawBody (string/Buffer, sent as is),
  // token (undefined = default for secured operations, null = none, string = that token),
  // expect (status or list; default: the operation's lowest declared 2xx),
  // negative (true: a bad request on purpose; the answer must be 4xx JSON {"message"}),
  // invalidRequest (true: assert the request violates the spec, i.e. the negative is real),
  // label (text added to check names).
  async call(operationId, options = {}) {
    const op = this.contract.operation(operationId);
    const label = `${operationId}${options.label ? ` (${options.label})` : ''}`;
    const url = this.buildUrl(op, options.params ?? {}, options.query ?? {});
    const hasBody = options.body !== undefined || options.rawBody !== undefined;

    const requestProblems = this.requestProblems(op, options, hasBody);
    if (options.probe) {
      if (requestProblems.length) throw new Error(`${label}: probe request invalid: ${requestProblems}`);
    } else if (options.invalidRequest) {
      this.results.check(`${label}: test request really violates the spec`,
        requestProblems.length > 0, 'the request is valid per the spec, so this is no negative test');
    } else if (!options.rawBody && !options.skipRequestCheck) {
      this.results.check(`${label}: request valid per spec`, requestProblems.length === 0,
        requestProblems.join('; '));
      if (requestProblems.length === 0 && !options.negative) this.exercised.add(operationId);
    }

    const headers = { accept: 'application/json' };
    let payload = null;
    if (options.rawBody !== undefined) {
      payload = Buffer.isBuffer(options.rawBody) ? options.rawBody : Buffer.from(options.rawBody);
      headers['content-type'] = 'application/json';
    } else if (options.body !== undefined) {
      payload = Buffer.from(JSON.stringify(options.body));
      headers['content-type'] = 'application/json';
    }
    const token = options.token === undefined ? (op.secured ? this.token : null) : options.token;
    if (token) headers.authorization = `Bearer ${token}`;
    Object.assign(headers, options.headers ?? {});

    let response;
    try {
      response = await send(op.method, url, headers, payload);
    } catch (error) {
      this.results.check(`${label}: ${op.method} ${url.pathname} answered`, false, String(error));
      return { status: 0, body: undefined, text: '', headers: {}, error };
    }
    this.log.push({ operationId, method: op.method, path: url.pathname + url.search,
      status: response.status });
    if (options.probe) return response; // caller decides; verify() records the checks later
    this.checkResponse(op, label, options, response);
    return response;
  }

  // Records the checks of a probe's answer once the caller knows it is the one it wanted.
  verify(operationId, response, options = {}) {
    const op = this.contract.operation(operationId);
    const label = `${operationId}${options.label ? ` (${options.label})` : ''}`;
    this.results.check(`${label}: request valid per spec`, true);
    this.exercised.add(operationId);
    this.checkResponse(op, label, options, response);
  }

  // Emulator-only endpoints (not in the specs), e.g. GET /emulator/outbox.
  async raw(method, pathAndQuery, { body, token } = {}) {
    const url = new URL(pathAndQuery, this.baseUrl);
    const headers = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    let payload = null;
    if (body !== undefined) {
      payload = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
      headers['content-type'] = 'application/json';
    }
    return send(method, url, headers, payload);
  }

  buildUrl(op, params, query) {
    const pathname = op.path.replace(/\{([^}]+)\}/g, (whole, name) => {
      if (!(name in params)) throw new Error(`${op.operationId}: path parameter ${name} missing`);
      return encodeURIComponent(String(params[name]));
    });
    const url = new URL(pathname, this.baseUrl);
    for (const [name, value] of Object.entries(query)) {
      if (value === undefined) continue;
      const param = op.parameters.find((p) => p.in === 'query' && p.name === name);
      if (Array.isArray(value)) {
        const explode = param?.explode ?? true;
        if (explode) value.forEach((item) => url.searchParams.append(name, String(item)));
        else url.searchParams.append(name, value.join(','));
      } else {
        url.searchParams.append(name, String(value));
      }
    }
    return url;
  }

  // Everything about the request that does not match the spec; empty when the request is valid.
  requestProblems(op, options, hasBody) {
    const problems = [];
    const given = { path: options.params ?? {}, query: options.query ?? {} };
    for (const param of op.parameters) {
      if (!['path', 'query'].includes(param.in)) continue;
      const value = given[param.in][param.name];
      if (value === undefined) {
        if (param.required) problems.push(`required ${param.in} parameter ${param.name} missing`);
        continue;
      }
      const typed = coerceParameter(param, value);
      if (!param.validate(typed)) {
        problems.push(`${param.in} parameter ${param.name}: ${describeErrors(param.validate.errors)}`);
      }
    }
    for (const where of ['path', 'query']) {
      for (const name of Object.keys(given[where])) {
        if (!op.parameters.some((p) => p.in === where && p.name === name)) {
          problems.push(`${where} parameter ${name} is not declared by the spec`);
        }
      }
    }
    if (hasBody && !op.bodyMediaTypes.length) problems.push('the operation takes no request body');
    if (!hasBody && op.bodyRequired) problems.push('required request body missing');
    if (options.body !== undefined && op.validateBody && !op.validateBody(options.body)) {
      problems.push(`body: ${describeErrors(op.validateBody.errors)}`);
    }
    if (options.body !== undefined && op.validateBody) {
      problems.push(...readOnlyFieldsSent(op, options.body));
    }
    return problems;
  }

  checkResponse(op, label, options, response) {
    const { status, body, text } = response;
    if (status === 404 && /^No operation at/.test(body?.message ?? '')) {
      // The emulator's router has no route: one failure instead of a cascade.
      this.results.check(`${label}: ${op.method} ${op.path} is implemented`, false, text);
      return;
    }
    if (options.negative) {
      const expected = [].concat(options.expect ?? [400]);
      this.results.check(`${label}: answers ${expected.join('/')}`, expected.includes(status),
        `got ${status}: ${text.slice(0, 300)}`);
      const declared = op.responseFor(status);
      if (declared?.validate && status === expected[0]) {
        // The spec gives this error a schema (e.g. resetPassword's 400): it must match too.
        this.results.check(`${label}: ${status} body valid per spec`, declared.validate(body),
          describeErrors(declared.validate.errors));
      }
      if (status >= 400 && status < 500) {
        const isJson = /application\/json/.test(response.headers['content-type'] ?? '');
        const okMessage = isJson && body && typeof body === 'object' && !Array.isArray(body)
          && typeof body.message === 'string' && body.message.trim().length > 0;
        this.results.check(`${label}: ${status} has JSON {"message"}`, okMessage,
          `content-type ${response.headers['content-type']}, body ${text.slice(0, 200)}`);
        if (process.env.CONTRACT_VERBOSE) console.log(`       message: ${body?.message}`);
        if (okMessage && options.mentions) {
          // "a JSON body {"message": "…"} that says what is wrong" (issue 3)
          this.results.check(`${label}: message names the problem (${options.mentions})`,
            options.mentions.test(body.message), `message: ${body.message}`);
        }
      }
      return;
    }

    const expected = [].concat(options.expect ?? [op.successStatus()]);
    const statusOk = this.results.check(`${label}: status ${expected.join('/')}`,
      expected.includes(status), `got ${status}: ${text.slice(0, 400)}`);
    const declared = op.responseFor(status);
    this.results.check(`${label}: status ${status} declared by spec`, Boolean(declared),
      `declared: ${op.declaredStatuses().join(', ')}`);
    if (!statusOk || !declared) return;

    const declaredHeaders = Object.keys(op.raw.responses?.[String(status)]?.headers ?? {});
    for (const header of declaredHeaders) {
      this.results.check(`${label}: declared header ${header} present`,
        response.headers[header.toLowerCase()] !== undefined,
        `headers: ${Object.keys(response.headers).join(', ')}`);
    }
    if (status === 204) {
      this.results.check(`${label}: 204 has no body`, text.length === 0, text.slice(0, 200));
      return;
    }
    if (declared.hasJsonContent) {
      const isJson = /application\/json/.test(response.headers['content-type'] ?? '');
      this.results.check(`${label}: content-type application/json`, isJson,
        `content-type ${response.headers['content-type']}`);
      this.results.check(`${label}: body is JSON`, response.parseError === undefined,
        `${response.parseError}: ${text.slice(0, 200)}`);
    }
    if (declared.validate) {
      this.results.check(`${label}: body valid per ${op.specName} schema`, declared.validate(body),
        describeErrors(declared.validate.errors));
    }
    if (declared.schema && body !== undefined) {
      const extra = undeclaredFields(op.spec, declared.schema, body);
      const unique = [...new Set(extra.map((p) => p.replace(/\/\d+(?=\/|$)/g, '/*')))];
      if (unique.length) this.undeclared.set(op.operationId, new Set([
        ...(this.undeclared.get(op.operationId) ?? []), ...unique]));
    }
    if (body !== undefined) {
      // The Entity API's own attributes (_id, _org, _schema, …) start with '_' by design.
      const leaks = internalFields(body).filter((where) => op.specName !== 'entity.json'
        || !ENTITY_META.has(where.split('/').pop()));
      this.results.check(`${label}: no internal fields in body`, leaks.length === 0,
        `internal fields: ${leaks.slice(0, 8).join(', ')}`);
    }
  }
}

// Query values arrive as strings on the wire; give the validator the type the schema wants.
function coerceParameter(param, value) {
  if (Array.isArray(value)) return value;
  if (param.type === 'number' || param.type === 'integer') return value === '' ? value : Number(value);
  if (param.type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return typeof value === 'string' ? value : String(value);
}

// Fields the spec marks readOnly must not be sent (OpenAPI 3.0: "SHOULD NOT be sent as part of
// the request"); only top-level fields of the UserV2/Organization style bodies are checked.
function readOnlyFieldsSent(op, body) {
  const schema = op.raw.requestBody?.content?.['application/json']?.schema;
  if (!schema?.$ref || body === null || typeof body !== 'object') return [];
  const definition = resolveSchema(op.spec, schema);
  if (!definition?.properties) return [];
  return Object.keys(body).filter((key) => {
    const prop = definition.properties[key];
    return prop?.readOnly === true;
  }).map((key) => `body field ${key} is readOnly`);
}

// Fields that must never reach a client: the store's "_" fields and secret hashes.
const ENTITY_META = new Set(['_id', '_org', '_owners', '_schema', '_title', '_tags', '_created_at',
  '_updated_at', '_deleted_at', '_acl', '_purpose', '_purpose_name', '_manifest', '_changesets']);

function internalFields(value, where = '') {
  const found = [];
  if (Array.isArray(value)) {
    value.forEach((item, index) => found.push(...internalFields(item, `${where}/${index}`)));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.startsWith('_') || /password_hash|password_reset_token_hash|^password$/.test(key)) {
        found.push(`${where}/${key}`);
      }
      found.push(...internalFields(item, `${where}/${key}`));
    }
  }
  return found;
}

export function send(method, url, headers, payload) {
  return new Promise((resolve, reject) => {
    let responded = false;
    const request = http.request(url, {
      method, headers: payload ? { ...headers, 'content-length': payload.length } : headers,
      agent: false,
    }, (response) => {
      responded = true;
      const chunks = [];
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        const text = Buffer.concat(chunks).toString('utf8');
        const result = { status: response.statusCode, headers: response.headers, text,
          body: undefined };
        if (text.length) {
          try {
            result.body = JSON.parse(text);
          } catch (error) {
            result.parseError = error.message;
          }
        }
        resolve(result);
      };
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', finish);
      // The server may answer early (e.g. 413) and close while we are still writing.
      response.on('error', finish);
      response.on('close', finish);
    });
    request.setTimeout(REQUEST_TIMEOUT_MS, () => request.destroy(new Error('request timed out')));
    request.on('error', (error) => {
      if (!responded) reject(error);
    });
    if (payload) request.write(payload);
    request.end();
  });
}
