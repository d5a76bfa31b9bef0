import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const q = process.argv[2] ?? '';
const ctx = await b.newContext({ viewport: { width: 1366, height: 768 } });
const page = await ctx.newPage();
await b.startTracing(page, { categories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline', 'blink', 'loading'] });
const t0 = Date.now();
await page.goto('http://127.0.0.1:4173/' + q);
await page.getByText('TIP Atlas', { exact: true }).filter({ visible: true }).waitFor();
await page.locator('#prerender').waitFor({ state: 'detached' }).catch(() => {});
console.log('ready ms', Date.now() - t0);
await page.waitForTimeout(1500);
const buf = await b.stopTracing();
const events = JSON.parse(buf.toString()).traceEvents;
// main thread of renderer: find CrRendererMain tid
const threads = {};
for (const e of events) if (e.name === 'thread_name') threads[`${e.pid}:${e.tid}`] = e.args.name;
const agg = {};
for (const e of events) {
  if (e.ph !== 'X' || !e.dur) continue;
  const th = threads[`${e.pid}:${e.tid}`];
  if (th !== 'CrRendererMain') continue;
  agg[e.name] = (agg[e.name] ?? 0) + e.dur / 1000;
}
const top = Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 25);
for (const [n, d] of top) console.log(d.toFixed(0).padStart(6), n);
await b.close();
