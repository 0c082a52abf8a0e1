#!/usr/bin/env node
// Mozilla Readability over pages that newsstream has already decoded (one JSON object a line:
// {"id", "url", "html"}; html is text, decoded in Java by the same code the newsstream parser uses, so both sides
// read identical characters and jsdom never guesses a charset from bytes).
// Prints progress to stderr and one JSON summary line ({"pages", "seconds", "cpuSeconds", "pagesPerSecond",
// "cpuPagesPerSecond"}; CPU = this process's user+system time) to stdout;
// writes predictions ({id: {articleBody, headline, author, datePublished, rejected?, readerable}}) to --output:
// rejected says why Readability gave no text (parse() returned null, returned only whitespace, or threw);
// readerable is Readability's own isProbablyReaderable() on the page (what a browser's reader mode checks before
// offering itself), reported beside the score, never used by it.
// Timing covers what an extractor does per page: DOM parse (jsdom) + Readability, on one thread.
// The caller runs one process per chunk of pages, so a long run never exhausts node's heap.
'use strict';
const fs = require('fs');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability, isProbablyReaderable } = require('@mozilla/readability');

function args(argv) {
  const out = { warmup: 1, passes: 1, 'warmup-seconds': 1e9 };
  for (let i = 2; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    out[key] = argv[i + 1];
  }
  if (!out.pages) {
    console.error('usage: node cli.js --pages FILE.jsonl [--output FILE] [--warmup N] [--warmup-seconds S] [--passes N]');
    process.exit(2);
  }
  out.warmup = Number(out.warmup);
  out.warmupSeconds = Number(out['warmup-seconds']);
  out.passes = Math.max(1, Number(out.passes));
  return out;
}

const quiet = new VirtualConsole(); // page scripts and CSS errors are not our output

// withReaderable: also ask isProbablyReaderable() first (it only reads the DOM; parse() then changes it). Only the
// scoring pass asks; the timed passes measure what an extractor does, DOM parse + parse().
function extract(html, url, withReaderable) {
  const dom = new JSDOM(html, { url: url || 'https://example.invalid/', virtualConsole: quiet });
  try {
    const readerable = withReaderable ? isProbablyReaderable(dom.window.document) : undefined;
    const article = new Readability(dom.window.document).parse();
    const text = article ? (article.textContent || '').trim() : '';
    const out = { articleBody: text };
    if (!article) {
      out.rejected = 'parse() returned null';
    } else if (!text) {
      out.rejected = 'parse() returned no text';
    }
    if (readerable !== undefined) out.readerable = readerable;
    if (article && article.title) out.headline = article.title;
    if (article && article.byline) out.author = [article.byline];
    if (article && article.publishedTime) out.datePublished = article.publishedTime;
    return out;
  } finally {
    dom.window.close();
  }
}

function main() {
  const opt = args(process.argv);
  const pages = fs.readFileSync(opt.pages, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const predictions = {};
  for (const p of pages) {
    try {
      predictions[p.id] = extract(p.html, p.url, true);
    } catch (e) {
      console.error(`readability: ${p.id}: ${e.message}`);
      predictions[p.id] = { articleBody: '', rejected: `threw ${e.message}` };
    }
  }
  const warmUntil = process.hrtime.bigint() + BigInt(Math.round(opt.warmupSeconds * 1e9));
  warm: for (let w = 0; w < opt.warmup; w++) {
    for (const p of pages) {
      if (process.hrtime.bigint() > warmUntil) break warm;
      try { extract(p.html, p.url, false); } catch (e) { /* reported above */ }
    }
  }
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let pass = 0; pass < opt.passes; pass++) {
    for (const p of pages) {
      try { extract(p.html, p.url, false); } catch (e) { /* reported above */ }
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const n = pages.length * opt.passes;
  if (opt.output) {
    fs.writeFileSync(opt.output, JSON.stringify(predictions));
  }
  console.error(`readability: ${n} pages in ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU`);
  console.log(JSON.stringify({ pages: n, seconds, cpuSeconds, pagesPerSecond: n / seconds, cpuPagesPerSecond: n / cpuSeconds }));
}

main();
