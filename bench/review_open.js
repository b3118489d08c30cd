// bench/review_open.sh's browser part: ms from navigation until every bead row is on the page.
'use strict';
const puppeteer = require('puppeteer-core');
(async () => {
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'], headless: true });
  const page = await browser.newPage();
  const times = [], parts = [];
  for (let i = 0; i < 3; ++i) {
    const t = Date.now();
    await page.goto(process.argv[2], { waitUntil: 'load' });
    await page.waitForSelector('#rows .row');
    times.push(Date.now() - t);
    // Where the time goes: the server's answer (first byte: the page built, every bead as JSON),
    // the transfer, the parse and script (the first drawing of every row), layout until load.
    const n = await page.evaluate(() => {
      const e = performance.getEntriesByType('navigation')[0];
      return { ttfb: e.responseStart - e.requestStart, transfer: e.responseEnd - e.responseStart,
        interactive: e.domInteractive - e.responseEnd, load: e.loadEventEnd - e.domInteractive,
        render: window.songnguRenderMs, total: e.loadEventEnd - e.startTime };
    });
    parts.push(Object.entries(n).map(([k, v]) => `${k} ${Math.round(v)}`).join(' '));
  }
  console.log('browser  breakdown (ms): ' + parts.join(' | '));
  const rows = await page.$$eval('#rows .row', (r) => r.length);
  const t = Date.now();
  await page.keyboard.press('m');
  await page.waitForFunction((n) => document.querySelectorAll('#rows .row').length === n - 1, {}, rows);
  const merge = Date.now() - t;
  const t2 = Date.now();
  await page.keyboard.press('c');  // one row and the counts redrawn
  await page.waitForFunction(() => /^[1-9]/.test(document.getElementById('n-confirmed').textContent));
  const confirm = Date.now() - t2;
  console.log(`browser  open ${times.join(', ')} ms (3 loads) with ${rows} bead rows; merge by keyboard until redrawn ${merge} ms; confirm ${confirm} ms`);
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
