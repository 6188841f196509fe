// Coding page: the problem list (filters, solved marks) and one problem: its statement and
// samples, an editor (CodeMirror, C++ or Python, kept in localStorage per problem and language),
// "Run samples" and "Submit" through the sandboxed judge, a per-test verdict table, hints one at
// a time, and the user's submissions. The server never shows secret test data.
import { ApiError } from '../api'
import { codingApi, type CodeAttempt, type ProblemSummary, type RunResult, type TestRow } from '../coding_api'
import { h } from '../dom'
import type { CodeEditor, CodeLang } from '../editor'
import { bi, t, type Key } from '../i18n'
import { renderMarkdown } from '../markdown'

const LANGS: Record<CodeLang, string> = { python: 'Python 3', cpp: 'C++20' }
const VERDICTS = ['AC', 'WA', 'TLE', 'MLE', 'RE', 'OLE', 'CE', 'SV', 'JE'] as const
const key = (id: string, what: string) => `kkori.code.${id}.${what}`
const levelName = (n: number) => (n >= 1 && n <= 3 ? t('codeLevels').split('|')[n - 1] : '—')
const verdictTitle = (v: string) => ((VERDICTS as readonly string[]).includes(v) ? t(`verdict${v}` as Key) : v)
const badge = (v: string) => h('span', { class: `verdict v-${v}`, title: verdictTitle(v) }, v)
const when = (ms: number) => new Date(ms).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' })
const message = (e: unknown) => (e instanceof ApiError ? `${e.status}: ${e.message}` : String(e))

// The editor of the problem on screen; destroyed when the page changes.
let editor: CodeEditor | null = null
window.addEventListener('hashchange', () => {
  if (!location.hash.startsWith('#/coding/')) {
    editor?.destroy()
    editor = null
  }
})

export async function codingPage(root: HTMLElement) {
  const all = await codingApi.list()
  const categories = [...new Set(all.map((p) => p.category).filter(Boolean))].sort()
  const category = h('select', { 'data-testid': 'coding-category' },
    h('option', { value: '' }, t('codeAllCategories')), ...categories.map((c) => h('option', { value: c }, c))) as HTMLSelectElement
  const level = h('select', { 'data-testid': 'coding-level' },
    h('option', { value: '0' }, t('allLevels')), ...[1, 2, 3].map((n) => h('option', { value: n }, levelName(n)))) as HTMLSelectElement
  const unsolved = h('input', { type: 'checkbox', 'data-testid': 'coding-unsolved' }) as HTMLInputElement
  const body = h('tbody', {})
  const count = h('span', { class: 'muted small' })
  const saved = JSON.parse(sessionStorage.getItem('kkori.code.filters') ?? '{}')
  category.value = saved.category ?? ''
  level.value = saved.level ?? '0'
  unsolved.checked = !!saved.unsolved

  const row = (p: ProblemSummary) =>
    h('tr', { class: 'coding-row', 'data-testid': 'coding-row', 'data-id': p.id, onclick: () => (location.hash = `#/coding/${encodeURIComponent(p.id)}`) },
      h('td', { class: p.solved ? 'solved' : 'muted', 'data-testid': 'coding-solved', title: p.solved ? t('codeSolved') : '' }, p.solved ? '✓' : p.attempts ? '·' : ''),
      h('td', {}, h('a', { href: `#/coding/${encodeURIComponent(p.id)}` }, bi(p.title)), h('div', { class: 'muted small' }, p.id)),
      h('td', {}, p.category),
      h('td', {}, levelName(p.level)),
      h('td', { class: 'small' }, p.languages.map((l) => LANGS[l as CodeLang] ?? l).join(', ')),
      h('td', { class: 'num' }, String(p.attempts)))
  const render = () => {
    sessionStorage.setItem('kkori.code.filters', JSON.stringify({ category: category.value, level: level.value, unsolved: unsolved.checked }))
    const shown = all.filter((p) => (!category.value || p.category === category.value) && (level.value === '0' || p.level === Number(level.value)) && (!unsolved.checked || !p.solved))
    body.replaceChildren(...shown.map(row))
    if (!shown.length) body.append(h('tr', {}, h('td', { colspan: 6, class: 'muted' }, t('codeNone'))))
    const solved = all.filter((p) => p.solved).length
    count.textContent = `${shown.length} / ${all.length} · ${t('codeSolved')} ${solved}`
  }
  for (const el of [category, level, unsolved]) el.addEventListener('change', render)
  render()
  root.append(
    h('section', { class: 'card' },
      h('h1', {}, t('codeProblems')),
      h('div', { class: 'row' }, category, level, h('label', { class: 'small' }, unsolved, ` ${t('codeUnsolved')}`), count),
      h('table', { class: 'coding-table', 'data-testid': 'coding-table' },
        h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', {}, t('codeProblem')), h('th', {}, t('codeCategory')), h('th', {}, t('codeLevel')),
          h('th', {}, t('codeLanguages')), h('th', { class: 'num' }, t('codeTries')))),
        body)),
  )
}

export async function problemPage(root: HTMLElement, id: string) {
  const p = await codingApi.get(id)
  const langs = p.languages.filter((l): l is CodeLang => l in LANGS)
  if (!langs.length) langs.push('python', 'cpp')
  let lang: CodeLang = langs.includes(localStorage.getItem(key(id, 'lang')) as CodeLang) ? (localStorage.getItem(key(id, 'lang')) as CodeLang) : langs[0]
  const sourceOf = (l: CodeLang) => localStorage.getItem(key(id, l)) ?? p.starters[l] ?? ''

  // Statement, limits, samples.
  const limits = `${t('codeTime')} ${p.limits.time_limit_s} s · ${t('codeMemory')} ${p.limits.memory_mib} MiB`
  const solvedMark = h('span', { class: 'badge solved-badge', 'data-testid': 'code-solved-mark', style: p.solved ? '' : 'display:none' }, `✓ ${t('codeSolved')}`)
  const samples = p.samples.map((s, i) =>
    h('div', { class: 'sample', 'data-testid': 'code-sample' },
      h('div', {}, h('h3', {}, `${t('codeSampleIn')} ${i + 1}`), h('pre', {}, s.input)),
      h('div', {}, h('h3', {}, `${t('codeSampleOut')} ${i + 1}`), h('pre', {}, s.answer))))

  // Hints: revealed one at a time; how many were seen is remembered and sent with a submission.
  let seen = Number(localStorage.getItem(key(id, 'hints')) ?? 0)
  const hintList = h('ol', { class: 'hints', 'data-testid': 'code-hints' })
  const hintButton = h('button', { class: 'ghost', 'data-testid': 'code-hint-btn' }) as HTMLButtonElement
  const showHints = (list: { ko: string; en: string }[]) => {
    hintList.replaceChildren(...list.map((x) => h('li', { class: 'hint', 'data-testid': 'code-hint' }, bi(x))))
    hintButton.textContent = `${t('codeHint')} (${Math.min(seen, p.hints)}/${p.hints})`
    hintButton.disabled = seen >= p.hints
  }
  hintButton.addEventListener('click', async () => {
    const r = await codingApi.hints(id, seen + 1)
    seen = r.hints.length
    localStorage.setItem(key(id, 'hints'), String(seen))
    showHints(r.hints)
  })
  showHints([])
  if (seen > 0 && p.hints > 0) codingApi.hints(id, seen).then((r) => showHints(r.hints))

  // The editor and its controls.
  const langSelect = h('select', { 'data-testid': 'code-lang' }, ...langs.map((l) => h('option', { value: l }, LANGS[l]))) as HTMLSelectElement
  langSelect.value = lang
  const box = h('div', { class: 'code-editor', 'data-testid': 'code-editor' })
  const runButton = h('button', { 'data-testid': 'code-run' }, t('codeRunSamples')) as HTMLButtonElement
  const submitButton = h('button', { class: 'submit', 'data-testid': 'code-submit' }, t('codeSubmit')) as HTMLButtonElement
  const progress = h('span', { class: 'progress', 'data-testid': 'code-progress', role: 'status', hidden: true })
  const result = h('div', { 'data-testid': 'code-result' })
  const attemptsBox = h('div', { 'data-testid': 'code-attempts' })

  editor?.destroy()
  const { makeEditor } = await import('../editor')
  let busy = false
  const run = async (samplesOnly: boolean) => {
    if (busy || !editor) return
    busy = true
    runButton.disabled = submitButton.disabled = true
    const started = Date.now()
    progress.hidden = false
    progress.replaceChildren(h('span', { class: 'spinner' }), ` ${t('codeRunning')}`)
    const tick = setInterval(() => (progress.lastChild!.textContent = ` ${t('codeRunning')} ${Math.round((Date.now() - started) / 1000)} s`), 1000)
    try {
      const r = await codingApi.run(id, { lang, source: editor.text(), samples_only: samplesOnly, hints: seen })
      result.replaceChildren(renderResult(r))
      if (!samplesOnly) {
        if (r.verdict === 'AC') solvedMark.style.display = ''
        attemptsBox.replaceChildren(renderAttempts(await codingApi.attempts(id), load))
      }
    } catch (e) {
      result.replaceChildren(h('p', { class: 'error', role: 'alert', 'data-testid': 'code-error' }, message(e)))
    } finally {
      clearInterval(tick)
      progress.hidden = true
      busy = false
      runButton.disabled = submitButton.disabled = false
    }
  }
  const load = (source: string, l: CodeLang) => {
    lang = l
    langSelect.value = l
    localStorage.setItem(key(id, 'lang'), l)
    localStorage.setItem(key(id, l), source)
    editor?.load(source, l)
  }
  editor = await makeEditor(box, sourceOf(lang), lang, {
    onChange: (text) => localStorage.setItem(key(id, lang), text),
    onRun: () => run(true),
    onSubmit: () => run(false),
  })
  runButton.addEventListener('click', () => run(true))
  submitButton.addEventListener('click', () => run(false))
  langSelect.addEventListener('change', () => {
    lang = langSelect.value as CodeLang
    localStorage.setItem(key(id, 'lang'), lang)
    editor?.load(sourceOf(lang), lang)
  })
  const reset = h('button', { class: 'ghost small', 'data-testid': 'code-reset', onclick: () => {
    if (confirm(t('codeResetAsk'))) {
      localStorage.removeItem(key(id, lang))
      editor?.load(p.starters[lang] ?? '', lang)
    }
  } }, t('codeReset'))

  root.append(
    h('div', { class: 'coding-view' },
      h('div', { class: 'coding-left' },
        h('section', { class: 'card' },
          h('p', { class: 'small' }, h('a', { href: '#/coding' }, `← ${t('codeBack')}`)),
          h('h1', { 'data-testid': 'code-title' }, bi(p.title), ' ', solvedMark),
          h('p', { class: 'muted small' }, `${p.category} · ${levelName(p.level)} · ${limits}`),
          h('div', { 'data-testid': 'code-statement' }, renderMarkdown(bi(p.statement))),
          // Statements usually quote their samples; the sample boxes are for those that do not.
          ...(p.samples.every((x) => bi(p.statement).includes(x.input.trim())) ? [] : [h('h2', {}, t('codeSamples')), ...samples])),
        h('section', { class: 'card' },
          h('h2', {}, t('hints')),
          p.hints ? hintButton : h('p', { class: 'muted' }, t('codeNoHints')),
          hintList)),
      h('div', { class: 'coding-right' },
        h('section', { class: 'card' },
          h('div', { class: 'row editor-bar' }, langSelect, reset, h('span', { class: 'muted small' }, t('codeKeys'))),
          box,
          h('div', { class: 'row' }, runButton, submitButton, progress),
          result),
        h('section', { class: 'card' }, h('h2', {}, t('codeAttempts')), attemptsBox))),
  )
  attemptsBox.replaceChildren(renderAttempts(await codingApi.attempts(id), load))
}

function renderResult(r: RunResult) {
  const out = h('div', { class: 'run-result' },
    h('p', { class: `verdict-line v-${r.verdict}`, 'data-testid': 'code-verdict', 'data-verdict': r.verdict },
      badge(r.verdict), ` ${verdictTitle(r.verdict)}`,
      r.verdict === 'CE' ? null : h('span', { class: 'muted small' }, ` · ${r.passed}/${r.total} ${t('codePassed')} · ${r.max_time_ms} ms`),
      r.detail ? h('span', { class: 'small' }, ` · ${r.detail}`) : null))
  if (r.compile_output && (r.verdict === 'CE' || !r.tests.length))
    out.append(h('h3', {}, t('codeCompileError')), h('pre', { class: 'compile', 'data-testid': 'code-compile' }, r.compile_output))
  if (r.tests.length) {
    const rows: HTMLElement[] = []
    for (const x of r.tests) {
      rows.push(h('tr', { 'data-testid': 'code-test-row', 'data-verdict': x.verdict, 'data-test': x.name },
        h('td', {}, x.name), h('td', {}, badge(x.verdict)), h('td', { class: 'num' }, `${x.time_ms} ms`),
        h('td', { class: 'num' }, `${Math.round(x.memory_kib / 1024)} MiB`), h('td', { class: 'small' }, x.detail)))
      if (x.sample && x.verdict !== 'AC') rows.push(h('tr', { class: 'io' }, h('td', { colspan: 5 }, sampleIo(x))))
    }
    out.append(
      h('table', { class: 'tests', 'data-testid': 'code-tests' },
        h('thead', {}, h('tr', {}, h('th', {}, t('codeTest')), h('th', {}, t('codeVerdict')), h('th', { class: 'num' }, t('codeTime')),
          h('th', { class: 'num' }, t('codeMemory')), h('th', {}, ''))),
        h('tbody', {}, ...rows)))
    if (r.tests.some((x) => !x.sample)) out.append(h('p', { class: 'muted small' }, t('codeSecretNote')))
  }
  return out
}

function sampleIo(x: TestRow) {
  const pre = (title: string, text: string | undefined, testid: string) =>
    h('div', {}, h('div', { class: 'muted small' }, title), h('pre', { 'data-testid': testid }, text ?? ''))
  return h('div', { class: 'io-grid' },
    pre(t('codeSampleIn'), x.input, 'code-io-input'),
    pre(t('codeExpected'), x.expected, 'code-io-expected'),
    pre(t('codeGot'), x.output, 'code-io-output'),
    x.stderr ? pre(t('codeStderr'), x.stderr, 'code-io-stderr') : null)
}

function renderAttempts(list: CodeAttempt[], load: (source: string, lang: CodeLang) => void) {
  if (!list.length) return h('p', { class: 'muted' }, t('codeNoAttempts'))
  return h('table', { class: 'tests' },
    h('thead', {}, h('tr', {}, h('th', {}, t('codeWhen')), h('th', {}, t('codeLanguages')), h('th', {}, t('codeVerdict')),
      h('th', { class: 'num' }, t('codePassedHead')), h('th', { class: 'num' }, t('codeTime')), h('th', { class: 'num' }, t('hints')), h('th', {}, ''))),
    h('tbody', {}, ...list.map((a) =>
      h('tr', { 'data-testid': 'code-attempt', 'data-verdict': a.verdict },
        h('td', { class: 'small' }, when(a.created_at_ms)), h('td', {}, LANGS[a.language as CodeLang] ?? a.language), h('td', {}, badge(a.verdict)),
        h('td', { class: 'num' }, `${a.passed}/${a.total}`), h('td', { class: 'num' }, `${a.max_time_ms} ms`), h('td', { class: 'num' }, String(a.hints_used)),
        h('td', {}, h('button', { class: 'ghost small', onclick: () => load(a.source, a.language as CodeLang) }, t('codeLoad')))))))
}
