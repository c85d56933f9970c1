import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/rasid-shot-'), { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'], viewport: { width: 1280, height: 900 } });
const base = process.argv[2]!;
for (const [name, path, w] of [['home', '/', 1280], ['docs', '/api/docs/', 1280], ['home-phone', '/', 390], ['search-demo', '/search?q=' + encodeURIComponent('وزير'), 1280]] as const) {
  const p = await ctx.newPage();
  const errs: string[] = [];
  p.on('console', (m) => { if (m.type() === 'error') errs.push(m.text()); });
  await p.setViewportSize({ width: w, height: 900 });
  await p.goto(base + path, { waitUntil: 'networkidle' });
  await p.screenshot({ path: `test-output/web/manual-${name}.png`, fullPage: false });
  console.log(name, errs);
  await p.close();
}
await ctx.close();
