// A smoke test of the review editor in Firefox (Debian's firefox-esr, headless, driven by
// puppeteer-core over WebDriver BiDi): the page loads with its beads, one keyboard edit (m, merge
// the first bead with the next) redraws one row less and counts one edited bead. Exits 77 when
// Firefox cannot be started here; fails on any page error.
// Usage: node review_firefox.js URL
'use strict';
const puppeteer = require('puppeteer-core');

async function main() {
  const [url] = process.argv.slice(2);
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
      headless: true,
    });
  } catch (e) {
    console.log('SKIP: Firefox does not start under puppeteer-core: ' + e.message);
    process.exit(77);
  }
  const errors = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => errors.push('page error: ' + e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push('console: ' + m.text()); });
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    const rows = async () => page.$$eval('#rows .row', (r) => r.length);
    const before = await rows();
    console.log(`${await browser.version()}: opened in ${Date.now() - started} ms with ${before} beads`);
    const first = await page.$eval('#b0', (r) => r.textContent);
    if (!first.includes('The city library opens at 8 a.m.')) throw new Error('first bead: ' + first);
    await page.keyboard.press('m');
    await page.waitForFunction((n) => document.querySelectorAll('#rows .row').length === n, { timeout: 10000 }, before - 1);
    const counts = await page.$eval('#counts', (c) => c.textContent);
    if (!counts.includes('1 edited')) throw new Error('counts: ' + counts);
    const merged = await page.$eval('#b0', (r) => r.textContent);
    if (!merged.includes('Readers need to bring their library card.')) throw new Error('merged bead: ' + merged);
    console.log('merged by keyboard: ' + counts);
  } finally {
    await browser.close();
  }
  if (errors.length) throw new Error(errors.join('\n'));
}

main().catch((e) => { console.error('FAIL: ' + e.message); process.exit(1); });
