#!/usr/bin/env node
// Collects the "FIGURE <name> <value> <unit>" lines of one scripts/bench.sh run, prints every
// figure with its unit, the ratio to the official tools and the target, and writes RESULTS.md.
//
// usage: node report.mjs FIGURES.txt --machine TEXT --load TEXT --users N --calls N
//                        --cli-calls N --out RESULTS.md
import fs from 'node:fs';
import process from 'node:process';

const [file, ...rest] = process.argv.slice(2);
const options = {};
for (let i = 0; i < rest.length; i += 2) options[rest[i].replace(/^--/, '')] = rest[i + 1];

// scripts/bench.sh repeats every measurement BENCH_ROUNDS times against the same emulator: a
// figure is the median of its rounds, shown with the range the rounds spanned.
const figures = new Map();
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  const match = line.match(/^FIGURE (\S+) (\S+) (.+)$/);
  if (!match || Number.isNaN(Number(match[2]))) continue;
  const figure = figures.get(match[1]) ?? { values: [], unit: match[3].trim() };
  figure.values.push(Number(match[2]));
  figures.set(match[1], figure);
}
for (const figure of figures.values()) {
  const sorted = [...figure.values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  figure.value = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  figure.min = sorted[0];
  figure.max = sorted[sorted.length - 1];
}
const value = (name) => figures.get(name)?.value;
const rounds = Math.max(0, ...[...figures.values()].map((figure) => figure.values.length));

const digitsFor = (x) => (Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 2);
function show(name) {
  const figure = figures.get(name);
  if (!figure) return '—';
  const text = `${figure.value.toFixed(digitsFor(figure.value))} ${figure.unit}`;
  if (figure.values.length < 2) return text;
  const digits = digitsFor(figure.max);
  return `${text} (${figure.min.toFixed(digits)}–${figure.max.toFixed(digits)})`;
}

// How many times better the app is than `other` (both "lower is better").
function ratio(app, other) {
  if (!app || !other) return '—';
  const times = other / app;
  const shown = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  return times >= 1 ? `${shown(times)}× better` : `${shown(1 / times)}× worse`;
}

const users = Number(options.users ?? 100000).toLocaleString('en');
const calls = options.calls ?? 200;
const cliCalls = options['cli-calls'] ?? 30;
const rows = [];
const verdicts = [];
function row(what, app, sdk, cli, target, met) {
  rows.push([what, show(app), sdk ? show(sdk) : '', cli ? show(cli) : '',
    sdk ? ratio(value(app), value(sdk)) : '', cli ? ratio(value(app), value(cli)) : '', target,
    met === undefined ? '' : met ? 'yes' : '**no**']);
  if (met === false) verdicts.push(what);
}
const under = (name, limit) => value(name) !== undefined && value(name) < limit;
const atLeastAsGood = (app, other, factor = 1) =>
  value(app) !== undefined && value(other) !== undefined && value(app) * factor <= value(other);

row('Start-up: process start → first page of users shown (median of 10)',
  'app.startup.median', 'sdk.startup.median', 'cli.startup.median', '< 400 ms',
  under('app.startup.median', 400) && atLeastAsGood('app.startup.median', 'sdk.startup.median'));
row(`Paging ${users} users (first page 100, doubling to 1000): total time`,
  'app.paging.time', 'sdk.paging.time', null, '< 5 s, ≤ SDK',
  under('app.paging.time', 5) && atLeastAsGood('app.paging.time', 'sdk.paging.time'));
row(`Paging ${users} users: peak resident memory of the process`,
  'app.paging.peak_rss', 'sdk.paging.peak_rss', null, '< 250 MB, ≤ SDK',
  under('app.paging.peak_rss', 250) && atLeastAsGood('app.paging.peak_rss', 'sdk.paging.peak_rss'));
row(`Paging ${users} users: CPU time of the client process`, 'app.paging.cpu', 'sdk.paging.cpu',
  null, '≤ SDK', atLeastAsGood('app.paging.cpu', 'sdk.paging.cpu'));
row(`Paging ${users} users: plain sequential SDK script (one request at a time)`,
  'app.paging.time', 'sdk_sequential.paging.time', null, '(for reference)');
row(`Paging ${users} users: CPU time of the emulator meanwhile`, 'app.paging.emulator_cpu',
  'sdk.paging.emulator_cpu', null, '(server work)');
row(`getUserV2 per call, mean of ${calls} sequential (CLI: ${cliCalls} processes)`,
  'app.calls.mean', 'sdk.calls.mean', 'cli.calls.mean', '≤ SDK, 5× better than CLI',
  atLeastAsGood('app.calls.mean', 'sdk.calls.mean') &&
  atLeastAsGood('app.calls.mean', 'cli.calls.mean', 5));
row('getUserV2 per call, median', 'app.calls.median', 'sdk.calls.median', 'cli.calls.median',
  '≤ SDK, 5× better than CLI', atLeastAsGood('app.calls.median', 'sdk.calls.median') &&
  atLeastAsGood('app.calls.median', 'cli.calls.median', 5));
row(`${calls} sequential getUserV2, total`, 'app.calls.total', 'sdk.calls.total', null, '≤ SDK',
  atLeastAsGood('app.calls.total', 'sdk.calls.total'));
row('Search, 20 queries: last key press → rows in the model, median (SDK: request → rows parsed)',
  'app.search.in_model.median', 'sdk.search.median', null, '≤ SDK',
  atLeastAsGood('app.search.in_model.median', 'sdk.search.median'));
row('Search, 20 queries: last key press → rows in the model, worst', 'app.search.in_model.worst',
  'sdk.search.worst', null, '≤ SDK', atLeastAsGood('app.search.in_model.worst', 'sdk.search.worst'));
row('Search, 20 queries: last key press → rows painted on screen, median (the SDK paints nothing)',
  'app.search.median', null, null, 'worst < 100 ms', under('app.search.worst', 100));
row('Search: answer received → rows shown, worst', 'app.search.after_answer.worst', null, null,
  '< 100 ms', under('app.search.after_answer.worst', 100));
row('Users pane: opening → first page painted', 'pane.first_page', null, null, '< 200 ms',
  under('pane.first_page', 200));
row(`Users pane: scrolling to the end loads all ${users}`, 'pane.all_users', null, null, '< 5 s',
  under('pane.all_users', 5));
row('Users pane: longest event-loop stall while loading', 'pane.worst_stall', null, null,
  '< 50 ms', under('pane.worst_stall', 50));
row('Users pane: most GUI-thread CPU time between two event-loop ticks while loading',
  'pane.worst_busy', null, null, '< 50 ms', under('pane.worst_busy', 50));
row(`Users pane: peak resident memory with ${users} users`, 'pane.peak_rss', null, null,
  '< 250 MB', under('pane.peak_rss', 250));
row(`People & roles (${value('people_roles.people') ?? '?'} people × ${value('people_roles.roles') ?? '?'} roles): opening → first rows painted`,
  'people_roles.first_rows', null, null, '< 1 s', under('people_roles.first_rows', 1000));
row('People & roles: longest event-loop stall while loading, scrolling and searching',
  'people_roles.worst_stall', null, null, '< 50 ms', under('people_roles.worst_stall', 50));
row('People & roles: most GUI-thread CPU time between two event-loop ticks',
  'people_roles.worst_busy', null, null, '< 50 ms', under('people_roles.worst_busy', 50));
row('People & roles: peak resident memory', 'people_roles.peak_rss', null, null, '< 250 MB',
  under('people_roles.peak_rss', 250));
row(`listAllAssignments for ${value('assignments.count')?.toLocaleString('en') ?? '?'} people: parsed on a worker thread`,
  'assignments.parse', null, null, '(off the GUI thread)');
row('listAllAssignments: request → parsed', 'assignments.total', null, null, '(for reference)');
row('listAllAssignments: longest GUI stall meanwhile', 'assignments.worst_stall', null, null,
  '< 50 ms', under('assignments.worst_stall', 50));
row('listAllAssignments: most GUI-thread CPU time between two event-loop ticks meanwhile',
  'assignments.worst_busy', null, null, '< 50 ms', under('assignments.worst_busy', 50));
row(`Audit log (${value('audit_log.events')?.toLocaleString('en') ?? '?'} events): opening → first rows painted`,
  'audit_log.first_rows', null, null, '< 1 s', under('audit_log.first_rows', 1000));
row('Audit log: a jump across the list → its rows there (median of 100 jumps)',
  'audit_log.jump_median', null, null, '(for reference)');
row('Audit log: longest GUI stall while opening, jumping and scrolling',
  'audit_log.worst_stall', null, null, '< 50 ms', under('audit_log.worst_stall', 50));
row('Audit log: peak resident memory after the 100 jumps', 'audit_log.peak_rss', null, null,
  '< 300 MB', under('audit_log.peak_rss', 300));

// The emulator's capacity against what the app asked of it.
const getRate = value('emulator.getUserV2.throughput');
const listRate = value('emulator.listUsersV2.throughput');
const appCallRate = value('app.calls.mean') ? 1000 / value('app.calls.mean') : undefined;
const appPages = value('app.paging.users') ? pagesFor(value('app.paging.users')) : undefined;
const appPageRate = appPages && value('app.paging.time') ? appPages / value('app.paging.time') : undefined;
function pagesFor(count) {
  let pages = 0;
  let size = 100;
  for (let left = count + 1; left > 0; left -= size, size = Math.min(size * 2, 1000)) pages += 1;
  return pages;
}
const emulatorRows = [
  ['getUserV2', getRate, appCallRate, 'calls/s (sequential)'],
  ['listUsersV2 (1000 users a page, random offsets)', listRate, appPageRate, 'pages/s while paging'],
].map(([what, capacity, used, unit]) => [what,
  capacity ? `${capacity.toFixed(capacity >= 100 ? 0 : 1)} req/s` : '—',
  used ? `${used.toFixed(1)} ${unit}` : '—',
  capacity && used ? `${(capacity / used).toFixed(1)}×` : '—']);

const header = ['figure', 'epilot Admin', 'SDK', 'CLI', 'vs SDK', 'vs CLI', 'target', 'met'];
const table = (head, body) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`,
  ...body.map((cells) => `| ${cells.join(' | ')} |`)].join('\n');

const date = new Date().toISOString().replace('T', ' ').replace(/\..*/, ' UTC');
const markdown = `# Benchmark results

Run by \`scripts/bench.sh\` on ${date}, ${rounds} round(s) against the same emulator: each figure is
the median of the rounds, with the lowest and highest round in brackets. Each round warms both sides
alike (see bench/README.md).
Code measured: ${options.commit ?? 'unknown'}. Machine: ${options.machine ?? 'unknown'}. Load average (1, 5, 15 min) before / after: ${options.load ?? '?'}.
Server: \`epilot-emulator --users ${Number(options.users ?? 100000)}\` on loopback, shared by all tools.
SDK: \`@epilot/user-client\` (axios, openapi-client-axios) in one Node.js process.
CLI: \`@epilot/cli\`, one process per call (${cliCalls} calls; the per-call figure is the same for 200).
"better" ratios: the official tool's figure divided by epilot Admin's (lower is better for all).

${table(header, rows)}

## The emulator's own capacity (wrk from a second process, 1 thread, 4 connections)

${table(['operation', 'emulator under load', 'what epilot Admin asked', 'headroom'], emulatorRows)}

${verdicts.length ? `Targets not met: ${verdicts.join('; ')}. See bench/README.md for why.`
    : 'Every target is met.'}
`;
fs.writeFileSync(options.out, markdown);

// The console gets the same, one figure a line.
for (const cells of rows) {
  const [what, app, sdk, cli, vsSdk, vsCli, target, met] = cells;
  console.log(`${what}\n    epilot Admin ${app}${sdk ? `, SDK ${sdk} (${vsSdk})` : ''}` +
    `${cli ? `, CLI ${cli} (${vsCli})` : ''}; target ${target}: ${met.replace(/\*/g, '')}`);
}
for (const [what, capacity, used, headroom] of emulatorRows)
  console.log(`emulator ${what}: ${capacity}; epilot Admin used ${used}; headroom ${headroom}`);
console.log(verdicts.length ? `\nTargets not met: ${verdicts.join('; ')}` : '\nEvery target is met.');
console.log(`\nwritten: ${options.out}`);
