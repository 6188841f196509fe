// Résumé page: paste or open a résumé (Markdown or text), get 10-15 questions per project beside
// it, each linked to the words it came from. Making questions stores nothing (POST /resume/questions
// is stateless); "Save" keeps the résumé and its questions in the local kkori database (POST
// /resumes) for the interview's project round, "Forget" deletes it, and "Start a project
// interview" saves it (if needed) and starts an interview whose project round asks from it.
import { call, type SessionState } from '../api'
import { h } from '../dom'
import { getLang } from '../i18n'

type ResumeSpan = { start: number; end: number; line: number; end_line: number; text?: string }
type ResumeQuestion = { text: string; kind: 'template' | 'technology' | 'claim'; source: ResumeSpan; bank_id?: string; concept?: string; key: string }
type ResumeProject = { title: string; context?: string; span: ResumeSpan; title_span: ResumeSpan; questions: ResumeQuestion[] }
type ResumeResult = { lang: 'ko' | 'en'; text: string; projects: ResumeProject[] }

type Saved = { id: number; title: string; projects: number; questions: number; saved_at_ms: number; created?: boolean }

const L = (ko: string, en: string) => (getLang() === 'ko' ? ko : en)
const LEGACY_KEY = 'kkori.resume' // where older versions kept a saved résumé (this browser only)
const KIND = { template: ['공통', 'template'], technology: ['기술', 'technology'], claim: ['수치', 'claim'] } as const

// Byte offsets (the API counts UTF-8 bytes) to string indexes.
function indexer(text: string) {
  const bytes = new TextEncoder().encode(text)
  const dec = new TextDecoder()
  return (b: number) => dec.decode(bytes.subarray(0, b)).length
}

export function resumePage(root: HTMLElement) {
  let saved: { id: number; text: string } | null = null // what the database holds for this page
  const input = h('textarea', { rows: 12, 'data-testid': 'resume-text', placeholder: L('이력서를 붙여 넣거나 .md/.txt 파일을 여세요. 한국어, 영어, 섞어서 모두 됩니다.', 'Paste your résumé or open a .md/.txt file: Korean, English or both.') }) as HTMLTextAreaElement
  const file = h('input', { type: 'file', accept: '.md,.markdown,.txt,.pdf,text/plain,text/markdown', 'data-testid': 'resume-file' }) as HTMLInputElement
  const lang = h('select', { 'data-testid': 'resume-lang' },
    h('option', { value: '' }, L('이력서 언어로', "résumé's language")), h('option', { value: 'ko' }, '한국어'), h('option', { value: 'en' }, 'English')) as HTMLSelectElement
  const status = h('p', { class: 'muted small', 'data-testid': 'resume-status' }, '')
  const out = h('div', { 'data-testid': 'resume-result' })
  const fail = (e: unknown) => {
    status.textContent = e instanceof Error ? e.message : String(e)
  }

  // The most recently saved résumé comes back; else one an older version kept in this browser.
  ;(async () => {
    try {
      const list = await call<Saved[]>('GET', '/resumes')
      if (list.length && !input.value) {
        const one = await call<Saved & { text: string }>('GET', `/resumes/${list[0].id}`)
        saved = { id: one.id, text: one.text }
        input.value = one.text
        status.textContent = L(`저장된 이력서 “${one.title}”를 불러왔습니다.`, `Loaded your saved résumé “${one.title}”.`)
      }
    } catch {
      // a server without a database keeps no résumés
    }
    const legacy = localStorage.getItem(LEGACY_KEY)
    if (!saved && legacy && !input.value) {
      input.value = legacy
      status.textContent = L('이 브라우저에 저장해 둔 이력서를 불러왔습니다. "저장"하면 kkori에 저장됩니다.',
        'Loaded the résumé kept in this browser. "Save" keeps it in kkori.')
    }
    status.dataset.loaded = '1'
  })()

  // Saves the text unless the database already has exactly it; the saved résumé's id.
  const save = async (): Promise<number | null> => {
    const text = input.value
    if (!text.trim()) {
      status.textContent = L('먼저 이력서를 붙여 넣으세요.', 'Paste a résumé first.')
      return null
    }
    if (saved && saved.text === text) return saved.id
    const r = await call<Saved>('POST', '/resumes', { text })
    saved = { id: r.id, text }
    localStorage.removeItem(LEGACY_KEY)
    return r.id
  }
  const startInterview = async () => {
    try {
      const id = await save()
      if (id === null) return
      status.textContent = L('면접을 준비하는 중…', 'Starting the interview…')
      const s = await call<SessionState>('POST', '/sessions', { kind: 'interview', resume: id, lang: getLang() })
      location.hash = `#/session/${s.id}`
    } catch (e) {
      fail(e)
    }
  }

  file.addEventListener('change', async () => {
    const f = file.files?.[0]
    if (!f) return
    if (f.name.toLowerCase().endsWith('.pdf')) {
      status.textContent = L('PDF는 터미널에서 `kkori resume questions cv.pdf`로 읽거나, `kkori resume text cv.pdf`로 뽑은 텍스트를 붙여 넣으세요.',
        'For a PDF run `kkori resume questions cv.pdf` in a terminal, or paste the text from `kkori resume text cv.pdf`.')
      return
    }
    input.value = await f.text()
    status.textContent = f.name
  })
  const make = async () => {
    if (!input.value.trim()) return
    status.textContent = L('질문을 만드는 중…', 'Making questions…')
    try {
      const r = await call<ResumeResult>('POST', '/resume/questions', { text: input.value, ...(lang.value ? { lang: lang.value } : {}) })
      const n = r.projects.reduce((a, p) => a + p.questions.length, 0)
      status.textContent = L(`프로젝트 ${r.projects.length}개, 질문 ${n}개`, `${r.projects.length} projects, ${n} questions`)
      render(out, r)
    } catch (e) {
      status.textContent = ''
      out.replaceChildren(h('p', { class: 'error', role: 'alert', 'data-testid': 'resume-error' }, e instanceof Error ? e.message : String(e)))
    }
  }
  root.append(
    h('h1', {}, L('이력서 질문', 'Résumé questions')),
    h('section', { class: 'card' },
      h('p', { class: 'muted small' }, L('이력서는 이 컴퓨터의 kkori 서버에서만 읽습니다. "저장"을 눌러야 이 컴퓨터의 kkori 데이터베이스에 질문과 함께 남고(모의 면접의 프로젝트 라운드에 쓰입니다), "지우기"로 지웁니다.',
        'Your résumé is read by the kkori server on this machine. Only "Save" keeps it, with its questions, in the kkori database on this machine (mock interviews ask their project round from it); "Forget" deletes it.')),
      input,
      h('div', { class: 'row' },
        file, lang,
        h('button', { 'data-testid': 'resume-go', onclick: make }, L('질문 만들기', 'Make questions')),
        h('button', { class: 'ghost', 'data-testid': 'resume-save', onclick: async () => {
          try {
            const id = await save()
            if (id !== null)
              status.textContent = L(`kkori에 저장했습니다 (#${id}). 모의 면접의 프로젝트 라운드가 이 이력서로 질문합니다.`,
                `Saved in kkori (#${id}). Mock interviews ask their project round from it.`)
          } catch (e) {
            fail(e)
          }
        } }, L('저장', 'Save')),
        h('button', { class: 'ghost', 'data-testid': 'resume-forget', onclick: async () => {
          try {
            if (saved) await call('DELETE', `/resumes/${saved.id}`)
            saved = null
            localStorage.removeItem(LEGACY_KEY)
            status.textContent = L('저장된 이력서를 지웠습니다.', 'Forgot the saved résumé.')
          } catch (e) {
            fail(e)
          }
        } }, L('지우기', 'Forget')),
      ),
      h('div', { class: 'row' },
        h('button', { 'data-testid': 'resume-start', onclick: startInterview },
          L('이 이력서로 프로젝트 면접 시작', 'Start a project interview')),
        h('span', { class: 'muted small' }, L('저장한 뒤 프로젝트 라운드가 있는 트랙으로 모의 면접을 시작합니다.',
          'Saves it, then starts a mock interview on a track with a project round.')),
      ),
      status,
    ),
    out,
  )
}

function render(out: HTMLElement, r: ResumeResult) {
  const at = indexer(r.text)
  const doc = h('pre', { class: 'answer-text resume-doc', 'data-testid': 'resume-doc' })
  // The résumé with every short source marked; the chosen question's source marked strongly.
  const marks: { a: number; b: number; q: ResumeQuestion | null }[] = []
  for (const p of r.projects)
    for (const q of p.questions) {
      if (q.source.end_line !== q.source.line || q.source.end - q.source.start > 240) continue
      if (marks.some((m) => q.source.start < m.b && m.a < q.source.end)) continue
      marks.push({ a: q.source.start, b: q.source.end, q })
    }
  marks.sort((x, y) => x.a - y.a)
  const paint = (chosen: ResumeSpan | null) => {
    let pos = 0
    const kids: Node[] = []
    const list = chosen ? [{ a: chosen.start, b: chosen.end, q: null }] : marks
    for (const m of list) {
      kids.push(document.createTextNode(r.text.slice(at(pos), at(m.a))))
      const mark = h('mark', { class: chosen ? 'kp kp0 chosen' : `kp ${m.q?.kind === 'claim' ? 'kp1' : m.q?.kind === 'technology' ? 'kp2' : 'kp4'}`, 'data-testid': chosen ? 'resume-chosen' : 'resume-mark' },
        r.text.slice(at(m.a), at(m.b)))
      kids.push(mark)
      pos = m.b
    }
    kids.push(document.createTextNode(r.text.slice(at(pos))))
    doc.replaceChildren(...kids)
    doc.querySelector('mark.chosen')?.scrollIntoView({ block: 'nearest' })
  }
  paint(null)
  const lists = r.projects.map((p, pi) =>
    h('section', { class: 'card', 'data-testid': 'resume-project' },
      h('h2', {}, `${pi + 1}. ${p.title}`, p.context ? h('span', { class: 'muted small' }, ` — ${p.context}`) : null),
      h('ol', { class: 'qlist' }, ...p.questions.map((q) =>
        h('li', { 'data-testid': 'resume-question', 'data-kind': q.kind, tabindex: 0, class: 'resume-q',
          onclick: (e: Event) => {
            out.querySelectorAll('.resume-q.on').forEach((x) => x.classList.remove('on'))
            ;(e.currentTarget as HTMLElement).classList.add('on')
            paint(q.source)
          } },
          h('span', { class: `badge kind-${q.kind}` }, KIND[q.kind][r.lang === 'ko' ? 0 : 1]), ' ', q.text,
          h('div', { class: 'muted small' }, `${L('줄', 'line')} ${q.source.line}${q.bank_id ? ` · ${q.bank_id}` : ''}`),
        ))),
    ))
  out.replaceChildren(h('div', { class: 'cols resume-cols' }, h('div', { class: 'resume-left' }, doc), h('div', {}, ...lists)))
}
