import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const q = process.argv[2] ?? '';
const ctx = await b.newContext({ viewport: { width: 1366, height: 768 } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto('http://127.0.0.1:4173/' + q);
await page.getByText('TIP Atlas', { exact: true }).filter({ visible: true }).waitFor();
await page.locator('#prerender').waitFor({ state: 'detached' }).catch(() => {});
await page.waitForTimeout(1500);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas; let i = 0;
const counts = new Map();
for (const s of profile.samples) { counts.set(s, (counts.get(s) ?? 0) + (dt[i++] ?? 0)); }
// self time by function+url
const agg = {};
for (const [id, t] of counts) {
  const n = byId.get(id); const cf = n.callFrame;
  const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}:${cf.columnNumber}`;
  agg[key] = (agg[key] ?? 0) + t / 1000;
}
// total (inclusive) by function: build parent map
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = {};
for (const [id, t] of counts) {
  const seen = new Set();
  for (let x = id; x !== undefined; x = parent.get(x)) {
    const cf = byId.get(x).callFrame;
    const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}:${cf.columnNumber}`;
    if (seen.has(key)) continue; seen.add(key);
    incl[key] = (incl[key] ?? 0) + t / 1000;
  }
}
console.log('SELF'); for (const [k, v] of Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(0).padStart(6), k);
console.log('INCL'); for (const [k, v] of Object.entries(incl).sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(v.toFixed(0).padStart(6), k);
await b.close();
