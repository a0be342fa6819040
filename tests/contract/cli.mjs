#!/usr/bin/env node
// Outside check with the official client: runs epilot's own command-line client (@epilot/cli,
// a devDependency of this package, with its own bundled API definitions and HTTP stack) against
// the emulator and compares its answers with what the emulator holds (read over plain HTTP).
//
// usage: node cli.mjs /path/to/epilot-emulator
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator } from './lib/emulator.mjs';
import { Results, send } from './lib/client.mjs';
import { packageDir } from './lib/packages.mjs';

const TOKEN = 'cli-test-token-9d3e1b';
const CLI = path.join(packageDir(), 'node_modules', '@epilot', 'cli', 'dist', 'bin', 'epilot.js');
const CLI_TIMEOUT_MS = 60000;

const results = new Results();

async function main() {
  if (!fs.existsSync(CLI)) {
    throw new Error(`@epilot/cli is not installed (${CLI}); run "npm ci" in ${packageDir()}`);
  }
  // The CLI keeps profiles under ~/.config; give it a throw-away home so nothing leaks out.
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'epilot-cli-home-'));
  const emulator = await startEmulator(process.argv[2], ['--seed', 'demo', '--token', TOKEN]);
  console.log(`emulator: ${emulator.baseUrl}`);
  const cli = (args, options = {}) => runCli(emulator.baseUrl, home, args, options);
  const direct = async (method, pathname, body) => {
    const response = await send(method, new URL(pathname, emulator.baseUrl),
      { accept: 'application/json', authorization: `Bearer ${TOKEN}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body !== undefined ? Buffer.from(JSON.stringify(body)) : null);
    if (response.status >= 300) throw new Error(`${method} ${pathname}: ${response.status} ${response.text}`);
    return response.body;
  };
  try {
    await checks(cli, direct, emulator.baseUrl);
  } finally {
    await emulator.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
  console.log(`${results.passed} passed, ${results.failed} failed`);
  process.exitCode = results.failed === 0 ? 0 : 1;
}

async function checks(cli, direct, baseUrl) {
  const held = await direct('GET', '/v2/users/me');
  await guard(async () => {
    const version = await cli(['--version'], { raw: true, noServer: true });
    results.check('epilot CLI runs', version.code === 0, version.stderr);
    console.log(`@epilot/cli ${version.stdout.trim()}`);
  });
  await guard(async () => {
    const me = await cli(['user', 'getMeV2']);
    same('user getMeV2: id, email, organization as the emulator holds',
      pick(me.json, ['id', 'email', 'organization_id', 'display_name']),
      pick(held, ['id', 'email', 'organization_id', 'display_name']));
  });
  await guard(async () => {
    const meV1 = await cli(['user', 'getMe']);
    same('user getMe: the same user', meV1.json?.id, held.id);
  });
  await guard(async () => {
    // @epilot/cli 0.1.11 turns "-p limit=5" into a number and then drops it from the query
    // string (only string query values are sent), so filter by the text query instead.
    const surname = held.display_name.split(' ').pop();
    const listed = await cli(['user', 'listUsersV2', '-p', `query=${surname}`]);
    const heldList = await direct('GET', `/v2/users?query=${encodeURIComponent(surname)}`);
    same(`user listUsersV2 -p query=${surname}: the same users as the emulator holds`,
      ids(listed.json?.results), ids(heldList?.results));
    results.check(`user listUsersV2 -p query=${surname}: includes the admin`,
      listed.json?.results?.some((item) => item.id === held.id));
  });
  await guard(async () => {
    const user = await cli(['user', 'getUserV2', held.id]);
    same('user getUserV2 <id> (positional path parameter)', user.json?.email, held.email);
  });
  await guard(async () => {
    // The CLI insists on a token even for public operations; the emulator must simply ignore it.
    const login = await cli(['user', 'getUserLoginParametersV2', held.email]);
    results.check('user getUserLoginParametersV2 (public operation): primary organization first',
      login.json?.login_parameters?.[0]?.organization_id === held.organization_id,
      login.stdout.slice(0, 300));
  });
  await guard(async () => {
    const current = await cli(['organization', 'getCurrentOrganization']);
    const heldOrg = await direct('GET', `/v2/organization/${held.organization_id}`);
    same('organization getCurrentOrganization: the emulator\'s organization',
      pick(current.json, ['id', 'name', 'email']), pick(heldOrg, ['id', 'name', 'email']));
    const org = await cli(['organization', 'getOrganization', held.organization_id]);
    same('organization getOrganization <org_id>', org.json, heldOrg);
  });
  await guard(async () => {
    const groups = await cli(['user', 'getGroups']);
    const heldGroups = await direct('GET', '/v1/groups');
    same('user getGroups: the same groups', ids(groups.json?.groups), ids(heldGroups?.groups));
  });
  await guard(async () => {
    const surname = held.display_name.split(' ').pop();
    const search = await cli(['partner-directory', 'searchAssignable', '-d',
      JSON.stringify({ q: surname, types: ['user'] })]);
    results.check(`partner-directory searchAssignable -d {"q":"${surname}"}: finds the admin`,
      search.json?.results?.some((item) => item.user_id === held.id), search.stdout.slice(0, 300));
  });
  await guard(async () => {
    const projected = await cli(['user', 'listUsersV2', '-p', 'limit=3', '--jsonata',
      'results.email']);
    same('--jsonata projection over the emulator\'s answer', projected.json,
      (await direct('GET', '/v2/users?limit=3')).results.map((u) => u.email));
  });
  await guard(async () => {
    // Writes through the CLI must land in the emulator's store.
    const key = `cli_check_${Date.now().toString(36)}`;
    const put = await cli(['organization', 'putSettingsValue', held.organization_id, key, '-d',
      '{"enabled":true}']);
    same('organization putSettingsValue: echoes the value', put.json, { enabled: true });
    const settings = await direct('GET', `/v2/organization/${held.organization_id}/settings`);
    same('the setting written by the CLI is stored', settings?.[key], { enabled: true });
    const removed = await cli(['organization', 'deleteSettingsValue', held.organization_id, key]);
    results.check('organization deleteSettingsValue succeeds', removed.code === 0, removed.stderr);
    const after = await direct('GET', `/v2/organization/${held.organization_id}/settings`);
    results.check('the setting deleted by the CLI is gone', after && !(key in after));
  });
  await guard(async () => {
    const created = await cli(['user', 'createGroup', '-d',
      JSON.stringify({ name: 'CLI Gruppe', user_ids: [held.id] })]);
    const stored = created.json?.id ? await direct('GET', `/v1/groups/${created.json.id}`) : null;
    same('user createGroup: the group is stored', stored?.name, 'CLI Gruppe');
    if (created.json?.id) {
      const deleted = await cli(['user', 'deleteGroup', created.json.id], { emptyBody: true });
      results.check('user deleteGroup succeeds', deleted.code === 0, deleted.stderr);
      const gone = await send('GET', new URL(`/v1/groups/${created.json.id}`, baseUrl),
        { authorization: `Bearer ${TOKEN}` }, null);
      results.check('the group deleted by the CLI is gone (404)', gone.status === 404,
        `${gone.status}`);
    }
  });
  await guard(async () => {
    // A whole workflow through the official client: invite → outbox → check → activate → Active.
    const email = `cli.invite.${Date.now().toString(36)}@example.com`;
    const invited = await cli(['user', 'inviteUser', '-d', JSON.stringify({ email, language: 'de' })]);
    same('user inviteUser: a Pending user', invited.json?.status, 'Pending');
    const outbox = await direct('GET', `/emulator/outbox?to=${encodeURIComponent(email)}`);
    const token = outbox?.mails?.find((mail) => /invite/i.test(mail.kind))?.data?.token;
    results.check('the invite mail is in the emulator outbox', Boolean(token));
    const checked = await cli(['user', 'checkInviteToken', '-p', `token=${token}`]);
    same('user checkInviteToken -p token=…: names the invited user',
      checked.json?.invitee_user_id, invited.json?.id);
    const activated = await cli(['user', 'activateUser', '-p', `token=${token}`, '-d',
      JSON.stringify({ display_name: 'CLI Invitee', password: 'Cli-Invitee-1!' })], { emptyBody: true });
    results.check('user activateUser succeeds', activated.code === 0, activated.stderr);
    const user = await cli(['user', 'getUserV2', invited.json?.id]);
    same('the user activated through the CLI is Active', pick(user.json, ['status', 'display_name']),
      { status: 'Active', display_name: 'CLI Invitee' });
  });
  await guard(async () => {
    const partners = await direct('GET', '/emulator/partners');
    const list = Array.isArray(partners) ? partners : Object.values(partners ?? {}).find(Array.isArray);
    const orgId = list?.find((partner) => partner.partner_org_id)?.partner_org_id;
    const roles = await cli(['partner-directory', 'getPartnerRoles', orgId]);
    same(`partner-directory getPartnerRoles ${orgId}: the roles the emulator holds`,
      roles.json, await direct('GET', `/v2/partners/${orgId}/roles`));
    const users = await cli(['partner-directory', 'getPartnerUsers', orgId]);
    same(`partner-directory getPartnerUsers ${orgId}: the users the emulator holds`,
      users.json, await direct('GET', `/v2/partners/${orgId}/users`));
  });
  await guard(async () => {
    const denied = await cli(['user', 'getMeV2'], { token: 'not-a-valid-token', expectFailure: true });
    results.check('a wrong token: the CLI fails and shows the 401 message',
      denied.code !== 0 && /unauthori|token/i.test(denied.stdout + denied.stderr),
      `exit ${denied.code}: ${(denied.stdout + denied.stderr).slice(0, 300)}`);
  });
}

// One group of checks; an exception (e.g. the emulator lacks an operation) fails only it.
async function guard(body) {
  try {
    await body();
  } catch (error) {
    results.check(`check group ran to the end`, false, error.stack ?? String(error));
  }
}

function pick(object, keys) {
  return Object.fromEntries(keys.map((key) => [key, object?.[key]]));
}

function ids(list) {
  return (list ?? []).map((item) => item.id);
}

function same(name, actual, expected) {
  return results.check(name, JSON.stringify(actual) === JSON.stringify(expected)
    && actual !== undefined, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

// Runs the CLI as a user would: `epilot <api> <op> … -s URL -t TOKEN --json --no-interactive`.
function runCli(baseUrl, home, args, options = {}) {
  const fullArgs = [CLI, ...args];
  if (!options.noServer) {
    fullArgs.push('-s', baseUrl);
    const token = options.token === undefined ? TOKEN : options.token;
    if (token) fullArgs.push('-t', token);
    fullArgs.push('--json', '--no-interactive');
  }
  const shown = fullArgs.slice(1).map((arg) => (arg === TOKEN ? '***' : arg)).join(' ');
  return new Promise((resolve) => {
    const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'),
      NO_COLOR: '1', FORCE_COLOR: '0', CI: '1' };
    delete env.EPILOT_TOKEN;
    delete env.EPILOT_PROFILE;
    const child = spawn(process.execPath, fullArgs, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    const timer = setTimeout(() => child.kill('SIGKILL'), CLI_TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      const result = { code, stdout, stderr, json: undefined };
      if (!options.raw) {
        try {
          result.json = JSON.parse(stdout);
        } catch (error) {
          // 204 answers have no body; the CLI then prints nothing.
          if (!(options.emptyBody && stdout.trim() === '')) result.parseError = error.message;
        }
        if (!options.expectFailure) {
          results.check(`epilot ${shown}: exit 0 with JSON on stdout`,
            code === 0 && result.parseError === undefined,
            `exit ${code}; stdout ${stdout.slice(0, 300)}; stderr ${stderr.slice(0, 300)}`);
        }
      }
      resolve(result);
    });
  });
}

main().catch((error) => {
  console.error(error.stack ?? String(error));
  console.log(`${results.passed} passed, ${results.failed + 1} failed`);
  process.exitCode = 1;
});
