#!/usr/bin/env node
// The official command-line client (@epilot/cli) used as people use it: one process per call.
// Benchmark tooling only.
//
// usage: node cli.mjs MODE --url URL --token TOKEN [--count N]
//   calls        N processes "epilot user getUserV2 <id>" one after the other (per-call latency)
//   first-page   N processes "epilot user listUsersV2" (start-up to the first page of users;
//                @epilot/cli 0.1.11 drops numeric query values, so the emulator's default page
//                size of 1000 applies)
// Prints "FIGURE <name> <value> <unit>" lines.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

import { fail, figure, median, parseArguments } from './common.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.join(here, 'node_modules', '@epilot', 'cli', 'dist', 'bin', 'epilot.js');

// One CLI process; resolves with its wall time in ms and its parsed JSON output.
function runCli(args, options, home) {
  const fullArgs = [CLI, ...args, '-s', options.url, '-t', options.token, '--json',
    '--no-interactive'];
  const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'),
    NO_COLOR: '1', FORCE_COLOR: '0', CI: '1' };
  delete env.EPILOT_TOKEN;
  delete env.EPILOT_PROFILE;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, fullArgs, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (code) => {
      const elapsed = performance.now() - started;
      if (code !== 0) {
        reject(new Error(`epilot ${args.join(' ')}: exit ${code}: ${stderr.slice(0, 300)}`));
        return;
      }
      try {
        resolve({ elapsed, json: JSON.parse(stdout) });
      } catch (error) {
        reject(new Error(`epilot ${args.join(' ')}: no JSON on stdout (${error.message})`));
      }
    });
  });
}

async function sampleIds(options, count) {
  const response = await fetch(new URL('/v2/users?limit=1000&offset=0', options.url),
    { headers: { authorization: `Bearer ${options.token}` } });
  const ids = (await response.json()).results.map((user) => user.id).filter((_, i) => i % 5 === 0);
  return Array.from({ length: count }, (_, i) => ids[i % ids.length]);
}

async function calls(options, home) {
  const durations = [];
  for (const id of await sampleIds(options, options.count)) {
    const { elapsed, json } = await runCli(['user', 'getUserV2', String(id)], options, home);
    if (String(json.id) !== String(id)) throw new Error(`getUserV2 ${id}: wrong user`);
    durations.push(elapsed);
  }
  figure('cli.calls.count', durations.length, 'calls');
  figure('cli.calls.median', median(durations), 'ms');
  figure('cli.calls.mean', durations.reduce((a, b) => a + b, 0) / durations.length, 'ms');
}

async function firstPage(options, home) {
  const durations = [];
  for (let run = 0; run < options.count; ++run) {
    const { elapsed, json } = await runCli(['user', 'listUsersV2'], options, home);
    if (!Array.isArray(json.results)) throw new Error('listUsersV2: no results');
    durations.push(elapsed);
  }
  figure('cli.startup.median', median(durations), 'ms');
}

async function main() {
  const options = parseArguments(process.argv.slice(2), { count: 20 }, ['count']);
  if (!fs.existsSync(CLI)) throw new Error(`@epilot/cli is not installed; run "npm ci" in ${here}`);
  // The CLI keeps profiles under ~/.config; a throw-away home keeps the user's own untouched.
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'epilot-bench-cli-'));
  try {
    const modes = { calls, 'first-page': firstPage };
    const run = modes[options.mode];
    if (!run) throw new Error(`unknown mode "${options.mode}"`);
    await run(options, home);
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error) => fail('cli.mjs', error));
