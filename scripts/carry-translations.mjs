#!/usr/bin/env node
// Fills the unfinished messages of a Qt Linguist file with the translations that other files
// (usually the same file before lupdate ran) give for the same English source text. tr() strings
// take their class as context, so a string that moves to another class arrives unfinished although
// its text was translated before; this carries such translations over. Texts it cannot match stay
// unfinished for a translator. Extra lines "Context<TAB>Source<TAB>Translation" (new strings
// translated elsewhere) may be given as .tsv files.
//
//   node scripts/carry-translations.mjs TARGET.ts SOURCE.ts|SOURCE.tsv [...]
import fs from 'node:fs';

const [target, ...sources] = process.argv.slice(2);
if (!target || sources.length === 0) {
  console.error('usage: carry-translations.mjs TARGET.ts SOURCE.ts|SOURCE.tsv [...]');
  process.exit(2);
}

const unescape = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>')
  .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const messagePattern = /<message( numerus="yes")?>([\s\S]*?)<\/message>/g;
const sourceOf = (body) => unescape((body.match(/<source>([\s\S]*?)<\/source>/) || [])[1] || '');
const translationPattern = /<translation( type="unfinished")?>([\s\S]*?)<\/translation>/;

// Source text (with a numerus marker) -> translation element's inner XML, finished ones only.
const known = new Map();
const keyOf = (numerus, source) => `${numerus ? 'n' : 's'}\u0000${source}`;
for (const file of sources) {
  const text = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.tsv')) {
    for (const line of text.split('\n')) {
      const [, source, translation] = line.split('\t');
      if (source && translation) known.set(keyOf(false, source), escape(translation.trimEnd()));
    }
    continue;
  }
  for (const [, numerus, body] of text.matchAll(messagePattern)) {
    const translation = body.match(translationPattern);
    if (!translation || translation[1] || !translation[2].trim()) continue;
    known.set(keyOf(numerus, sourceOf(body)), translation[2]);
  }
}

let carried = 0;
let open = 0;
const output = fs.readFileSync(target, 'utf8').replace(messagePattern, (whole, numerus, body) => {
  const translation = body.match(translationPattern);
  if (!translation || !translation[1]) return whole;
  const inner = known.get(keyOf(numerus, sourceOf(body)));
  if (inner === undefined) {
    open += 1;
    return whole;
  }
  carried += 1;
  return whole.replace(translationPattern, `<translation>${inner}</translation>`);
});
fs.writeFileSync(target, output);
console.log(`${target}: ${carried} translation(s) carried over, ${open} still unfinished`);
