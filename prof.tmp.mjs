import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking'] });
const p = await b.newPage({ viewport: { width: 1600, height: 1000 } });
await p.goto('http://127.0.0.1:4173/?nodes=50&seed=1');
await p.waitForSelector('[data-engine-phase="ready"]');
const k = async (line) => { const i = p.getByRole('textbox', { name: 'kubectl' }); await i.fill(line); await i.press('Enter'); await p.waitForTimeout(100); };
await p.getByRole('radio', { name: '60×' }).click();
for (let i = 1; i <= 10; i++) await k(`kubectl create deployment churn-${i} --image=nginx --replicas=100`);
while ((await p.evaluate(() => document.querySelectorAll('[data-kind="Pod"][data-status="Running"]').length)) < 1000) await p.waitForTimeout(500);
await p.getByRole('radio', { name: '1×' }).click();
const cdp = await p.context().newCDPSession(p);
await cdp.send('Performance.enable');
const m0 = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]));
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
for (let s = 0; s < 6; s++) {
  const names = await p.evaluate(() => [...document.querySelectorAll('[data-kind="Pod"][data-status="Running"]')].slice(0, 100).map((e) => e.getAttribute('data-name')));
  await k(`kubectl delete pod ${names.join(' ')} --wait=false`);
  await p.waitForTimeout(900);
}
const { profile } = await cdp.send('Profiler.stop');
const m1 = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]));
for (const k of ['TaskDuration','ScriptDuration','LayoutDuration','RecalcStyleDuration','LayoutCount','RecalcStyleCount','Nodes']) console.log('METRIC', k, (m1[k]-m0[k]).toFixed(3), m1[k]);
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) || 0) + (dt[i] || 0)));
for (const [id, t] of counts) { const n = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(key, (self.get(key) || 0) + t); }
const parent = new Map(); for (const n of profile.nodes) for (const c of (n.children||[])) parent.set(c, n.id);
const callers = new Map();
for (const [id, t] of counts) { const n = byId.get(id); if (n.callFrame.functionName !== 'getBoundingClientRect' && n.callFrame.functionName !== '(program)') continue; if (n.callFrame.functionName==='(program)') continue; let chain=[]; let cur=parent.get(id); for (let d=0; d<6 && cur; d++) { const c=byId.get(cur).callFrame; chain.push(`${c.functionName||'anon'}:${c.lineNumber}:${c.columnNumber}`); cur=parent.get(cur);} const key=chain.join(' < '); callers.set(key,(callers.get(key)||0)+t); }
[...callers.entries()].sort((a,b)=>b[1]-a[1]).slice(0,12).forEach(([k,t])=>console.log('GBCR',(t/1000).toFixed(0),k));
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log('total ms', (total/1000).toFixed(0));
const { SourceMapConsumer } = await import('source-map-js');
const fs = await import('node:fs');
const maps = {};
const named = new Map();
for (const [id, t] of counts) { const n = byId.get(id); const f = n.callFrame; let key = `${f.functionName||'(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  const file = f.url.split('/').pop();
  if (file.endsWith('.js') && f.lineNumber >= 0) { maps[file] ??= new SourceMapConsumer(JSON.parse(fs.readFileSync('dist/assets/' + file + '.map', 'utf8'))); const o = maps[file].originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber }); if (o.source) key = `${o.name || f.functionName} ${o.source.split('/').slice(-2).join('/')}:${o.line}`; }
  named.set(key, (named.get(key) || 0) + t); }
[...named.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40).forEach(([k, t]) => console.log((t/1000).toFixed(0).padStart(6), k));
await b.close();
