// What the benchmark scripts share: arguments, figures, medians. Benchmark tooling only.
import process from 'node:process';

// "MODE --key value …" into { mode, key: value, … } over `defaults`; the keys named in
// `numbers` are read as numbers. --url and --token are required.
export function parseArguments(argv, defaults = {}, numbers = []) {
  const options = { ...defaults, mode: argv[0] };
  for (let i = 1; i < argv.length; i += 2) options[argv[i].replace(/^--/, '')] = argv[i + 1];
  for (const key of numbers) options[key] = Number(options[key]);
  if (!options.url || !options.token) throw new Error('--url and --token are required');
  return options;
}

// One "FIGURE <name> <value> <unit>" line, as bench/report.mjs reads them.
export function figure(name, value, unit) {
  const text = Number.isInteger(value) ? String(value) : Number(value).toFixed(value < 10 ? 2 : 1);
  console.log(`FIGURE ${name} ${text} ${unit}`);
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function fail(script, error) {
  console.error(`${script}: ${error.message}`);
  process.exit(1);
}
