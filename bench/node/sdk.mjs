#!/usr/bin/env node
// The official JavaScript SDK's user client (@epilot/user-client, axios + openapi-client-axios)
// doing what the epilot Admin benchmarks do, against the same emulator. Benchmark tooling only.
//
// usage: node sdk.mjs MODE --url URL --token TOKEN [options]
//   first-page              one listUsersV2 page (--first), print "first page shown", exit
//   paging                  every user, page sizes --first doubling up to --max, --in-flight
//                           requests at a time (3 by default: what the application keeps, the page
//                           shown and two read ahead; offsets assume full pages, as it does)
//   calls                   --count sequential getUserV2 in this one process
//   search                  --queries a,b,c: one listUsersV2?query= per query, as a search box would,
//                           after one untimed page (the application has its list loaded: warm)
// Prints "FIGURE <name> <value> <unit>" lines (bench/run-report.mjs collects them).
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import process from 'node:process';

import { fail, figure, median, parseArguments } from './common.mjs';

const require = createRequire(import.meta.url);
const { createClient } = require('@epilot/user-client');

// VmHWM: the peak resident set of this process, in MB.
async function peakResidentMb() {
  const fs = await import('node:fs');
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  const match = status.match(/VmHWM:\s+(\d+) kB/);
  return match ? Number(match[1]) / 1024 : NaN;
}

function client(options) {
  const api = createClient();
  api.defaults.baseURL = options.url;
  api.defaults.headers.common.Authorization = `Bearer ${options.token}`;
  return api;
}

async function firstPage(api, options) {
  const response = await api.listUsersV2({ limit: options.first, offset: 0 });
  console.log(`first page shown: ${response.data.results.length} users`);
}

async function paging(api, options) {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const users = [];
  let size = options.first;
  let nextOffset = 0;
  const ask = () => {
    const planned = { offset: nextOffset, size };
    nextOffset += size;
    size = Math.min(size * 2, options.max);
    return api.listUsersV2({ limit: planned.size, offset: planned.offset })
      .then((response) => ({ page: response.data.results, size: planned.size }));
  };
  // A window of requests in flight, taken in order; a short page ends the list and drops what
  // was asked beyond it.
  const window = Array.from({ length: Math.max(1, options['in-flight']) }, ask);
  for (;;) {
    const { page, size: asked } = await window.shift();
    for (const user of page) users.push(user);
    if (page.length < asked) break;
    window.push(ask());
  }
  await Promise.allSettled(window);
  const elapsed = performance.now() - started;
  const name = options['in-flight'] > 1 ? 'sdk.paging' : 'sdk_sequential.paging';
  console.log(`${name}: ${users.length} users, ${options['in-flight']} request(s) in flight`);
  figure(`${name}.users`, users.length, 'users');
  figure(`${name}.time`, elapsed / 1000, 's');
  figure(`${name}.peak_rss`, await peakResidentMb(), 'MB');
  const cpu = process.cpuUsage(cpuBefore);
  figure(`${name}.cpu`, (cpu.user + cpu.system) / 1e6, 's');
}

// The same ids the Qt benchmark asks for: every fifth of the first 1000 users.
async function sampleIds(api, count) {
  const response = await api.listUsersV2({ limit: 1000, offset: 0 });
  const ids = response.data.results.map((user) => user.id).filter((_, i) => i % 5 === 0);
  return Array.from({ length: count }, (_, i) => ids[i % ids.length]);
}

async function calls(api, options) {
  const ids = await sampleIds(api, options.count);
  const durations = [];
  const started = performance.now();
  for (const id of ids) {
    const callStarted = performance.now();
    const response = await api.getUserV2({ id });
    if (String(response.data.id) !== String(id)) throw new Error(`getUserV2 ${id}: wrong user`);
    durations.push(performance.now() - callStarted);
  }
  const elapsed = performance.now() - started;
  figure('sdk.calls.total', elapsed, 'ms');
  figure('sdk.calls.median', median(durations), 'ms');
  figure('sdk.calls.mean', elapsed / ids.length, 'ms');
}

async function search(api, options) {
  const queries = options.queries.split(',').filter(Boolean);
  const durations = [];
  // Warm, as the application is when its search is timed (its list is loaded): the connection is
  // open and the parsing path has run once.
  await api.listUsersV2({ limit: options.first, offset: 0 });
  for (const query of queries) {
    const started = performance.now();
    const response = await api.listUsersV2({ query, limit: options.first, offset: 0 });
    // "Shown" for a script: the rows are parsed and at hand.
    const rows = response.data.results.map((user) => `${user.display_name} <${user.email}>`);
    durations.push(performance.now() - started);
    if (process.env.BENCH_VERBOSE) console.log(`${query}: ${rows.length} rows`);
  }
  figure('sdk.search.median', median(durations), 'ms');
  figure('sdk.search.worst', Math.max(...durations), 'ms');
}

async function main() {
  const defaults = { first: 100, max: 1000, count: 200, queries: '', 'in-flight': 3 };
  const options = parseArguments(process.argv.slice(2), defaults, ['first', 'max', 'count', 'in-flight']);
  const api = client(options);
  const modes = { 'first-page': firstPage, paging, calls, search };
  const run = modes[options.mode];
  if (!run) throw new Error(`unknown mode "${options.mode}" (${Object.keys(modes).join(', ')})`);
  await run(api, options);
}

main().catch((error) => fail('sdk.mjs', error));
