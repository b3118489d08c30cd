// Drives the review editor in a headless browser through puppeteer-core: Debian's chromium (CDP),
// or with REVIEW_BROWSER=firefox Debian's firefox-esr (WebDriver BiDi; exits 77 when it cannot be
// started). Glossary terms are marked; the planted forbidden term (make_review_corpus in lib.bash)
// shows a finding, which `f` jumps to; then it selects the first bead, merges it with the next with
// the keyboard (m), checks the page shows one bead less, undoes and redoes (Ctrl+Z, Ctrl+Y),
// confirms the next bead (c), saves (Ctrl+S) and waits for the "saved" status, the terms and
// findings recomputed. Fails on any page
// error or console error. Usage: node review_browser.js URL [SCREENSHOT.png]
'use strict';
const puppeteer = require('puppeteer-core');

async function launch() {
  if (process.env.REVIEW_BROWSER !== 'firefox')
    return puppeteer.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
      headless: true,
    });
  try {
    return await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
      headless: true,
    });
  } catch (e) {
    console.log('SKIP: Firefox does not start under puppeteer-core: ' + e.message);
    process.exit(77);
  }
}

async function main() {
  const [url, screenshot] = process.argv.slice(2);
  const browser = await launch();
  console.log('browser: ' + await browser.version());
  const errors = [];
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    page.on('pageerror', (e) => errors.push('page error: ' + e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push('console: ' + m.text()); });
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    const rows = async () => page.$$eval('#rows .row', (r) => r.length);
    const before = await rows();
    console.log(`opened in ${Date.now() - started} ms with ${before} beads`);
    if (before < 2) throw new Error('fewer than two beads on the page');
    const firstText = await page.$eval('#b0', (r) => r.textContent);
    if (!firstText.includes('The city library opens at 8 a.m.')) throw new Error('first bead: ' + firstText);
    // The third column: the Korean of the same source sentence, read-only, beside the English.
    if (!firstText.includes('시립 도서관은 오전 8시에 문을 엽니다.')) throw new Error('no Korean beside the first bead: ' + firstText);

    // Glossary terms marked as on reports/review.html: a term and its equivalent in one colour.
    const terms = await page.$$eval('#b0 .term', (t) => t.map((e) => e.className + ' ' + e.textContent));
    if (!terms.some((t) => t.includes('library')) || !terms.some((t) => /thư viện/i.test(t)))
      throw new Error('no glossary marks on the first bead: ' + JSON.stringify(terms));
    // The planted forbidden term: one finding, flagged on its bead; f selects it and spells it out.
    const flagged = await page.$$eval('#rows .row', (rows) => rows.filter((r) => r.querySelector('.flag')).map((r) => r.textContent));
    if (flagged.length !== 1 || !flagged[0].includes('The Secretary General spoke at the library.'))
      throw new Error('the planted finding is not flagged on its bead: ' + JSON.stringify(flagged));
    const counted = await page.$eval('#n-findings', (c) => c.textContent);
    if (counted !== '1 finding') throw new Error('findings counted: ' + counted);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.querySelector('.row.selected .flag') !== null, { timeout: 10000 });
    const detail = await page.$eval('#detail', (d) => d.textContent);
    if (!detail.includes('forbidden-term') || !detail.includes('Secretary General')) throw new Error('finding detail: ' + detail);
    await page.keyboard.press('Home');  // back to the first bead, by keyboard
    await page.waitForFunction(() => document.querySelector('#b0.selected') !== null, { timeout: 10000 });

    const waitRows = (n) => page.waitForFunction((n) => document.querySelectorAll('#rows .row').length === n, { timeout: 10000 }, n);
    let t = Date.now();
    await page.keyboard.press('m');
    await waitRows(before - 1);
    console.log(`merge answered in ${Date.now() - t} ms`);
    await page.keyboard.down('Control'); await page.keyboard.press('z'); await page.keyboard.up('Control');
    await waitRows(before);
    await page.keyboard.down('Control'); await page.keyboard.press('y'); await page.keyboard.up('Control');
    await waitRows(before - 1);
    const merged = await page.$eval('#b0', (r) => r.textContent);
    if (!merged.includes('Readers need to bring their library card.')) throw new Error('merged bead: ' + merged);
    const counts = await page.$eval('#counts', (c) => c.textContent);
    if (!counts.includes('1 edited')) throw new Error('counts: ' + counts);
    // Confirm the next bead (its row and the counts are redrawn, not every row).
    await page.keyboard.press('ArrowDown');
    t = Date.now();
    await page.keyboard.press('c');
    await page.waitForFunction(() => document.getElementById('n-confirmed').textContent === '1 confirmed', { timeout: 10000 });
    console.log(`confirm answered in ${Date.now() - t} ms`);
    const state = await page.$eval('#b1 .state', (s) => s.textContent);
    if (state !== 'confirmed' || !(await page.$('#b1.selected'))) throw new Error('bead 2 after c: ' + state);
    await page.keyboard.down('Control'); await page.keyboard.press('s'); await page.keyboard.up('Control');
    await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('saved'), { timeout: 60000 });
    console.log('saved: ' + await page.$eval('#status', (s) => s.textContent));
    const after = await page.$eval('#counts', (c) => c.textContent);
    if (after.includes('save to recheck') || (await page.$eval('#n-findings', (c) => c.textContent)) !== '1 finding')
      throw new Error('terms and findings not recomputed by the save: ' + after);
    if (screenshot) await page.screenshot({ path: screenshot });
  } finally {
    await browser.close();
  }
  if (errors.length) throw new Error(errors.join('\n'));
}

main().catch((e) => { console.error('FAIL: ' + e.message); process.exit(1); });
