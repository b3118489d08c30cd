// bench/review_open.sh's browser part: ms from navigation until every bead row is on the page.
'use strict';
const puppeteer = require('puppeteer-core');
(async () => {
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'], headless: true });
  const page = await browser.newPage();
  const times = [];
  for (let i = 0; i < 3; ++i) {
    const t = Date.now();
    await page.goto(process.argv[2], { waitUntil: 'load' });
    await page.waitForSelector('#rows .row');
    times.push(Date.now() - t);
  }
  const rows = await page.$$eval('#rows .row', (r) => r.length);
  const t = Date.now();
  await page.keyboard.press('m');
  await page.waitForFunction((n) => document.querySelectorAll('#rows .row').length === n - 1, {}, rows);
  const merge = Date.now() - t;
  console.log(`browser  open ${times.join(', ')} ms (3 loads) with ${rows} bead rows; merge by keyboard until redrawn ${merge} ms`);
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
