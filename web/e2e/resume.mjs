// Browser test of the résumé page (docs/resume.md) in headless Chromium.
// usage: node e2e/resume.mjs KKORI_BINARY RESUME_DATA_DIR [SCREENSHOT.png]
// Starts `kkori serve` on the résumé test bank (plus a track with a project round), pastes the
// Korean test résumé, makes questions, checks projects, counts and kinds, clicks a claim question
// and checks its source is highlighted; nothing is stored until Save, which keeps it in the kkori
// database, and Forget deletes it; "Start a project interview" saves it and lands on the session
// page asking the résumé's first claim question; no request leaves the server.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { checker, launchBrowser, shutdown, startServer, tempDir } from './lib.mjs'

const [bin, data, shot] = process.argv.slice(2)
if (!bin || !data) {
  console.error('usage: node e2e/resume.mjs KKORI_BINARY RESUME_DATA_DIR [SCREENSHOT.png]')
  process.exit(2)
}
const dir = tempDir('resume')
// The résumé test bank with one track whose round asks from the résumé (areas: [project]).
const content = join(dir, 'content')
cpSync(join(data, 'content'), content, { recursive: true })
mkdirSync(join(content, 'tracks'), { recursive: true })
writeFileSync(join(content, 'tracks', 'project-round.yaml'), `version: 1
id: project-round
name: {ko: "프로젝트 면접", en: "Project interview"}
description: {ko: "이력서의 프로젝트에 대한 질문", en: "Questions about the projects on your résumé"}
rounds:
  - id: project
    name: {ko: "프로젝트", en: "Project"}
    areas: [project]
    count: 3
    minutes: 15
    max_depth: 1
`)
const { server, url } = await startServer(bin, content, dir)

const { check, finish } = checker()

const browser = await launchBrowser()
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

  // Nothing stored unless saved; Save keeps it in the kkori database; Forget deletes it.
  const saved = () => page.evaluate(async () => (await fetch('/api/v1/resumes')).json())
  check((await saved()).length === 0, 'nothing kept before Save')
  await page.click('[data-testid=resume-save]')
  await page.waitForFunction(() => document.querySelector('[data-testid=resume-status]')?.textContent?.includes('#'))
  const afterSave = await saved()
  check(afterSave.length === 1 && afterSave[0].projects === 2 && afterSave[0].questions >= 20,
    `Save keeps the résumé and its questions (${JSON.stringify(afterSave)})`)
  check((await page.evaluate(() => localStorage.getItem('kkori.resume'))) === null, 'nothing is kept in the browser')
  await page.click('[data-testid=resume-save]')
  await page.waitForTimeout(300)
  check((await saved()).length === 1, 'saving the same text again keeps one copy')
  await page.goto(`${url}#/`)
  await page.goto(`${url}#/resume`)
  await page.waitForSelector('[data-testid=resume-status][data-loaded="1"]')
  check((await page.inputValue('[data-testid=resume-text]')) === resume.replace(/\r\n/g, '\n'), 'the saved résumé comes back')
  await page.click('[data-testid=resume-forget]')
  await page.waitForFunction(async () => (await (await fetch('/api/v1/resumes')).json()).length === 0, null, { timeout: 10000 })
    .catch(() => {})
  check((await saved()).length === 0, 'Forget deletes it')

  // An empty résumé is refused with the server's message.
  await page.fill('[data-testid=resume-text]', ' ')
  await page.evaluate(() => document.querySelector('[data-testid=resume-go]').click())

  // "Start a project interview" saves the résumé and lands on the session page, whose first
  // question is a claim question quoting the résumé, graded with its bank rubric.
  await page.fill('[data-testid=resume-text]', resume)
  await page.click('[data-testid=resume-start]')
  await page.waitForURL(/#\/session\/\d+$/)
  await page.waitForSelector('[data-testid=question]')
  const prompt = await page.textContent('[data-testid=prompt]')
  check(/“.+”/.test(prompt) && resume.includes(prompt.match(/“(.+?)”/)[1]), `the first project question quotes the résumé (${prompt})`)
  const source = await page.textContent('[data-testid=resume-source]')
  check(/(이력서 14행|résumé line 14) · 검색 질의 RAG 챗봇 구축 · .* project\./.test(source), `the question says where it came from (${source})`)
  check((await saved()).length === 1, 'starting the interview saved the résumé')
  if (shot) await page.screenshot({ path: shot.replace(/\.png$/, '-session.png'), fullPage: false })
  await page.fill('[data-testid=answer]', '부하 테스트로 p95를 재고, 프로파일링해 보니 GPU가 놀고 있어 vLLM의 continuous batching으로 바꿨습니다. 이유는 처리량 때문입니다.')
  await page.click('[data-testid=submit]')
  await page.waitForSelector('[data-testid=feedback]')
  check(await page.isVisible('[data-testid=feedback]'), 'the answer is graded')

  check(posted.every((u) => u.startsWith(url)), 'requests go only to the local server')
  check(offsite.length === 0, `no request leaves the machine (${offsite.join(', ')})`)
} finally {
  await shutdown(browser, server, dir)
}
finish('resume e2e')
