// End-to-end test of the web UI in headless Chromium (Debian's /usr/bin/chromium via playwright-core).
// usage: node e2e/run.mjs KKORI_BINARY CONTENT_DIR
// Starts `kkori serve` on a free port with a fresh database, then drives the pages like a user.
import { join } from 'node:path'
import { checker, launchBrowser, shutdown, startServer, tempDir } from './lib.mjs'

const [bin, content] = process.argv.slice(2)
if (!bin || !content) {
  console.error('usage: node e2e/run.mjs KKORI_BINARY CONTENT_DIR')
  process.exit(2)
}
const dir = tempDir('ui')
const { server, url } = await startServer(bin, content, dir)

const { check, finish } = checker()

const browser = await launchBrowser()
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  const offsite = []
  page.on('request', (r) => {
    if (!r.url().startsWith(url) && !r.url().startsWith('data:')) offsite.push(r.url())
  })
  page.on('pageerror', (e) => check(false, `no page error (${e.message})`))
  await page.goto(url)
  await page.evaluate(() => localStorage.setItem('kkori.lang', 'en'))
  await page.goto(url)

  // Drill: a known question, an answer that covers its definition and mentions cross-entropy.
  await page.fill('[data-testid=topic]', 'ml.kl-divergence')
  await page.click('[data-testid=start]')
  await page.waitForSelector('[data-testid=question][data-qid="ml.kl-divergence"]')
  check(/KL divergence/.test(await page.textContent('[data-testid=prompt]')), 'drill shows the question')
  check(/\d+:\d\d/.test(await page.textContent('[data-testid=timer]')), 'a timer is shown')
  await page.fill('[data-testid=answer]',
    'KL divergence is the expectation under P of log p/q, the extra bits from coding P with a code for Q. It is non-negative and zero only when P equals Q. It is asymmetric, so it is not a metric. Minimising cross-entropy minimises it.')
  await page.keyboard.press('Control+Enter')
  await page.waitForSelector('[data-testid=feedback]')
  check((await page.$$('[data-testid=highlighted-answer] mark')).length >= 1, 'covered keypoints are highlighted in the answer')
  check((await page.$$('[data-testid=covered] li')).length >= 1, 'covered keypoints are listed')
  await page.waitForSelector('[data-testid=question][data-qid="ml.cross-entropy"]')
  check(/mentions/.test(await page.textContent('[data-testid=why]')), 'the tail question says why it was asked')
  await page.click('[data-testid=hint-button]')
  await page.waitForFunction(() => document.querySelector('[data-testid=hint]')?.textContent?.includes('💡'))
  check(true, 'a hint can be shown')
  await page.click('[data-testid=skip]')
  await page.click('[data-testid=end]')
  await page.waitForSelector('[data-testid=report]')
  check((await page.$$('[data-testid=depth-row]')).length >= 1, 'the report shows the depth map')

  // Bank: Korean search finds the KL question first.
  await page.click('[data-testid=nav-bank]')
  await page.fill('[data-testid=bank-search]', 'KL 발산')
  await page.waitForFunction(() => document.querySelector('[data-testid=bank-results] li a')?.getAttribute('href') === '#/q/ml.kl-divergence')
  check(true, 'bank search in Korean ranks the KL question first')
  await page.click('[data-testid=bank-results] li a')
  await page.waitForSelector('[data-testid=question-page]')
  check(/Model answer/.test(await page.textContent('[data-testid=question-page]')), 'question page shows the model answer')

  // Dashboard: charts drawn from the attempts just made.
  await page.click('[data-testid=nav-dashboard]')
  await page.waitForSelector('[data-testid=chart-mastery]')
  const drawn = await page.evaluate(() => {
    const c = document.querySelector('[data-testid=chart-mastery]')
    return c instanceof HTMLCanvasElement && c.width > 0 && c.height > 0
  })
  check(drawn, 'the mastery chart is drawn')
  check((await page.$$('[data-testid=weakest] li')).length >= 1, 'weakest keypoints are listed')
  await page.screenshot({ path: join(dir, 'dashboard.png') })

  // Korean switch and phone width.
  await page.click('#lang')
  await page.waitForFunction(() => document.querySelector('[data-testid=nav-bank]')?.textContent === '질문 은행')
  check(true, 'the language switch turns the UI Korean')
  await page.setViewportSize({ width: 390, height: 844 })
  await page.click('[data-testid=nav-drill]')
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  check(overflow <= 1, `no horizontal scrolling at phone width (${overflow}px)`)
  check(offsite.length === 0, `no request leaves the machine (${offsite.join(', ')})`)
} finally {
  await shutdown(browser, server, dir)
}
finish('web e2e')
