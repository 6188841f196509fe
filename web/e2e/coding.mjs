// Browser test of the coding page (docs/judge.md "Web coding page") in headless Chromium.
// usage: node e2e/coding.mjs KKORI_BINARY TEST_DATA_DIR [SCREENSHOT.png]
// Starts `kkori serve` with the fixture problems (TEST_DATA_DIR/coding/problems), filters the
// list, opens A+B, types a Python solution into the editor with the keyboard, runs the samples
// (AC rows, a progress indicator while the run is in flight), submits a wrong solution (WA with
// expected and actual output), reveals hints, submits a right one (solved), reloads (the source and
// the hints stay), switches language (the starter template), and checks no request leaves the
// machine. The judge is the real sandbox (the test runs as root).
import { join } from 'node:path'
import { checker, launchBrowser, shutdown, startServer, tempDir } from './lib.mjs'

const [bin, data, shot] = process.argv.slice(2)
if (!bin || !data) {
  console.error('usage: node e2e/coding.mjs KKORI_BINARY TEST_DATA_DIR [SCREENSHOT.png]')
  process.exit(2)
}
const dir = tempDir('coding')
const { server, url } = await startServer(bin, join(data, 'content_good'), dir, ['--problems', join(data, 'coding', 'problems')])

const { check, finish } = checker()

const RIGHT = 'a, b = map(int, input().split())\nprint(a + b)'
const WRONG = 'a, b = map(int, input().split())\nprint(a - b)'

const browser = await launchBrowser()
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  page.setDefaultTimeout(60000)
  const offsite = []
  page.on('request', (r) => {
    if (!r.url().startsWith(url) && !r.url().startsWith('data:')) offsite.push(r.url())
  })
  page.on('pageerror', (e) => check(false, `no page error (${e.message})`))
  page.on('dialog', (d) => d.accept())
  await page.goto(url)
  await page.evaluate(() => localStorage.setItem('kkori.lang', 'en'))

  // The list: both problems, a filter, the way in.
  await page.goto(`${url}#/coding`)
  await page.waitForSelector('[data-testid=coding-row]')
  const ids = () => page.$$eval('[data-testid=coding-row]', (els) => els.map((e) => e.dataset.id))
  check(JSON.stringify(await ids()) === '["aplusb","max-pair"]', `the list shows both problems (${await ids()})`)
  await page.selectOption('[data-testid=coding-category]', 'greedy')
  check(JSON.stringify(await ids()) === '["max-pair"]', 'the category filter keeps max-pair')
  await page.selectOption('[data-testid=coding-category]', '')
  await page.selectOption('[data-testid=coding-level]', '1')
  check(JSON.stringify(await ids()) === '["aplusb"]', 'the level filter keeps A+B')
  await page.click('[data-testid=coding-row][data-id=aplusb]')

  // The problem: statement rendered from Markdown, samples, the editor with the template.
  await page.waitForSelector('.cm-content')
  check((await page.textContent('[data-testid=code-statement] h2')) === 'A plus B', 'the statement heading is rendered')
  check((await page.textContent('[data-testid=code-statement] strong')) === 'A', 'bold text is rendered')
  check((await page.$$('[data-testid=code-statement] pre code')).length === 1, 'the code block is rendered')
  check((await page.$$('[data-testid=code-sample]')).length === 2, 'two samples are shown (the statement does not quote them)')
  const editorText = () => page.$$eval('.cm-line', (els) => els.map((e) => e.textContent).join('\n'))
  check((await editorText()).includes('sys.stdin'), 'the editor starts from the Python template')
  check((await page.$$('.cm-content .tok-keyword, .cm-content span[class^="ͼ"]')).length > 0, 'the code is highlighted')

  const type = async (code) => {
    await page.click('.cm-content')
    await page.keyboard.press('Control+A')
    await page.keyboard.press('Backspace')
    await page.keyboard.type(code)
  }
  // A flag set when the progress indicator shows, whenever that is.
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid=code-progress]')
    window.__progressSeen = false
    new MutationObserver(() => { if (!el.hidden) window.__progressSeen = true }).observe(el, { attributes: true })
  })
  await type(RIGHT)
  check((await editorText()) === RIGHT, 'the typed solution is in the editor')
  await page.click('[data-testid=code-run]')
  await page.waitForSelector('[data-testid=code-verdict]')
  check(await page.evaluate(() => window.__progressSeen), 'a progress indicator shows while the run is in flight')
  check((await page.getAttribute('[data-testid=code-verdict]', 'data-verdict')) === 'AC', 'running the samples gives AC')
  const rows = () => page.$$eval('[data-testid=code-test-row]', (els) => els.map((e) => `${e.dataset.test}=${e.dataset.verdict}`).join(' '))
  check((await rows()) === 'sample/1=AC sample/2=AC', `two AC sample rows (${await rows()})`)
  check(await page.isHidden('[data-testid=code-progress]'), 'the progress indicator is gone after the run')
  check((await page.textContent('[data-testid=code-attempts]')).includes('No submissions yet'), 'a sample run is not a submission')

  // A wrong submission: WA with what was expected and what the program printed.
  await type(WRONG)
  await page.click('[data-testid=code-submit]')
  await page.waitForSelector('[data-testid=code-verdict][data-verdict=WA]')
  check((await rows()) === 'sample/1=WA', `the submission stops at the failing sample (${await rows()})`)
  check((await page.textContent('[data-testid=code-io-expected]')).trim() === '3', 'the expected output is shown')
  check((await page.textContent('[data-testid=code-io-output]')).trim() === '-1', "the program's output is shown")
  await page.waitForSelector('[data-testid=code-attempt]')
  check((await page.$$('[data-testid=code-attempt][data-verdict=WA]')).length === 1, 'the WA submission is listed')

  // Hints, one at a time.
  check((await page.$$('[data-testid=code-hint]')).length === 0, 'no hint before asking')
  await page.click('[data-testid=code-hint-btn]')
  await page.waitForSelector('[data-testid=code-hint]')
  check((await page.textContent('[data-testid=code-hint]')) === 'Read the two numbers.', 'the first hint is revealed')
  await page.click('[data-testid=code-hint-btn]')
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=code-hint]').length === 2)
  check(true, 'the second hint is revealed')

  // The right submission: AC on every test, secret ones without their data; solved.
  await type(RIGHT)
  await page.click('[data-testid=code-submit]')
  await page.waitForSelector('[data-testid=code-verdict][data-verdict=AC]')
  check((await rows()) === 'sample/1=AC sample/2=AC secret/01=AC secret/02=AC', `every test passes (${await rows()})`)
  check(await page.isVisible('[data-testid=code-solved-mark]'), 'the problem is marked solved')
  const body = await page.textContent('body')
  check(!body.includes('987654321') && !body.includes('1111111110'), 'no secret data on the page')
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=code-attempt]').length === 2)
  check(true, 'both submissions are listed')
  if (shot) await page.screenshot({ path: shot, fullPage: true })

  // A reload keeps the source and the revealed hints.
  await page.reload()
  await page.waitForSelector('.cm-content')
  check((await editorText()) === RIGHT, 'the source survives a reload')
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=code-hint]').length === 2)
  check(true, 'the revealed hints survive a reload')

  // Another language: its template; back again: the Python source.
  await page.selectOption('[data-testid=code-lang]', 'cpp')
  await page.waitForFunction(() => [...document.querySelectorAll('.cm-line')].some((e) => e.textContent.includes('int main')))
  check(true, 'C++ starts from the C++ template')
  await page.selectOption('[data-testid=code-lang]', 'python')
  await page.waitForFunction((src) => [...document.querySelectorAll('.cm-line')].map((e) => e.textContent).join('\n') === src, RIGHT)
  check(true, 'switching back brings the Python source back')

  // The list marks the problem solved.
  await page.goto(`${url}#/coding`)
  await page.waitForSelector('[data-testid=coding-row]')
  await page.selectOption('[data-testid=coding-level]', '0')
  check((await page.textContent('[data-testid=coding-row][data-id=aplusb] [data-testid=coding-solved]')) === '✓', 'the list marks A+B solved')
  check(offsite.length === 0, `no request leaves the machine (${offsite.join(', ')})`)
} finally {
  await shutdown(browser, server, dir)
}
finish('coding e2e')
