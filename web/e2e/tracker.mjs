// Browser test of the application tracker (docs/tracker.md) in headless Chromium.
// usage: node e2e/tracker.mjs KKORI_BINARY CONTENT_DIR
// Starts `kkori serve` with a fresh database, adds an application, records an interview round,
// logs a question heard in it, confirms the proposed bank question, keeps another one as a
// personal question, schedules the next round, and checks the board, timeline, reminders and funnel.
import { checker, launchBrowser, shutdown, startServer, tempDir } from './lib.mjs'

const [bin, content] = process.argv.slice(2)
if (!bin || !content) {
  console.error('usage: node e2e/tracker.mjs KKORI_BINARY CONTENT_DIR')
  process.exit(2)
}
const dir = tempDir('tracker')
const { server, url } = await startServer(bin, content, dir)

const { check, finish } = checker()

const browser = await launchBrowser()
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  page.on('pageerror', (e) => check(false, `no page error (${e.message})`))
  await page.goto(url)
  await page.evaluate(() => localStorage.setItem('kkori.lang', 'en'))
  await page.goto(`${url}#/tracker`)

  // Add an application.
  await page.click('[data-testid=nav-tracker]')
  await page.waitForSelector('[data-testid=board]')
  await page.fill('[data-testid=app-company]', 'Naver')
  await page.fill('[data-testid=app-role]', 'ML Engineer')
  await page.selectOption('[data-testid=app-source]', 'referral')
  await page.click('[data-testid=app-add]')
  await page.waitForSelector('[data-testid=application]')
  check(/Naver — ML Engineer/.test(await page.textContent('[data-testid=application] h1')), 'the new application opens')
  const offered = await page.$$eval('[data-testid=stage-select] option', (os) => os.map((o) => o.value))
  check(!offered.includes('offer') && offered.includes('interview'), `only allowed next stages are offered (${offered})`)

  // Record interview round 1 (technical).
  await page.selectOption('[data-testid=stage-select]', 'interview')
  await page.selectOption('[data-testid=stage-type]', 'technical')
  await page.click('[data-testid=stage-add]')
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=stage-item]')].some((li) => li.textContent.includes('interview #1 (technical)')))
  check(true, 'the round appears on the timeline')

  // Log a question heard in that round; confirm the closest bank question.
  await page.fill('[data-testid=heard-text]', 'Why is the KL divergence not a metric?')
  await page.click('[data-testid=heard-add]')
  await page.waitForSelector('[data-testid=proposals]')
  const first = await page.$eval('[data-testid=proposals] li button', (b) => b.dataset.testid)
  check(first === 'link-ml.kl-divergence', `the closest bank question is proposed first (${first})`)
  await page.click('[data-testid="link-ml.kl-divergence"]')
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=heard-item]')].some((li) => li.textContent.includes('→ ml.kl-divergence')))
  check(true, 'the heard question is linked under its round')

  // Another question, kept as a personal one.
  await page.fill('[data-testid=heard-text]', 'How would you detect label noise in a dataset?')
  await page.click('[data-testid=heard-add]')
  await page.waitForSelector('[data-testid=keep-personal]')
  await page.selectOption('[data-testid=personal-area]', 'ml')
  await page.click('[data-testid=keep-personal]')
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=heard-item]')].some((li) => li.textContent.includes('me.ml.how-would-you-detect-label')))
  check(true, 'a question the bank lacks becomes a personal question')

  // Schedule round 2 in three days: the board, the timeline and the reminders show it.
  const soon = new Date(Date.now() + 3 * 86400000 + 3600000)
  const pad = (n) => String(n).padStart(2, '0')
  const local = `${soon.getFullYear()}-${pad(soon.getMonth() + 1)}-${pad(soon.getDate())}T${pad(soon.getHours())}:${pad(soon.getMinutes())}`
  await page.selectOption('[data-testid=stage-select]', 'interview')
  await page.selectOption('[data-testid=stage-type]', 'executive')
  await page.fill('[data-testid=stage-date]', local)
  await page.click('[data-testid=stage-add]')
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=stage-item]')].some((li) => li.textContent.includes('interview #2 (executive)')))
  check(true, 'a scheduled round is recorded')
  await page.click('[data-testid=nav-tracker]')
  await page.waitForSelector('[data-testid=column-interview] [data-testid=app-card]')
  check(/Naver/.test(await page.textContent('[data-testid=column-interview]')), 'the board shows the application under Interviews')
  check((await page.$$('[data-testid=timeline] li')).length === 3, 'the timeline lists applied and two rounds')
  const rem = await page.textContent('[data-testid=reminders]')
  check(/interview #2 \(executive\) — in 3 days/.test(rem), `the upcoming round is a reminder (${rem})`)

  // Dashboard funnel.
  await page.click('[data-testid=nav-dashboard]')
  await page.waitForSelector('[data-testid=funnel]')
  const reached = await page.$$eval('[data-testid=funnel] .funnel-row', (rows) => rows.map((r) => `${r.dataset.step}=${r.querySelector('.n').textContent}`))
  check(reached.includes('interview=1') && reached.includes('offer=0'), `the dashboard shows the funnel (${reached})`)

  // Phone width: the board does not scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 })
  await page.click('[data-testid=nav-tracker]')
  await page.waitForSelector('[data-testid=board]')
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  check(overflow <= 1, `no horizontal scrolling at phone width (${overflow}px)`)
} finally {
  await shutdown(browser, server, dir)
}
finish('tracker e2e')
