#!/usr/bin/env node
// Mozilla Readability over an article-extraction-benchmark dataset (html/<id>.html.gz + ground-truth.json).
// Prints progress to stderr and one JSON summary line ({"pages", "seconds", "cpuSeconds", "pagesPerSecond",
// "cpuPagesPerSecond"}; CPU = this process's user+system time) to stdout;
// writes predictions ({id: {articleBody, headline, author, datePublished}}) to --output.
// Timing covers what an extractor does per page: decode + DOM parse (jsdom) + Readability, on one thread.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

function args(argv) {
  const out = { warmup: 1, passes: 1, 'warmup-seconds': 1e9 };
  for (let i = 2; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    out[key] = argv[i + 1];
  }
  if (!out.dataset) {
    console.error('usage: node cli.js --dataset DIR [--output FILE] [--warmup N] [--warmup-seconds S] [--passes N]');
    process.exit(2);
  }
  out.warmup = Number(out.warmup);
  out.warmupSeconds = Number(out['warmup-seconds']);
  out.passes = Math.max(1, Number(out.passes));
  return out;
}

const quiet = new VirtualConsole(); // page scripts and CSS errors are not our output

function extract(html, url) {
  const dom = new JSDOM(html, { url: url || 'https://example.invalid/', virtualConsole: quiet });
  try {
    const article = new Readability(dom.window.document).parse();
    if (!article) {
      return { articleBody: '' };
    }
    const out = { articleBody: (article.textContent || '').trim() };
    if (article.title) out.headline = article.title;
    if (article.byline) out.author = [article.byline];
    if (article.publishedTime) out.datePublished = article.publishedTime;
    return out;
  } finally {
    dom.window.close();
  }
}

function main() {
  const opt = args(process.argv);
  const truth = JSON.parse(fs.readFileSync(path.join(opt.dataset, 'ground-truth.json'), 'utf8'));
  const pages = Object.keys(truth).map((id) => ({
    id,
    url: truth[id].url,
    html: zlib.gunzipSync(fs.readFileSync(path.join(opt.dataset, 'html', id + '.html.gz'))),
  }));
  const predictions = {};
  for (const p of pages) {
    predictions[p.id] = extract(p.html, p.url);
  }
  const warmUntil = process.hrtime.bigint() + BigInt(Math.round(opt.warmupSeconds * 1e9));
  warm: for (let w = 0; w < opt.warmup; w++) {
    for (const p of pages) {
      extract(p.html, p.url);
      if (process.hrtime.bigint() > warmUntil) break warm;
    }
  }
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let pass = 0; pass < opt.passes; pass++) {
    for (const p of pages) extract(p.html, p.url);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const n = pages.length * opt.passes;
  if (opt.output) {
    fs.writeFileSync(opt.output, JSON.stringify(predictions, null, 2));
  }
  console.error(`readability: ${n} pages in ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU`);
  console.log(JSON.stringify({ pages: n, seconds, cpuSeconds, pagesPerSecond: n / seconds, cpuPagesPerSecond: n / cpuSeconds }));
}

main();
