// Browser test of the résumé page (docs/resume.md) in headless Chromium.
// usage: node e2e/resume.mjs KKORI_BINARY RESUME_DATA_DIR [SCREENSHOT.png]
// Starts `kkori serve` on the résumé test bank, pastes the Korean test résumé, makes questions,
// checks projects, counts and kinds, clicks a claim question and checks its source is highlighted;
// Save keeps the text in localStorage only, Forget removes it; no request leaves the server.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

const [bin, data, shot] = process.argv.slice(2)
if (!bin || !data) {
  console.error('usage: node e2e/resume.mjs KKORI_BINARY RESUME_DATA_DIR [SCREENSHOT.png]')
  process.exit(2)
}
const dir = mkdtempSync(join(tmpdir(), 'kkori-e2e-resume-'))
const web = new URL('../dist', import.meta.url).pathname
const server = spawn(bin, ['--content', join(data, 'content'), '--db', join(dir, 'k.db'), '--lang', 'en', 'serve', '--port', '0', '--web', web], {
  env: { ...process.env, NO_COLOR: '1' },
})
let stderr = ''
server.stderr.on('data', (d) => (stderr += d))
const url = await new Promise((resolve, reject) => {
  let out = ''
  const timer = setTimeout(() => reject(new Error(`server did not start: ${out} ${stderr}`)), 20000)
  server.stdout.on('data', (d) => {
    out += d
    const m = out.match(/http:\/\/\S+\//)
    if (m) {
      clearTimeout(timer)
      resolve(m[0])
    }
  })
  server.on('exit', (code) => reject(new Error(`server exited ${code}: ${stderr}`)))
})

let failures = 0
const check = (cond, what) => {
  if (!cond) {
    failures++
    console.error(`FAIL: ${what}`)
  } else console.log(`ok: ${what}`)
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
})
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  const offsite = []
  const posted = []
  page.on('request', (r) => {
    if (!r.url().startsWith(url) && !r.url().startsWith('data:')) offsite.push(r.url())
    if (r.method() === 'POST') posted.push(r.url())
  })
  page.on('pageerror', (e) => check(false, `no page error (${e.message})`))
  await page.goto(url)
  await page.evaluate(() => localStorage.setItem('kkori.lang', 'ko'))
  await page.goto(`${url}#/resume`)
  await page.waitForSelector('[data-testid=resume-text]')

  const resume = readFileSync(join(data, 'ko.md'), 'utf8')
  await page.fill('[data-testid=resume-text]', resume)
  await page.click('[data-testid=resume-go]')
  await page.waitForSelector('[data-testid=resume-project]')
  const projects = await page.$$eval('[data-testid=resume-project] h2', (els) => els.map((e) => e.textContent))
  check(projects.length === 2 && projects[0].includes('검색 질의 RAG 챗봇 구축') && projects[1].includes('질의 분류 모델 경량화'),
    `two projects found (${projects.join(' | ')})`)
  const counts = await page.$$eval('[data-testid=resume-project]', (els) => els.map((e) => e.querySelectorAll('[data-testid=resume-question]').length))
  check(counts.every((n) => n >= 10 && n <= 15), `10-15 questions per project (${counts})`)
  const kinds = new Set(await page.$$eval('[data-testid=resume-question]', (els) => els.map((e) => e.dataset.kind)))
  check(kinds.has('template') && kinds.has('technology') && kinds.has('claim'), 'template, technology and claim questions')
  const marks = await page.$$eval('[data-testid=resume-mark]', (els) => els.map((e) => e.textContent))
  check(marks.includes('LoRA') && marks.includes('답변 정확도 +3.2%p'), `sources highlighted in the résumé (${marks.length} marks)`)

  // Clicking a claim question marks exactly the quoted words.
  const claim = page.locator('[data-testid=resume-question][data-kind=claim]', { hasText: '2.1초 → 0.6초' })
  await claim.click()
  const chosen = await page.textContent('[data-testid=resume-chosen]')
  check(chosen === 'p95 latency 2.1초 → 0.6초 단축', `the claim's source is highlighted (${chosen})`)
  if (shot) await page.screenshot({ path: shot, fullPage: false })

  // Nothing stored unless saved; saved only in this browser; forgotten on request.
  check((await page.evaluate(() => localStorage.getItem('kkori.resume'))) === null, 'nothing kept before Save')
  await page.click('[data-testid=resume-save]')
  check((await page.evaluate(() => localStorage.getItem('kkori.resume'))) === resume, 'Save keeps the text in this browser')
  await page.goto(`${url}#/`)
  await page.goto(`${url}#/resume`)
  await page.waitForSelector('[data-testid=resume-text]')
  check((await page.inputValue('[data-testid=resume-text]')) === resume, 'the saved résumé comes back')
  await page.click('[data-testid=resume-forget]')
  check((await page.evaluate(() => localStorage.getItem('kkori.resume'))) === null, 'Forget removes it')

  // An empty résumé is refused with the server's message.
  await page.fill('[data-testid=resume-text]', ' ')
  await page.evaluate(() => document.querySelector('[data-testid=resume-go]').click())
  check(posted.every((u) => u.startsWith(url)), 'requests go only to the local server')
  check(offsite.length === 0, `no request leaves the machine (${offsite.join(', ')})`)
} finally {
  await browser.close()
  server.kill('SIGTERM')
  await new Promise((r) => server.on('exit', r))
  rmSync(dir, { recursive: true, force: true })
}
if (failures) {
  console.error(`${failures} failure(s)`)
  process.exit(1)
}
console.log('resume e2e: all checks passed')
