#!/usr/bin/env node
// Contract test of epilot-emulator: starts the real binary, calls each of the 72 operations of the
// three official specs with valid requests (checked against the specs before sending), validates
// every status code and response body against the specs, then sends bad input (missing fields,
// bad e-mail, bad language, unknown role, settings limits, malformed JSON, unknown ids, oversized
// body, no/wrong token) and checks for 4xx JSON {"message"} answers and unchanged stored data.
//
// usage: node contract.mjs /path/to/epilot-emulator        (EPILOT_SPECS_DIR to find the specs)
import { Contract, describeErrors } from './lib/openapi.mjs';
import { selfTest } from './lib/selftest.mjs';
import { startEmulator } from './lib/emulator.mjs';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { Results, SpecClient, send } from './lib/client.mjs';
import { permissions, permissionsRead } from './permissions.mjs';
import { accessTokens, auditLogs } from './security.mjs';

const TOKEN = 'contract-test-token-4f1c2a';
const OTHER_ORG = '739225';
const UNKNOWN_ID = '99999999';
const RUN = Date.now().toString(36);

const results = new Results();
const ctx = {}; // what earlier steps learned (ids, tokens) for later ones

async function main() {
  const binary = process.argv[2];
  const contract = new Contract();
  console.log(`specs: ${contract.dir} (${contract.operations.size} operations)`);
  results.prefix = '[validator] ';
  selfTest(contract, results);
  // Once in memory, once with the SQLite store (--data), which the application's profiles use.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'epilot-contract-'));
  try {
    await runPass(contract, binary, 'memory', []);
    await runPass(contract, binary, 'sqlite', ['--data', path.join(dataDir, 'emulator.sqlite')]);
    await generatedPass(contract, binary);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  results.prefix = '';
  console.log(`\n${results.passed} passed, ${results.failed} failed`);
  if (process.env.CONTRACT_FAILURES_JSON) {
    fs.writeFileSync(process.env.CONTRACT_FAILURES_JSON, JSON.stringify(results.failures, null, 1));
  }
  process.exitCode = results.failed === 0 ? 0 : 1;
}

async function runPass(contract, binary, name, extraArgs) {
  for (const key of Object.keys(ctx)) delete ctx[key];
  results.prefix = `[${name}] `;
  console.log(`\n######## pass: ${name} store`);
  const emulator = await startEmulator(binary, ['--seed', 'demo', '--token', TOKEN, ...extraArgs]);
  console.log(`emulator: ${emulator.baseUrl}; announced ${emulator.tokens.length} token line(s)`);
  const api = new SpecClient(contract, emulator.baseUrl, TOKEN, results);
  try {
    await step('announced token is accepted', () => announcedToken(api, emulator));
    await step('users: me and reads', () => usersRead(api));
    await step('every demo document read and validated', () => demoData(api, contract));
    await step('users: invite → outbox → activate', () => inviteFlow(api));
    await step('users: reject invite', () => rejectFlow(api));
    await step('users: password resets', () => passwordFlows(api));
    await step('users: update, e-mail verification', () => updateAndVerify(api));
    await step('users: settings', () => userSettings(api));
    await step('users: navigations', () => navigations(api));
    await step('users: passkeys', () => passkeys(api));
    await step('groups', () => groups(api));
    await step('organization', () => organization(api));
    await step('partners: assignables and geolocation', () => assignables(api));
    await step('partners: invite, token, activate', () => partnerInvitations(api));
    await step('partners: approve and reject', () => partnerApproval(api));
    await step('entities: partner records', () => partnerEntities(api));
    await step('partners: users and roles', () => partnerUsersAndRoles(api));
    await step('permissions: roles and assignments', () => permissions(api, ctx, results));
    await step('access tokens', () => accessTokens(api, ctx, results));
    await step('audit logs', () => auditLogs(api, ctx, results));
    await step('users: sign up', () => signUp(api));
    await step('users: switch organization', () => switchOrganization(api));
    await step('declared error answers', () => declaredErrors(api));
    await step('bad input', () => badInput(api));
    await step('concurrent requests', () => concurrent(api));
    await step('users: delete', () => deleteUser(api));
    results.check('emulator still running after all requests', emulator.alive(),
      emulator.stderrTail());
  } finally {
    const exit = await emulator.stop();
    results.check('emulator stops cleanly on SIGTERM', exit.signal === 'SIGTERM' || exit.code === 0,
      JSON.stringify(exit));
  }

  if (api.undeclared.size) {
    console.log('\nnotes: fields in answers that the spec does not declare (allowed, but drift):');
    for (const [operationId, fields] of api.undeclared) {
      console.log(`  ${operationId}: ${[...fields].join(', ')}`);
    }
  }
  const missing = [...contract.operations.keys()].filter((id) => !api.exercised.has(id));
  results.check(`all ${contract.operations.size} operations exercised with a spec-valid request`,
    missing.length === 0, `not exercised: ${missing.join(', ')}`);
  console.log(`\n[${name}] exercised ${api.exercised.size}/${contract.operations.size} operations, ` +
    `${api.log.length} requests`);
}

// Generated (not hand-written) seed data must satisfy the schemas as well.
async function generatedPass(contract, binary) {
  for (const key of Object.keys(ctx)) delete ctx[key];
  results.prefix = '[generated] ';
  console.log('\n######## pass: generated seed (--users 400 --groups 40 --partners 30)');
  const emulator = await startEmulator(binary, ['--seed', 'demo', '--token', TOKEN,
    '--users', '400', '--groups', '40', '--partners', '30']);
  const api = new SpecClient(contract, emulator.baseUrl, TOKEN, results);
  try {
    await step('generated data read and validated', async () => {
      ctx.me = (await api.call('getMeV2')).body;
      ctx.orgId = ctx.me?.organization_id;
      ctx.allUsers = (await api.call('listUsersV2', { query: { limit: 100000 } })).body?.results ?? [];
      results.check('--users 400 gives at least 400 users', ctx.allUsers.length >= 400,
        `got ${ctx.allUsers.length}`);
      const groups = (await api.call('getGroups', { query: { limit: 100000 } })).body;
      results.check('--groups 40 gives at least 40 groups', groups?.groups?.length >= 40,
        `got ${groups?.groups?.length}`);
      await demoData(api, contract);
      await permissionsRead(api, results);
      const partners = await knownPartners(api);
      results.check('--partners 30 gives at least 30 partners', partners.length >= 30,
        `got ${partners.length}`);
    });
  } finally {
    await emulator.stop();
  }
}

async function step(name, body) {
  console.log(`\n== ${name}`);
  try {
    await body();
  } catch (error) {
    results.check(`${name}: step ran to the end`, false, error.stack ?? String(error));
  }
}

// Deep equality of JSON values; object key order does not matter.
function expectEqual(name, actual, expected) {
  return results.check(name, canonical(actual) === canonical(expected),
    `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

// ---------------------------------------------------------------------------------------------
// Outbox (emulator-only): every mail the real service would send.

async function outbox(api) {
  const response = await api.raw('GET', '/emulator/outbox', { token: TOKEN });
  if (response.status !== 200) throw new Error(`GET /emulator/outbox: ${response.status} ${response.text}`);
  const body = response.body;
  if (Array.isArray(body)) return body;
  const list = Object.values(body ?? {}).find(Array.isArray);
  if (!list) throw new Error(`GET /emulator/outbox: no list in ${response.text.slice(0, 200)}`);
  return list;
}

// The newest mail of a kind to an address, and the token it carries.
async function mailFor(api, kindPattern, to) {
  const mails = (await outbox(api)).filter((mail) => kindPattern.test(mail.kind ?? '')
    && String(mail.to ?? '').toLowerCase() === to.toLowerCase());
  const mail = mails[mails.length - 1];
  if (!mail) throw new Error(`no ${kindPattern} mail to ${to} in the outbox`);
  return { mail, token: tokenOf(mail) };
}

function tokenOf(mail) {
  const data = mail.data ?? {};
  if (typeof data.token === 'string') return data.token;
  for (const value of Object.values(data)) {
    if (typeof value === 'string' && /[?&]token=/.test(value)) {
      return new URL(value).searchParams.get('token');
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// User API

async function announcedToken(api, emulator) {
  results.check('emulator announced at least one token line', emulator.tokens.length > 0,
    emulator.lines.join(' | '));
  const announced = emulator.tokens.find((token) => token !== TOKEN) ?? emulator.tokens[0];
  if (!announced) return;
  const response = await api.call('getMeV2', { token: announced, label: 'announced token' });
  results.check('announced token resolves to a user', Boolean(response.body?.id));
}

async function usersRead(api) {
  const me = (await api.call('getMeV2')).body;
  ctx.me = me;
  ctx.orgId = me.organization_id;
  results.check('getMeV2 is an Active user with an organization',
    me.status === 'Active' && Boolean(me.organization_id), JSON.stringify(me).slice(0, 300));
  const meV1 = (await api.call('getMe')).body;
  expectEqual('getMe and getMeV2 name the same user', meV1?.id, me.id);

  const page = (await api.call('listUsersV2', { query: { limit: 5, offset: 0 } })).body;
  results.check('listUsersV2 limit=5 gives 1..5 users',
    page?.results?.length >= 1 && page.results.length <= 5, `got ${page?.results?.length}`);
  const next = (await api.call('listUsersV2', { query: { limit: 5, offset: 5 }, label: 'offset 5' }))
    .body;
  results.check('listUsersV2 offset=5 gives other users than offset=0',
    !next?.results?.some((user) => page.results.some((other) => other.id === user.id)));
  const surname = (me.display_name ?? '').split(' ').pop();
  const found = (await api.call('listUsersV2', { query: { query: surname }, label: 'query' })).body;
  results.check(`listUsersV2 query=${surname} finds me`,
    found?.results?.some((user) => user.id === me.id));
  const all = (await api.call('listUsersV2', { query: { limit: 1000 }, label: 'limit 1000' })).body;
  ctx.allUsers = all?.results ?? [];
  results.check('demo seed has users in every status',
    ['Active', 'Pending', 'Deactivated'].every((s) => ctx.allUsers.some((u) => u.status === s)),
    `statuses: ${[...new Set(ctx.allUsers.map((u) => u.status))]}`);

  const v1 = (await api.call('listUsers', { query: { org_ids: [ctx.orgId], limit: 10, offset: 0 } }))
    .body;
  results.check('listUsers org_ids=current gives users of that organization',
    v1?.users?.length > 0 && v1.users.every((user) => user.organization_id === ctx.orgId));
  await api.call('listUsers', { query: { query: surname }, label: 'query' });

  const user = (await api.call('getUserV2', { params: { id: me.id } })).body;
  expectEqual('getUserV2 returns the asked user', user?.id, me.id);
  const userV1 = (await api.call('getUser', { params: { id: me.id } })).body;
  expectEqual('getUser returns the asked user', userV1?.id, me.id);

  const login = (await api.call('getUserLoginParametersV2', { params: { username: me.email } }))
    .body;
  results.check('getUserLoginParametersV2: first entry is the primary organization',
    login?.login_parameters?.[0]?.organization_id === ctx.orgId, JSON.stringify(login).slice(0, 300));
  results.check('getUserLoginParametersV2: the admin is in two organizations',
    login?.login_parameters?.length >= 2);
  await api.call('getUserLoginParameters', { params: { username: me.email } });
  await api.call('getGroupsForUser', { params: { id: me.id } });
}

// Reads every seeded document through the spec's read operations, so each one is validated
// against its schema (seeds are where hand-written JSON drifts from the contract).
async function demoData(api, contract) {
  const quiet = { label: 'all demo data' };
  const v1 = (await api.call('listUsers', { query: { limit: 100000 }, ...quiet })).body;
  results.check('listUsers (V1) lists as many users as listUsersV2',
    v1?.users?.length === ctx.allUsers.length, `${v1?.users?.length} vs ${ctx.allUsers.length}`);
  await api.call('getGroups', { query: { hydrate: true, limit: 100000 }, ...quiet });
  for (const user of ctx.allUsers.filter((_, index) => index % 5 === 0)) {
    await api.call('getGroupsForUser', { params: { id: user.id }, label: 'every 5th user' });
    await api.call('getUser', { params: { id: user.id }, label: 'every 5th user' });
  }
  await api.call('batchGetAssignable', { body: ctx.allUsers.map((user) => ({ user_id: user.id })),
    label: 'all users' });
  await api.call('searchAssignable', { body: { q: '', size: 1000, types: ['user', 'partner_user',
    'partner_organization', 'ecp', 'group', 'parent_organization_user'] }, label: 'all types' });

  const settings = (await api.call('listUserSettings', quiet)).body;
  for (const { scope, keys } of settings?.results ?? []) {
    await api.call('getUserSettingsScope', { params: { scope }, ...quiet });
    for (const key of keys) await api.call('getUserSetting', { params: { scope, key }, ...quiet });
  }
  await api.call('getOrganization', { params: { org_id: OTHER_ORG }, label: 'second organization' });
  await api.call('getSettings', { params: { org_id: OTHER_ORG }, label: 'second organization' });

  const validatePartner = contract.validatorFor('partner-directory.json', 'Partner');
  const partners = await knownPartners(api);
  const statuses = new Set(partners.map((partner) => partner.status));
  results.check('demo partners cover every status of the spec',
    ['Pending', 'Request', 'Deleted', 'Invited', 'Rejected'].every((st) => statuses.has(st)),
    `statuses: ${[...statuses]}`);
  for (const partner of partners) {
    results.check(`demo partner ${partner.company_name ?? partner.id} valid per Partner schema`,
      validatePartner(partner), describeErrors(validatePartner.errors));
  }
  const partnerOrgs = new Set(partners.map((partner) => partner.partner_org_id).filter(Boolean));
  for (const orgId of partnerOrgs) {
    const users = await api.call('getPartnerUsers', { params: { orgId }, probe: true });
    if (users.status === 404) continue; // a partner organization without a user directory here
    api.verify('getPartnerUsers', users, { label: `partner org ${orgId}` });
    await api.call('getPartnerRoles', { params: { orgId }, label: `partner org ${orgId}` });
  }
}

async function inviteFlow(api) {
  const email = `contract.invite.${RUN}@example.com`;
  ctx.invitedEmail = email;
  const invited = (await api.call('inviteUser', { body: { email, language: 'de' } })).body;
  ctx.invitedId = invited?.id;
  results.check('inviteUser creates a Pending user with that e-mail',
    invited?.status === 'Pending' && invited?.email === email, JSON.stringify(invited));
  const { token } = await mailFor(api, /invite/i, email);
  results.check('invite mail in the outbox carries a token', Boolean(token));
  ctx.inviteToken = token;

  const checked = (await api.call('checkInviteToken', { query: { token } })).body;
  expectEqual('checkInviteToken names the invited user', checked?.invitee_user_id, invited?.id);
  expectEqual('checkInviteToken names the inviting organization', checked?.invitation_org_id,
    ctx.orgId);

  await api.call('resendUserInvitation', { body: { email, language: 'en' } });
  const resent = await mailFor(api, /invite/i, email);
  results.check('resendUserInvitation sends another invite mail', Boolean(resent.token));
  ctx.inviteToken = resent.token;

  ctx.invitedPassword = 'Contract-Test-1!';
  await api.call('activateUser', { query: { token: ctx.inviteToken },
    body: { display_name: 'Contract Invitee', password: ctx.invitedPassword } });
  const active = (await api.call('getUserV2', { params: { id: invited.id }, label: 'activated' }))
    .body;
  results.check('activated user is Active with the display name',
    active?.status === 'Active' && active?.display_name === 'Contract Invitee',
    JSON.stringify(active));
}

async function rejectFlow(api) {
  const email = `contract.reject.${RUN}@example.com`;
  const invited = (await api.call('inviteUser', { body: { email }, label: 'to reject' })).body;
  const { token } = await mailFor(api, /invite/i, email);
  const rejected = (await api.call('rejectInvite', { query: { token } })).body;
  results.check('rejectInvite answers success', rejected?.success !== false, JSON.stringify(rejected));
  await api.call('checkInviteToken', { query: { token }, negative: true, expect: 404,
    label: 'rejected token' });
  ctx.rejectedId = invited?.id;
}

async function passwordFlows(api) {
  const email = ctx.invitedEmail;
  const sent = (await api.call('sendUserPasswordReset', { body: { email } })).body;
  expectEqual('sendUserPasswordReset answers success', sent?.success, true);
  await mailFor(api, /reset/i, email);

  const requested = (await api.call('requestPasswordReset', { body: { email } })).body;
  results.check('requestPasswordReset answers a message', typeof requested?.message === 'string');
  const unknown = (await api.call('requestPasswordReset',
    { body: { email: `nobody.${RUN}@example.com` }, label: 'unknown address' })).body;
  expectEqual('requestPasswordReset answers alike for an unknown address', unknown, requested);
  const { token } = await mailFor(api, /reset/i, email);

  await api.call('resetPassword', { body: { email, token, password: 'weak' }, negative: true,
    label: 'password policy' });
  ctx.invitedPassword = 'Contract-Reset-2!';
  await api.call('resetPassword', { body: { email, token, password: ctx.invitedPassword } });
  await api.call('resetPassword', { body: { email, token, password: 'Contract-Again-3!' },
    negative: true, label: 'token used twice' });
}

async function updateAndVerify(api) {
  const id = ctx.invitedId;
  const patched = (await api.call('updateUserV2', { params: { id },
    body: { department: 'Netzbetrieb', phone: '+49 521 1234567' } })).body;
  results.check('updateUserV2 merges: new fields set, display name kept',
    patched?.department === 'Netzbetrieb' && patched?.display_name === 'Contract Invitee',
    JSON.stringify(patched));

  // OpenAPI `nullable` fields accept null in a request; a pattern field accepts a matching value.
  const cleared = (await api.call('updateUserV2', { params: { id }, body: { phone: null,
    signature: null, custom_start_page: '/app/dashboard', feature_preferences: { beta: true } },
  label: 'nullable fields' })).body;
  results.check('updateUserV2 accepts null for nullable fields and keeps the rest',
    (cleared?.phone ?? null) === null && cleared?.department === 'Netzbetrieb'
      && cleared?.custom_start_page === '/app/dashboard', JSON.stringify(cleared));

  const newEmail = `contract.changed.${RUN}@example.com`;
  const changed = (await api.call('updateUserV2', { params: { id }, body: { email: newEmail },
    label: 'change e-mail' })).body;
  results.check('changing the e-mail parks it in draft_email until verified',
    changed?.draft_email === newEmail && changed?.email === ctx.invitedEmail,
    JSON.stringify(changed));
  const { token } = await mailFor(api, /verif/i, newEmail);
  await api.call('verifyEmailWithToken', { query: { token },
    body: { password: ctx.invitedPassword } });
  const verified = (await api.call('getUserV2', { params: { id }, label: 'verified' })).body;
  results.check('verifyEmailWithToken moves draft_email to email',
    verified?.email === newEmail && !verified?.draft_email, JSON.stringify(verified));
  ctx.invitedEmail = newEmail;
}

async function userSettings(api) {
  const scope = 'contract';
  const key = `key_${RUN}`;
  const value = { calendar_ids: ['holidays', 'team'], nested: { on: true } };
  const saved = (await api.call('putUserSetting', { params: { scope, key }, body: value })).body;
  expectEqual('putUserSetting echoes the value', saved?.value, value);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const replaced = (await api.call('putUserSetting', { params: { scope, key }, body: value,
    label: 'again' })).body;
  results.check('putUserSetting again keeps created_at and moves updated_at',
    replaced?.created_at === saved?.created_at
      && Date.parse(replaced?.updated_at) > Date.parse(saved?.updated_at),
    `${saved?.created_at}/${saved?.updated_at} → ${replaced?.created_at}/${replaced?.updated_at}`);
  const read = (await api.call('getUserSetting', { params: { scope, key } })).body;
  expectEqual('getUserSetting returns the stored value', read?.value, value);
  const inScope = (await api.call('getUserSettingsScope', { params: { scope } })).body;
  expectEqual('getUserSettingsScope maps key to value', inScope?.settings?.[key], value);
  const listed = (await api.call('listUserSettings')).body;
  results.check('listUserSettings lists the scope with the key',
    listed?.results?.some((entry) => entry.scope === scope && entry.keys.includes(key)));

  // The limits themselves are allowed: scope 64, key 128 characters, value just under 64 KiB.
  const bigValue = { blob: 'x'.repeat(65536 - 20) };
  await api.call('putUserSetting', { params: { scope: 's'.repeat(64), key: 'k'.repeat(128) },
    body: bigValue, label: 'at the limits' });
  await api.call('deleteUserSetting', { params: { scope: 's'.repeat(64), key: 'k'.repeat(128) },
    label: 'at the limits' });

  // Path parameters are percent-encoded; an encoded "/" is data inside one segment (RFC 3986).
  for (const special of ['with space', 'colon:key', 'umlaut_ä', 'percent%25', 'slash/inside']) {
    const saved2 = await api.call('putUserSetting', { params: { scope, key: special }, body: 1,
      label: `key "${special}"` });
    expectEqual(`putUserSetting key "${special}" round-trips`, saved2.body?.key, special);
    await api.call('deleteUserSetting', { params: { scope, key: special }, label: `key "${special}"` });
  }

  await api.call('putUserSetting', { params: { scope, key }, body: 'plain string',
    label: 'string value' });
  await api.call('deleteUserSetting', { params: { scope, key } });
  await api.call('getUserSetting', { params: { scope, key }, negative: true, expect: 404,
    label: 'deleted' });
  ctx.settingScope = scope;
}

async function navigations(api) {
  const body = { name: `Contract ${RUN}`, configuration: {
    customer_relations: [{ key: 'dashboard' }, { key: 'contact' }],
    configurations: [{ name: 'Product Catalog', subItems: [{ key: 'product' }] }, { key: 'journey' }],
  } };
  const first = (await api.call('createNavigation', { body })).body;
  const second = (await api.call('createNavigation', { body, label: 'same again' })).body;
  results.check('equal navigations share an id', first?.id && first.id === second?.id,
    `${first?.id} vs ${second?.id}`);
  const other = (await api.call('createNavigation', { body: { ...body, name: `${body.name} 2` },
    label: 'other name' })).body;
  results.check('a different navigation gets another id', other?.id && other.id !== first?.id);
  const read = (await api.call('getNavigation', { params: { id: first.id } })).body;
  expectEqual('getNavigation returns the configuration', read?.configuration, body.configuration);
}

function base64url(text) {
  return Buffer.from(text).toString('base64url');
}

async function passkeys(api) {
  const before = (await api.call('listPasskeys')).body;
  const begun = (await api.call('beginPasskeyRegistration',
    { body: { friendly_name: 'Contract Laptop' } })).body;
  results.check('beginPasskeyRegistration issues a challenge token',
    typeof begun?.challenge_token === 'string' && Boolean(begun?.options));
  const challenge = begun?.options?.challenge ?? '';
  const credentialId = base64url(`contract-credential-${RUN}`);
  const registration = {
    id: credentialId, rawId: credentialId, type: 'public-key',
    response: {
      clientDataJSON: base64url(JSON.stringify({ type: 'webauthn.create', challenge,
        origin: 'https://portal.epilot.cloud' })),
      attestationObject: base64url('contract-attestation'),
      transports: ['internal'],
    },
  };
  const passkey = (await api.call('completePasskeyRegistration', { body: {
    challenge_token: begun?.challenge_token, registration_response: registration,
    friendly_name: 'Contract Laptop' } })).body;
  const after = (await api.call('listPasskeys', { label: 'after registration' })).body;
  results.check('listPasskeys shows the new passkey',
    after?.passkeys?.length === (before?.passkeys?.length ?? 0) + 1
      && after.passkeys.some((p) => p.credential_id === passkey?.credential_id));
  await api.call('completePasskeyRegistration', { body: { challenge_token: 'forged.challenge.token',
    registration_response: registration }, negative: true, expect: [400, 401],
    label: 'forged challenge' });

  const auth = (await api.call('beginPasskeyAuthentication', { body: { email: ctx.me.email } }))
    .body;
  results.check('beginPasskeyAuthentication issues a challenge token',
    typeof auth?.challenge_token === 'string');
  const discoverable = (await api.call('beginDiscoverablePasskeyAuthentication')).body;
  const assertion = {
    id: passkey?.credential_id, rawId: passkey?.credential_id, type: 'public-key',
    response: {
      clientDataJSON: base64url(JSON.stringify({ type: 'webauthn.get',
        challenge: discoverable?.options?.challenge ?? '', origin: 'https://portal.epilot.cloud' })),
      authenticatorData: base64url('contract-authenticator-data'),
      signature: base64url('contract-signature'),
      userHandle: base64url(ctx.me.id),
    },
  };
  const resolved = (await api.call('resolveDiscoverableCredential', { body: {
    challenge_token: discoverable?.challenge_token, assertion_response: assertion } })).body;
  expectEqual('resolveDiscoverableCredential finds the passkey owner', resolved?.user_id, ctx.me.id);

  await api.call('deletePasskey', { params: { credentialId: passkey?.credential_id } });
  await api.call('deletePasskey', { params: { credentialId: passkey?.credential_id },
    negative: true, expect: 404, label: 'already deleted' });
}

async function groups(api) {
  const listed = (await api.call('getGroups', { query: { limit: 50, offset: 0 } })).body;
  results.check('demo seed has 8 or more groups', listed?.groups?.length >= 8,
    `got ${listed?.groups?.length}`);
  await api.call('getGroups', { query: { hydrate: true, limit: 3 }, label: 'hydrate' });
  const members = [ctx.me.id, ctx.invitedId].filter(Boolean);
  const created = (await api.call('createGroup', { body: { name: `Contract ${RUN}`,
    user_ids: members, abbreviation: 'CT',
    image_uri: { gradient_colors: ['#0588f0', '#3358d4'] } } })).body;
  ctx.groupId = created?.id;
  const found = (await api.call('getGroups', { query: { query: `Contract ${RUN}` }, label: 'query' }))
    .body;
  results.check('getGroups query finds the new group',
    found?.groups?.some((group) => group.id === created?.id));
  const hydrated = (await api.call('getGroup', { params: { id: created.id },
    query: { hydrate: true } })).body;
  results.check('getGroup hydrate=true returns full users',
    hydrated?.users?.length === members.length && hydrated.users.every((u) => u.email));
  await new Promise((resolve) => setTimeout(resolve, 20));
  const updated = (await api.call('updateGroup', { params: { id: created.id },
    body: { name: `Contract ${RUN} renamed`, abbreviation: null } })).body;
  results.check('updateGroup keeps created_at and moves updated_at',
    updated?.created_at === created?.created_at
      && Date.parse(updated?.updated_at) > Date.parse(created?.updated_at),
    `${created?.created_at}/${created?.updated_at} → ${updated?.created_at}/${updated?.updated_at}`);
  results.check('updateGroup renames and keeps the members',
    updated?.name === `Contract ${RUN} renamed`
      && (updated?.users?.length ?? updated?.user_ids?.length) === members.length,
    JSON.stringify(updated).slice(0, 300));
  const inGroups = (await api.call('getGroupsForUser', { params: { id: ctx.me.id },
    label: 'after create' })).body;
  results.check('getGroupsForUser lists the new group',
    inGroups?.some?.((group) => group.id === created.id));

  const assignees = [];
  for (let turn = 0; turn < members.length + 1; turn += 1) {
    const advanced = (await api.call('advanceUserAssignment', { params: { id: created.id },
      label: `turn ${turn + 1}` })).body;
    assignees.push(advanced?.crt_assignee?.id);
  }
  results.check('advanceUserAssignment goes round robin through the members',
    new Set(assignees.slice(0, members.length)).size === members.length
      && assignees[members.length] === assignees[0], JSON.stringify(assignees));
  const empty = (await api.call('createGroup', { body: { name: `Contract empty ${RUN}` },
    label: 'no members' })).body;
  await api.call('advanceUserAssignment', { params: { id: empty.id }, negative: true, expect: 422,
    label: 'no members' });
  await api.call('deleteGroup', { params: { id: empty.id }, label: 'no members' });
  ctx.keptGroupId = created.id;
}

// ---------------------------------------------------------------------------------------------
// Organization API

async function organization(api) {
  const current = (await api.call('getCurrentOrganization')).body;
  expectEqual('getCurrentOrganization is the token user\'s organization', current?.id, ctx.orgId);
  const org = (await api.call('getOrganization', { params: { org_id: ctx.orgId } })).body;
  expectEqual('getOrganization returns the same organization', org?.id, ctx.orgId);
  const patched = (await api.call('updateOrganization', { params: { org_id: ctx.orgId },
    body: { phone: '+49 521 000000', address: { city: 'Bielefeld', postal_code: '33602' } } }))
    .body;
  results.check('updateOrganization merges: phone set, name kept',
    patched?.phone === '+49 521 000000' && patched?.name === org?.name, JSON.stringify(patched));
  const nulled = (await api.call('updateOrganization', { params: { org_id: ctx.orgId },
    body: { signature: null, website: 'https://stadtwerke-musterstadt.example' },
    label: 'nullable fields' })).body;
  results.check('updateOrganization accepts null for a nullable field',
    (nulled?.signature ?? null) === null && nulled?.website === 'https://stadtwerke-musterstadt.example'
      && nulled?.phone === '+49 521 000000', JSON.stringify(nulled));
  const key = `contract_${RUN}`;
  const put = (await api.call('putSettingsValue', { params: { org_id: ctx.orgId, key },
    body: { enabled: true, threshold: 5 } })).body;
  expectEqual('putSettingsValue echoes the value', put, { enabled: true, threshold: 5 });
  await api.call('putSettingsValue', { params: { org_id: ctx.orgId, key: `${key}_lang` },
    body: 'de', label: 'string value' });
  const settings = (await api.call('getSettings', { params: { org_id: ctx.orgId } })).body;
  expectEqual('getSettings has the stored key', settings?.[key], { enabled: true, threshold: 5 });
  await api.call('deleteSettingsValue', { params: { org_id: ctx.orgId, key } });
  await api.call('deleteSettingsValue', { params: { org_id: ctx.orgId, key: `${key}_lang` },
    label: 'string value' });
  const after = (await api.call('getSettings', { params: { org_id: ctx.orgId },
    label: 'after delete' })).body;
  results.check('deleteSettingsValue removes the key', after && !(key in after));
  const features = (await api.call('getOrganizationFeatureSettings')).body;
  results.check('getOrganizationFeatureSettings lists feature flags',
    features?.feature_flags?.length > 0);
  const legacy = (await api.call('getFeatureSettings')).body;
  expectEqual('getFeatureSettings (deprecated) answers the same', legacy, features);
}

// ---------------------------------------------------------------------------------------------
// Partner Directory API

async function assignables(api) {
  const all = (await api.call('searchAssignable', { body: { q: '', from: 0, size: 1000 } })).body;
  const types = new Set((all?.results ?? []).map((item) => item.type));
  results.check('searchAssignable covers users, partner users, partner organizations, ecp, groups',
    ['user', 'partner_user', 'partner_organization', 'ecp', 'group'].every((t) => types.has(t)),
    `types: ${[...types]}`);
  results.check('searchAssignable hits ≥ results', all?.hits >= (all?.results?.length ?? 0));
  ctx.assignables = all?.results ?? [];
  const page = (await api.call('searchAssignable', { body: { q: '', from: 2, size: 3 },
    label: 'page' })).body;
  results.check('searchAssignable from/size pages', page?.results?.length === 3
    && page.results[0]?.display_name === all?.results?.[2]?.display_name);
  const surname = (ctx.me.display_name ?? '').split(' ').pop();
  const users = (await api.call('searchAssignable', { body: { q: surname, types: ['user'],
    org_ids: [ctx.orgId] }, label: 'q + types + org_ids' })).body;
  results.check('searchAssignable q/types finds me only as type user',
    users?.results?.some((item) => item.user_id === ctx.me.id)
      && users.results.every((item) => item.type === 'user'));

  const group = ctx.assignables.find((item) => item.type === 'group');
  const batch = (await api.call('batchGetAssignable', { body: [
    { user_id: ctx.me.id }, { user_id: ctx.me.id, org_id: ctx.orgId },
    ...(group ? [{ group_id: group.group_id }] : [])] })).body;
  results.check('batchGetAssignable returns the asked user and group',
    batch?.results?.some((item) => item.user_id === ctx.me.id)
      && (!group || batch.results.some((item) => item.group_id === group.group_id)));

  let located = null;
  for (const address of ['Auweg 1, 93055 Regensburg, DE', 'Marienplatz 1, 80331 München',
    'Pariser Platz 1, 10117 Berlin', 'Domkloster 4, 50667 Köln']) {
    const response = await api.call('searchGeolocationForText', { body: { address }, probe: true });
    if (response.status === 200) { located = { response, address }; break; }
  }
  if (located) {
    api.verify('searchGeolocationForText', located.response);
    const again = await api.call('searchGeolocationForText', { body: { address: located.address },
      label: 'same again' });
    expectEqual('searchGeolocationForText is deterministic', again.body, located.response.body);
  } else {
    results.check('searchGeolocationForText knows one of the well-known German addresses', false);
  }
  await api.call('searchGeolocationForText', { body: { address: 'Nowhere Street 0, 00000 Atlantis' },
    expect: 404, negative: true, label: 'unknown address' });
}

function partnerIds() {
  const ids = new Set();
  for (const item of ctx.assignables ?? []) if (item.partner_id) ids.add(item.partner_id);
  return [...ids];
}

// Partners have no list operation in the specs; the emulator's /emulator/ endpoints or the
// assignable search name them.
async function knownPartners(api) {
  const response = await api.raw('GET', '/emulator/partners', { token: TOKEN });
  if (response.status === 200) {
    const list = Array.isArray(response.body) ? response.body
      : Object.values(response.body ?? {}).find(Array.isArray) ?? [];
    if (list.length) return list;
  }
  return partnerIds().map((id) => ({ id }));
}

async function partnerInvitations(api) {
  const partners = await knownPartners(api);
  results.check('partners can be found (emulator list or assignable search)', partners.length > 0);
  // Invite a partner that is Pending if we know statuses, else the first that accepts an invite.
  const ordered = [...partners].sort((a, b) => (a.status === 'Pending' ? -1 : 0)
    - (b.status === 'Pending' ? -1 : 0));
  let invited = null;
  for (const partner of ordered) {
    const response = await api.call('invitePartnerV2', { params: { id: partner.id },
      body: { language: 'de' }, probe: true });
    if (response.status === 200) { invited = response; break; }
  }
  if (!invited) {
    results.check('invitePartnerV2 accepted some partner', false);
    return;
  }
  api.verify('invitePartnerV2', invited);
  const partner = invited.body;
  results.check('invitePartnerV2 leaves the partner Invited', partner?.status === 'Invited',
    JSON.stringify(partner));
  const to = partner?.email ?? partner?.owner_email ?? partner?.invitation_email;
  const mail = await mailFor(api, /partner/i, to);
  results.check('partner invite mail carries a token', Boolean(mail.token));
  ctx.partnerToken = mail.token;
  const byToken = (await api.call('getPartnerByToken', { query: { token: mail.token } })).body;
  expectEqual('getPartnerByToken returns the invited partner', byToken?.id, partner?.id);

  await api.call('activatePartner', { query: { token: mail.token },
    body: { signed_up_email: 'x@example.com' }, negative: true, invalidRequest: true,
    label: 'missing organization_id' });
  const still = (await api.call('getPartnerByToken', { query: { token: mail.token },
    label: 'after bad activation' })).body;
  expectEqual('a bad activation leaves the partner Invited', still?.status, 'Invited');
  await api.call('activatePartner', { query: { token: mail.token }, body: {
    company_name: partner?.company_name ?? 'Contract Partner GmbH',
    signed_up_email: `partner.admin.${RUN}@example.com`, organization_id: '739299' } });
  await api.call('activatePartner', { query: { token: mail.token }, body: {
    signed_up_email: `partner.admin.${RUN}@example.com`, organization_id: '739299' },
  negative: true, expect: [404, 409], label: 'token used twice' });
  ctx.invitedPartnerId = partner?.id;
}

async function partnerApproval(api) {
  const partners = (await knownPartners(api)).filter((p) => p.id !== ctx.invitedPartnerId);
  const requests = partners.filter((p) => !p.status || p.status === 'Request');
  let approved = null;
  for (const partner of requests) {
    const response = await api.call('approvePartner', { params: { id: partner.id }, probe: true });
    if (response.status === 201) { approved = response; break; }
  }
  if (approved) {
    api.verify('approvePartner', approved);
    ctx.approvedPartnerId = approved.body?.id;
  }
  else results.check('approvePartner accepted some partner in status Request', false);
  let rejected = null;
  for (const partner of requests.filter((p) => p.id !== approved?.body?.id)) {
    const response = await api.call('rejectPartner', { params: { id: partner.id }, probe: true });
    if (response.status === 200) { rejected = response; break; }
  }
  if (rejected) {
    api.verify('rejectPartner', rejected);
    expectEqual('rejectPartner leaves the partner Rejected', rejected.body?.status, 'Rejected');
    await api.call('rejectPartner', { params: { id: rejected.body.id }, negative: true,
      expect: 400, label: 'already rejected' });
  } else {
    results.check('rejectPartner accepted some partner in status Request', false);
  }
}

// The Entity API for the `partner` schema: the five operations the application uses, over the
// same records as the Partner Directory (an invitation there shows in the search here).
async function partnerEntities(api) {
  const company = `Contract Entity ${RUN} GmbH`;
  const created = await api.call('createEntity', { params: { slug: 'partner' },
    body: { _schema: 'partner', company_name: company, email: `entity.${RUN}@example.com` } });
  const id = created.body?._id;
  results.check('createEntity answers the new partner record', Boolean(id)
    && created.body?.status === 'Pending', JSON.stringify(created.body));
  const search = (q, label) => api.call('searchEntities', { body: { q, from: 0, size: 20,
    sort: '_title:asc' }, label });
  const pending = await search(`_schema:partner AND status:Pending AND "${company}"`, 'pending');
  expectEqual('searchEntities finds the created record',
    (pending.body?.results ?? []).map((item) => item._id), [id]);
  const got = await api.call('getEntity', { params: { slug: 'partner', id } });
  expectEqual('getEntity answers the record', got.body?.entity?._id, id);
  const patched = await api.call('patchEntity', { params: { slug: 'partner', id },
    body: { description: 'Contract test' } });
  expectEqual('patchEntity changes the attribute', patched.body?.description, 'Contract test');
  await api.call('invitePartnerV2', { params: { id }, body: { language: 'en' },
    label: 'entity record' });
  const invited = await search(`_schema:partner AND status:Invited AND "${company}"`, 'invited');
  expectEqual('an invitation through the Partner Directory shows in searchEntities',
    (invited.body?.results ?? []).map((item) => item._id), [id]);
  const others = await search('_schema:contact', 'another schema');
  expectEqual('another schema has no records', others.body?.hits, 0);
  await api.call('searchEntities', { body: { size: 5 }, negative: true, invalidRequest: true,
    expect: 400, label: 'no q' });
  await api.call('createEntity', { params: { slug: 'partner' }, body: { company_name: 'x' },
    negative: true, expect: 400, label: 'no email' });
  await api.call('patchEntity', { params: { slug: 'partner', id }, body: { email: 'no mail' },
    negative: true, expect: 400, label: 'bad email' });
  await api.call('deleteEntity', { params: { slug: 'partner', id } });
  await api.call('getEntity', { params: { slug: 'partner', id }, negative: true, expect: 404,
    label: 'deleted' });
}

async function partnerUsersAndRoles(api) {
  const orgIds = [...new Set((ctx.assignables ?? []).filter((i) => i.type === 'partner_user')
    .map((i) => i.org_id))];
  results.check('assignable search names partner organizations with users', orgIds.length > 0);
  const orgId = orgIds[0];
  ctx.partnerOrgId = orgId;
  if (!orgId) return;
  const users = (await api.call('getPartnerUsers', { params: { orgId } })).body;
  ctx.partnerUserId = users?.results?.[0]?.id;
  results.check('getPartnerUsers lists users with roles',
    users?.results?.length > 0 && users.results.some((u) => u.roles?.length > 0));
  const roles = (await api.call('getPartnerRoles', { params: { orgId } })).body;
  ctx.partnerRoleId = roles?.results?.[0]?.id;
  results.check('getPartnerRoles lists roles with grants, allow and deny, with conditions',
    roles?.results?.length > 0
      && roles.results.some((r) => r.grants?.some((g) => g.effect === 'deny'))
      && roles.results.some((r) => r.grants?.some((g) => g.conditions?.length)));
  results.check('stored roles come back with plain grants (no dependencies)',
    roles?.results?.every((r) => r.grants?.every((g) => !('dependencies' in g))));

  const slug = `contract_${RUN.replace(/[^a-z0-9]/g, '')}`;
  const created = (await api.call('createPartnerRole', { params: { orgId }, body: {
    name: 'Contract Role', slug, grants: [
      { action: 'entity-read', resource: 'entity:*:opportunity:*', effect: 'allow',
        dependencies: [{ action: 'entity-read', resource: 'entity:*:contact:*', effect: 'allow' }] },
      { action: 'entity-delete', resource: 'entity:*:opportunity:*', effect: 'deny',
        conditions: [{ attribute: 'workflows.primary.task_name', operation: 'equals',
          values: ['Qualification'] }] },
    ] } })).body;
  ctx.roleId = created?.id;
  results.check('createPartnerRole expands dependencies into plain grants',
    created?.grants?.length === 3 && created.grants.every((g) => !('dependencies' in g))
      && created.grants.some((g) => g.resource === 'entity:*:contact:*'), JSON.stringify(created));
  const updated = (await api.call('updatePartnerRole', { params: { orgId, roleId: created.id },
    body: { name: 'Contract Role 2', slug, grants: [
      { action: 'entity-read', resource: 'entity:*:*:*', effect: 'allow' }] } })).body;
  results.check('updatePartnerRole replaces the grants list',
    updated?.name === 'Contract Role 2' && updated?.grants?.length === 1, JSON.stringify(updated));

  const email = `partner.user.${RUN}@example.com`;
  const user = (await api.call('createPartnerUser', { params: { orgId },
    body: { email, language: 'de', roles: [created.id] } })).body;
  results.check('createPartnerUser creates a Pending user', user?.status === 'Pending'
    && user?.email === email, JSON.stringify(user));
  const withUser = (await api.call('getPartnerUsers', { params: { orgId }, label: 'after create' }))
    .body;
  const listed = withUser?.results?.find((u) => u.id === user?.id);
  results.check('getPartnerUsers shows the new user with the role',
    listed?.roles?.some((r) => r.id === created.id), JSON.stringify(listed));

  const otherRole = roles?.results?.[0]?.id;
  const assigned = (await api.call('assignPartnerUserRoles', { params: { orgId, userId: user.id },
    body: { roleIds: [otherRole, `${orgId}:no_such_role_${RUN}`] } })).body;
  const outcome = Object.fromEntries((assigned?.results ?? []).map((r) => [r.roleId, r.success]));
  results.check('assignPartnerUserRoles answers per role: success, and failure for the unknown',
    outcome[otherRole] === true && outcome[`${orgId}:no_such_role_${RUN}`] === false,
    JSON.stringify(assigned));
  await api.call('deletePartnerRole', { params: { orgId, roleId: created.id }, negative: true,
    expect: 409, label: 'role still assigned' });
  const unassigned = (await api.call('unassignPartnerUserRoles', {
    params: { orgId, userId: user.id }, body: { roleIds: [otherRole, created.id] } })).body;
  results.check('unassignPartnerUserRoles answers success for both',
    unassigned?.results?.length === 2 && unassigned.results.every((r) => r.success));

  await api.call('deletePartnerRole', { params: { orgId, roleId: created.id } });
  const rolesAfter = (await api.call('getPartnerRoles', { params: { orgId }, label: 'after delete' }))
    .body;
  results.check('deletePartnerRole removes the role',
    !rolesAfter?.results?.some((r) => r.id === created.id));
  await api.call('deletePartnerUser', { params: { orgId, userId: user.id } });
  await api.call('deletePartnerUser', { params: { orgId, userId: user.id }, negative: true,
    expect: 404, label: 'already deleted' });
}

// ---------------------------------------------------------------------------------------------
// Sign-up, organization switch, delete

async function signUp(api) {
  const email = `founder.${RUN}@example.com`;
  const created = (await api.call('signUpUser', { body: {
    organization_detail: { type: 'Vendor', name: `Contract Energie ${RUN}`,
      pricing_tier: 'professional', email },
    user_detail: { full_name: 'Contract Founder', email, password: 'Contract-Founder-4!' },
    language: 'de' } })).body;
  ctx.signedUpOrgId = created?.organization?.id;
  results.check('signUpUser creates an organization and its owner',
    Boolean(created?.organization?.id) && created?.user?.organization_id === created.organization.id
      && created.organization.id !== ctx.orgId, JSON.stringify(created).slice(0, 400));
}

async function switchOrganization(api) {
  const switched = (await api.call('switchOrganization', { body: { org_id: OTHER_ORG } })).body;
  results.check('switchOrganization answers a login token', typeof switched?.login_token === 'string');
  const current = (await api.call('getCurrentOrganization', { label: 'after switch' })).body;
  const viaLoginToken = switched?.login_token ? (await api.call('getCurrentOrganization',
    { token: switched.login_token, label: 'login token' })).body : null;
  results.check(`after switchOrganization the caller works in ${OTHER_ORG}`,
    current?.id === OTHER_ORG || viaLoginToken?.id === OTHER_ORG,
    `token org ${current?.id}, login token org ${viaLoginToken?.id}`);
  await api.call('switchOrganization', { body: { org_id: ctx.orgId }, label: 'back' });
  const back = (await api.call('getCurrentOrganization', { label: 'switched back' })).body;
  expectEqual('the test token works in the original organization', back?.id, ctx.orgId);
}

async function deleteUser(api) {
  const deleted = (await api.call('deleteUserV2', { params: { id: ctx.invitedId } })).body;
  expectEqual('deleteUserV2 returns the deleted user', deleted?.id, ctx.invitedId);
  // epilot keeps deleted users with status "Deleted" (in the spec's enum); a 404 is fine too.
  const after = await api.call('getUserV2', { params: { id: ctx.invitedId }, probe: true });
  if (after.status === 404) {
    results.check('getUserV2 of a deleted user: 404 has JSON {"message"}',
      typeof after.body?.message === 'string', after.text);
  } else {
    api.verify('getUserV2', after, { label: 'deleted user' });
    expectEqual('a deleted user reads back with status Deleted', after.body?.status, 'Deleted');
  }
  const listed = (await api.call('listUsersV2', { query: { limit: 100000 }, label: 'after delete' }))
    .body;
  const stillListed = listed?.results?.find((user) => user.id === ctx.invitedId);
  results.check('a deleted user is listed as Deleted or not at all',
    !stillListed || stillListed.status === 'Deleted', JSON.stringify(stillListed));
}

// ---------------------------------------------------------------------------------------------
// Bad input: 4xx with JSON {"message"}, and nothing stored changes.

// 60 requests at once (reads and writes on separate keys) all answer correctly.
async function concurrent(api) {
  const calls = [];
  for (let index = 0; index < 20; index += 1) {
    calls.push(api.call('getMeV2', { label: 'parallel' }));
    calls.push(api.call('putUserSetting', { params: { scope: 'parallel', key: `k${index}` },
      body: { index }, label: 'parallel' }));
    calls.push(api.call('searchAssignable', { body: { q: '', size: 5 }, label: 'parallel' }));
  }
  await Promise.all(calls);
  const scope = (await api.call('getUserSettingsScope', { params: { scope: 'parallel' },
    label: 'after parallel writes' })).body;
  results.check('all 20 parallel setting writes are stored',
    Object.keys(scope?.settings ?? {}).length === 20
      && Object.entries(scope.settings).every(([key, value]) => `k${value.index}` === key),
    JSON.stringify(scope).slice(0, 300));
}

// Error statuses the spec declares for conflicts and wrong states, each with JSON {"message"}.
async function declaredErrors(api) {
  const err = (operationId, expect, label, options = {}) =>
    api.call(operationId, { negative: true, expect, label, ...options });
  await err('inviteUser', 400, 'address already a user', { body: { email: ctx.me.email } });
  await err('resendUserInvitation', 400, 'unknown address',
    { body: { email: `nobody.${RUN}@example.com` } });
  await err('sendUserPasswordReset', 400, 'unknown address',
    { body: { email: `nobody.${RUN}@example.com` } });
  if (ctx.inviteToken) {
    await err('checkInviteToken', 404, 'token already used', { query: { token: ctx.inviteToken } });
    await err('activateUser', 404, 'token already used', { query: { token: ctx.inviteToken },
      body: { display_name: 'Again', password: 'Contract-Again-6!' } });
  }
  await err('beginPasskeyAuthentication', 404, 'unknown address',
    { body: { email: `nobody.${RUN}@example.com` } });
  const discoverable = (await api.call('beginDiscoverablePasskeyAuthentication',
    { label: 'for an unknown credential' })).body;
  await err('resolveDiscoverableCredential', 404, 'unknown credential', { body: {
    challenge_token: discoverable?.challenge_token, assertion_response: {
      id: 'bm8tc3VjaC1jcmVkZW50aWFs', rawId: 'bm8tc3VjaC1jcmVkZW50aWFs', type: 'public-key',
      response: { clientDataJSON: '', authenticatorData: '', signature: '' } } } });
  if (ctx.approvedPartnerId) {
    await err('approvePartner', 400, 'already approved', { params: { id: ctx.approvedPartnerId } });
  }
  if (ctx.partnerOrgId && ctx.partnerRoleId) {
    const slug = ctx.partnerRoleId.split(':').pop();
    await err('createPartnerRole', 400, 'slug already used', { params: { orgId: ctx.partnerOrgId },
      body: { name: 'Duplicate', slug, grants: [] } });
  }
  await err('getPartnerUsers', [400, 403, 404], 'not a partner organization',
    { params: { orgId: OTHER_ORG } });
  if (ctx.signedUpOrgId) {
    await err('getOrganization', [403, 404], 'organization the caller is not in',
      { params: { org_id: ctx.signedUpOrgId } });
  }
}

// What a 400's message must name for each kind of bad input (issue 3: "says what is wrong").
function expectedMention(label) {
  const missing = /^no ([A-Za-z_]+)$/.exec(label);
  if (missing && !['body', 'token'].includes(missing[1]) || label === 'no token') {
    const field = missing[1] === 'challenge' ? 'challenge' : missing[1];
    return new RegExp(field === 'q' ? '\\bq\\b' : field, 'i');
  }
  const table = [
    [/invalid email/, /e-?mail/i], [/^language/, /language/i], [/unknown role/, /role/i],
    [/^scope \d+ chars/, /scope/i], [/^key \d+ chars/, /key/i], [/value over 64 KiB/, /64|KiB|bytes/i],
    [/malformed JSON/, /JSON/i], [/slug/, /slug/i], [/grant without action/, /action/i],
    [/abbreviation/, /abbreviation/i], [/name not a string/, /name/i], [/size 0/, /size/i],
    [/unknown type/, /type/i],
  ];
  return table.find(([pattern]) => pattern.test(label))?.[1];
}

async function snapshot(api) {
  const read = async (operationId, options = {}) =>
    (await api.call(operationId, { ...options, probe: true })).body;
  const users = await read('listUsersV2', { query: { limit: 100000 } });
  return {
    users: users?.results,
    groups: await read('getGroups', { query: { limit: 100000 } }),
    group: ctx.keptGroupId ? await read('getGroup', { params: { id: ctx.keptGroupId } }) : null,
    settings: await read('listUserSettings'),
    organization: await read('getOrganization', { params: { org_id: ctx.orgId } }),
    orgSettings: await read('getSettings', { params: { org_id: ctx.orgId } }),
    passkeys: await read('listPasskeys'),
    partnerRoles: ctx.partnerOrgId
      ? await read('getPartnerRoles', { params: { orgId: ctx.partnerOrgId } }) : null,
    partnerUsers: ctx.partnerOrgId
      ? await read('getPartnerUsers', { params: { orgId: ctx.partnerOrgId } }) : null,
    outbox: (await outbox(api)).length,
  };
}

async function badInput(api) {
  const before = await snapshot(api);
  const org = ctx.orgId;
  const userId = ctx.invitedId ?? ctx.me.id;
  const partnerOrg = ctx.partnerOrgId ?? UNKNOWN_ID;
  const bad = (operationId, options) => api.call(operationId, { negative: true,
    mentions: expectedMention(options.label ?? ''), ...options });
  const fresh = (what) => `contract.${what}.${RUN}@example.com`;

  // Missing required fields.
  await bad('sendUserPasswordReset', { body: {}, invalidRequest: true, label: 'no email' });
  await bad('requestPasswordReset', { body: {}, invalidRequest: true, label: 'no email' });
  await bad('resetPassword', { body: { email: ctx.invitedEmail, password: 'Whatever-5!' },
    invalidRequest: true, label: 'no token' });
  await bad('inviteUser', { body: { language: 'de' }, label: 'no email' });
  await bad('createGroup', { body: { user_ids: [ctx.me.id] }, invalidRequest: true,
    label: 'no name' });
  await bad('createNavigation', { body: { name: 'x' }, invalidRequest: true,
    label: 'no configuration' });
  await bad('switchOrganization', { body: {}, invalidRequest: true, label: 'no org_id' });
  await bad('beginPasskeyAuthentication', { body: {}, invalidRequest: true, label: 'no email' });
  await bad('completePasskeyRegistration', { body: { friendly_name: 'x' }, invalidRequest: true,
    label: 'no challenge' });
  await bad('resolveDiscoverableCredential', { body: { assertion_response: {} },
    invalidRequest: true, label: 'no challenge' });
  await bad('signUpUser', { body: { organization_detail: { type: 'Vendor', name: 'X',
    pricing_tier: 'professional', email: fresh('signup') }, user_detail: {
    full_name: 'X', email: fresh('signup') } }, invalidRequest: true, label: 'no password' });
  await bad('putSettingsValue', { params: { org_id: org, key: 'contract_missing' },
    invalidRequest: true, label: 'no body' });
  await bad('searchAssignable', { body: { size: 5 }, invalidRequest: true, label: 'no q' });
  await bad('batchGetAssignable', { body: [], invalidRequest: true, label: 'empty list' });
  await bad('searchGeolocationForText', { body: {}, invalidRequest: true, label: 'no address' });
  await bad('createPartnerUser', { params: { orgId: partnerOrg }, body: { language: 'de' },
    invalidRequest: true, label: 'no email' });
  await bad('createPartnerRole', { params: { orgId: partnerOrg },
    body: { name: 'No Slug', grants: [] }, invalidRequest: true, label: 'no slug' });
  await bad('createPartnerRole', { params: { orgId: partnerOrg },
    body: { name: 'Grant without action', slug: 'no_action', grants: [{ effect: 'allow' }] },
    invalidRequest: true, label: 'grant without action' });
  await bad('assignPartnerUserRoles', { params: { orgId: partnerOrg,
    userId: ctx.partnerUserId ?? UNKNOWN_ID }, body: {}, invalidRequest: true, label: 'no roleIds' });

  // Invalid e-mail addresses.
  await bad('inviteUser', { body: { email: 'not-an-email' }, label: 'invalid email' });
  await bad('updateUserV2', { params: { id: userId }, body: { email: 'broken@' },
    invalidRequest: true, label: 'invalid email' });
  await bad('sendUserPasswordReset', { body: { email: 'no-at-sign' }, label: 'invalid email' });
  await bad('beginPasskeyAuthentication', { body: { email: 'bad@' }, invalidRequest: true,
    label: 'invalid email' });
  await bad('createPartnerUser', { params: { orgId: partnerOrg }, body: { email: 'nobody@' },
    invalidRequest: true, label: 'invalid email' });
  await bad('signUpUser', { body: { organization_detail: { type: 'Vendor', name: 'X',
    pricing_tier: 'professional', email: 'x' }, user_detail: { full_name: 'X', email: 'not mail',
    password: 'Whatever-5!' } }, invalidRequest: true, label: 'invalid email' });

  // language not en/de.
  await bad('inviteUser', { body: { email: fresh('lang'), language: 'fr' }, invalidRequest: true,
    label: 'language fr' });
  await bad('resendUserInvitation', { body: { email: ctx.invitedEmail, language: 'es' },
    invalidRequest: true, label: 'language es' });
  await bad('createPartnerUser', { params: { orgId: partnerOrg },
    body: { email: fresh('partnerlang'), language: 'fr' }, invalidRequest: true,
    label: 'language fr' });
  if (ctx.invitedPartnerId) {
    await bad('invitePartnerV2', { params: { id: ctx.invitedPartnerId }, body: { language: 'it' },
      invalidRequest: true, label: 'language it' });
  }
  await bad('signUpUser', { body: { user_detail: { full_name: 'X', email: fresh('signuplang'),
    password: 'Whatever-5!' }, organization_detail: { type: 'Vendor', name: 'X',
    pricing_tier: 'professional', email: fresh('signuplang') }, language: 'nl' },
  invalidRequest: true, label: 'language nl' });

  // Unknown role ids.
  await bad('inviteUser', { body: { email: fresh('role'), roles: [`${org}:no_such_role`] },
    label: 'unknown role' });
  await bad('createPartnerUser', { params: { orgId: partnerOrg },
    body: { email: fresh('partnerrole'), roles: [`${partnerOrg}:no_such_role`] },
    label: 'unknown role' });

  // Slug pattern and wrong types.
  await bad('createPartnerRole', { params: { orgId: partnerOrg },
    body: { name: 'Bad Slug', slug: 'Bad Slug', grants: [] }, invalidRequest: true,
    label: 'slug with capitals and space' });
  await bad('updatePartnerRole', { params: { orgId: partnerOrg,
    roleId: ctx.partnerRoleId ?? UNKNOWN_ID }, body: { name: 'x', slug: '9starts_with_digit',
    grants: [] }, invalidRequest: true, label: 'bad slug' });
  await bad('createGroup', { body: { name: 42 }, invalidRequest: true, label: 'name not a string' });
  await bad('updateGroup', { params: { id: ctx.keptGroupId ?? UNKNOWN_ID },
    body: { abbreviation: 'TOO LONG' }, invalidRequest: true, label: 'abbreviation > 2' });
  await bad('updateOrganization', { params: { org_id: org }, body: { name: 123 },
    invalidRequest: true, label: 'name not a string' });
  await bad('putSettingsValue', { params: { org_id: org, key: 'contract_null' }, body: null,
    invalidRequest: true, label: 'null value' });
  await bad('searchAssignable', { body: { q: '', size: 0 }, invalidRequest: true,
    label: 'size 0' });
  await bad('searchAssignable', { body: { q: '', types: ['robot'] }, invalidRequest: true,
    label: 'unknown type' });

  // User setting limits.
  await bad('putUserSetting', { params: { scope: 's'.repeat(65), key: 'k' }, body: 1,
    invalidRequest: true, label: 'scope 65 chars' });
  await bad('putUserSetting', { params: { scope: 'contract', key: 'k'.repeat(129) }, body: 1,
    invalidRequest: true, label: 'key 129 chars' });
  await bad('putUserSetting', { params: { scope: 'contract', key: 'too_big' },
    body: { blob: 'x'.repeat(65536) }, invalidRequest: true, label: 'value over 64 KiB' });
  await bad('getUserSettingsScope', { params: { scope: 's'.repeat(65) }, invalidRequest: true,
    label: 'scope 65 chars' });

  // Malformed JSON.
  const malformed = [
    ['createGroup', {}, '{"name": "broken"'],
    ['updateUserV2', { id: userId }, '{department: Netz}'],
    ['putUserSetting', { scope: 'contract', key: 'broken' }, '[1, 2'],
    ['updateOrganization', { org_id: org }, '{"name": "x",}'],
    ['putSettingsValue', { org_id: org, key: 'contract_broken' }, 'tru'],
    ['inviteUser', {}, '{"email": "a@b.de"} trailing'],
    ['searchAssignable', {}, '\u0000{'],
    ['createPartnerRole', { orgId: partnerOrg }, '{"name": "x", "slug": "x", "grants": [}'],
  ];
  for (const [operationId, params, text] of malformed) {
    await bad(operationId, { params, rawBody: text, label: 'malformed JSON' });
  }
  // Valid JSON that a JSON parser may still refuse, and bytes that are not UTF-8: 400, never 500.
  const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
  await bad('putUserSetting', { params: { scope: 'contract', key: 'deep' }, rawBody: deep,
    label: 'JSON nested 5000 deep' });
  await bad('createGroup', { rawBody: Buffer.concat([Buffer.from('{"name":"'),
    Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]), label: 'body not UTF-8' });
  await bad('createGroup', { label: 'no body' });
  await bad('inviteUser', { rawBody: '', label: 'empty body' });

  // Unknown ids → 404.
  const missing = (operationId, options) => bad(operationId, { expect: 404,
    label: options.label ?? 'unknown id', ...options });
  await missing('getUserV2', { params: { id: UNKNOWN_ID } });
  await missing('getUser', { params: { id: UNKNOWN_ID } });
  await missing('updateUserV2', { params: { id: UNKNOWN_ID }, body: { department: 'x' } });
  await missing('deleteUserV2', { params: { id: UNKNOWN_ID } });
  await missing('getGroup', { params: { id: UNKNOWN_ID } });
  await missing('updateGroup', { params: { id: UNKNOWN_ID }, body: { name: 'x' } });
  await missing('deleteGroup', { params: { id: UNKNOWN_ID } });
  await missing('advanceUserAssignment', { params: { id: UNKNOWN_ID } });
  await missing('getNavigation', { params: { id: 'nosuchnavigation' } });
  await missing('deletePasskey', { params: { credentialId: 'no-such-credential' } });
  await missing('getOrganization', { params: { org_id: UNKNOWN_ID } });
  await missing('updateOrganization', { params: { org_id: UNKNOWN_ID }, body: { name: 'x' } });
  await missing('getSettings', { params: { org_id: UNKNOWN_ID } });
  await missing('putSettingsValue', { params: { org_id: UNKNOWN_ID, key: 'x' }, body: true });
  await missing('deleteSettingsValue', { params: { org_id: org, key: `no_such_key_${RUN}` },
    label: 'unknown key' });
  await missing('checkInviteToken', { query: { token: 'no-such-token' } });
  await missing('activateUser', { query: { token: 'no-such-token' },
    body: { display_name: 'x', password: 'Whatever-5!' } });
  await missing('rejectInvite', { query: { token: 'no-such-token' } });
  await missing('verifyEmailWithToken', { query: { token: 'no-such-token' }, body: {} });
  await missing('getPartnerByToken', { query: { token: 'no-such-token' } });
  await missing('activatePartner', { query: { token: 'no-such-token' },
    body: { signed_up_email: 'a@example.com', organization_id: '1' } });
  await missing('approvePartner', { params: { id: UNKNOWN_ID } });
  await missing('rejectPartner', { params: { id: UNKNOWN_ID } });
  await missing('invitePartnerV2', { params: { id: UNKNOWN_ID }, body: { language: 'de' } });
  await missing('getPartnerUsers', { params: { orgId: UNKNOWN_ID } });
  await missing('createPartnerUser', { params: { orgId: UNKNOWN_ID },
    body: { email: fresh('unknownorg') } });
  await missing('deletePartnerUser', { params: { orgId: partnerOrg, userId: UNKNOWN_ID } });
  await missing('getPartnerRoles', { params: { orgId: UNKNOWN_ID } });
  await missing('createPartnerRole', { params: { orgId: UNKNOWN_ID },
    body: { name: 'x', slug: 'x', grants: [] } });
  await missing('updatePartnerRole', { params: { orgId: partnerOrg, roleId: `${partnerOrg}:nope` },
    body: { name: 'x', slug: 'nope', grants: [] } });
  await missing('deletePartnerRole', { params: { orgId: partnerOrg, roleId: `${partnerOrg}:nope` } });
  await missing('assignPartnerUserRoles', { params: { orgId: partnerOrg, userId: UNKNOWN_ID },
    body: { roleIds: [] } });
  await missing('unassignPartnerUserRoles', { params: { orgId: partnerOrg, userId: UNKNOWN_ID },
    body: { roleIds: [] } });

  // No token / wrong token → 401.
  for (const [operationId, options] of [
    ['getMeV2', {}], ['listUsersV2', {}], ['getCurrentOrganization', {}],
    ['getGroups', {}], ['searchAssignable', { body: { q: '' } }],
    ['inviteUser', { body: { email: fresh('unauth') } }],
  ]) {
    await bad(operationId, { ...options, token: null, expect: 401, label: 'no token' });
    await bad(operationId, { ...options, token: 'wrong-token', expect: 401, label: 'wrong token' });
  }
  await bad('getMeV2', { headers: { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` },
    token: null, expect: 401, label: 'basic auth' });

  // Unknown path and wrong method (emulator framework contract).
  const unknownPath = await api.raw('GET', '/v2/no/such/path', { token: TOKEN });
  results.check('unknown path → 404 JSON {"message"}',
    unknownPath.status === 404 && typeof unknownPath.body?.message === 'string',
    `${unknownPath.status} ${unknownPath.text.slice(0, 200)}`);
  const wrongMethod = await api.raw('DELETE', '/v2/organization/current', { token: TOKEN });
  results.check('wrong method → 405 JSON {"message"}',
    wrongMethod.status === 405 && typeof wrongMethod.body?.message === 'string',
    `${wrongMethod.status} ${wrongMethod.text.slice(0, 200)}`);

  // A body over 1 MiB → 413, answered without reading it all.
  await oversized(api, 'POST', '/v1/groups', 'createGroup');
  await oversized(api, 'PUT', `/v2/users/me/settings/contract/huge`, 'putUserSetting');
  await oversizedAnnounced(api);
  await oversizedChunked(api);

  const after = await snapshot(api);
  for (const key of Object.keys(before)) {
    expectEqual(`bad input left ${key} unchanged`, after[key], before[key]);
  }
}

// Streams 1.5 MiB of JSON; the emulator should answer 413 (possibly before reading the rest).
async function oversized(api, method, pathname, operationId) {
  const size = 1.5 * 1024 * 1024;
  const filler = JSON.stringify({ name: 'x'.repeat(size) });
  const url = new URL(pathname, api.baseUrl);
  const response = await sendTolerant(method, url, {
    'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, Buffer.from(filler));
  results.check(`${operationId}: body over 1 MiB → 413`, response.status === 413,
    `got ${response.status} ${response.error ?? ''} ${String(response.text).slice(0, 200)}`);
  results.check(`${operationId}: 413 has JSON {"message"}`,
    typeof response.body?.message === 'string', String(response.text).slice(0, 200));
  const alive = await api.raw('GET', '/v2/users/me', { token: TOKEN });
  results.check(`${operationId}: emulator answers normally after the oversized body`,
    alive.status === 200, `${alive.status}`);
}

// Announces 2 MiB in Content-Length but sends only 64 KiB: a server that answers 413 without
// buffering the whole body answers at once; one that waits for the rest never does.
async function oversizedAnnounced(api) {
  const url = new URL(api.baseUrl);
  const answer = await new Promise((resolve) => {
    const socket = net.connect(Number(url.port), url.hostname);
    let received = '';
    const timer = setTimeout(() => { socket.destroy(); resolve(received || 'no answer within 5 s'); },
      5000);
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      if (/\r\n\r\n/.test(received)) {
        clearTimeout(timer);
        setTimeout(() => { socket.destroy(); resolve(received); }, 200);
      }
    });
    socket.on('error', () => {});
    socket.on('connect', () => {
      socket.write(`POST /v1/groups HTTP/1.1\r\nHost: ${url.host}\r\n` +
        `Authorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${2 * 1024 * 1024}\r\n\r\n`);
      socket.write(`{"name":"${'x'.repeat(64 * 1024)}`);
    });
  });
  results.check('body announced over 1 MiB → 413 before the body is complete',
    /^HTTP\/1\.[01] 413/.test(answer), answer.slice(0, 200));
}

// 1.5 MiB with Transfer-Encoding: chunked (no Content-Length) must be refused as well.
async function oversizedChunked(api) {
  const url = new URL('/v1/groups', api.baseUrl);
  const response = await new Promise((resolve) => {
    const request = http.request(url, { method: 'POST', agent: false, headers: {
      'content-type': 'application/json', authorization: `Bearer ${TOKEN}` } }, (res) => {
      let text = '';
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, text }));
      res.on('error', () => resolve({ status: res.statusCode, text }));
    });
    request.on('error', (error) => resolve({ status: 0, text: String(error) }));
    request.setTimeout(15000, () => request.destroy(new Error('timed out')));
    const piece = 'x'.repeat(64 * 1024);
    request.write('{"name":"');
    for (let sent = 0; sent < 1.5 * 1024 * 1024; sent += piece.length) request.write(piece);
    request.end('"}');
  });
  results.check('chunked body over 1 MiB → 413', response.status === 413,
    `got ${response.status} ${response.text.slice(0, 200)}`);
}

// Like send(), but a server that answers early and closes the connection is fine.
function sendTolerant(method, url, headers, payload) {
  return send(method, url, headers, payload).catch(async (error) => ({
    status: 0, error: String(error), text: '', body: undefined }));
}

main().catch((error) => {
  console.error(error.stack ?? String(error));
  console.log(`${results.passed} passed, ${results.failed + 1} failed`);
  process.exitCode = 1;
});
