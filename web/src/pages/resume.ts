// Résumé page: paste or open a résumé (Markdown or text), get 10-15 questions per project beside
// it, each linked to the words it came from. The server keeps nothing (POST /resume/questions is
// stateless); "Save" keeps the text in this browser only, "Forget" removes it.
import { call } from '../api'
import { h } from '../dom'
import { getLang } from '../i18n'

type ResumeSpan = { start: number; end: number; line: number; end_line: number; text?: string }
type ResumeQuestion = { text: string; kind: 'template' | 'technology' | 'claim'; source: ResumeSpan; bank_id?: string; concept?: string; key: string }
type ResumeProject = { title: string; context?: string; span: ResumeSpan; title_span: ResumeSpan; questions: ResumeQuestion[] }
type ResumeResult = { lang: 'ko' | 'en'; text: string; projects: ResumeProject[] }

const L = (ko: string, en: string) => (getLang() === 'ko' ? ko : en)
const KEY = 'kkori.resume'
const KIND = { template: ['공통', 'template'], technology: ['기술', 'technology'], claim: ['수치', 'claim'] } as const

// Byte offsets (the API counts UTF-8 bytes) to string indexes.
function indexer(text: string) {
  const bytes = new TextEncoder().encode(text)
  const dec = new TextDecoder()
  return (b: number) => dec.decode(bytes.subarray(0, b)).length
}

export function resumePage(root: HTMLElement) {
  const saved = localStorage.getItem(KEY)
  const input = h('textarea', { rows: 12, 'data-testid': 'resume-text', placeholder: L('이력서를 붙여 넣거나 .md/.txt 파일을 여세요. 한국어, 영어, 섞어서 모두 됩니다.', 'Paste your résumé or open a .md/.txt file: Korean, English or both.') }) as HTMLTextAreaElement
  input.value = saved ?? ''
  const file = h('input', { type: 'file', accept: '.md,.markdown,.txt,.pdf,text/plain,text/markdown', 'data-testid': 'resume-file' }) as HTMLInputElement
  const lang = h('select', { 'data-testid': 'resume-lang' },
    h('option', { value: '' }, L('이력서 언어로', "résumé's language")), h('option', { value: 'ko' }, '한국어'), h('option', { value: 'en' }, 'English')) as HTMLSelectElement
  const status = h('p', { class: 'muted small', 'data-testid': 'resume-status' }, saved ? L('이 브라우저에 저장된 이력서를 불러왔습니다.', 'Loaded the résumé saved in this browser.') : '')
  const out = h('div', { 'data-testid': 'resume-result' })

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
      h('p', { class: 'muted small' }, L('이력서는 이 컴퓨터의 kkori 서버에서만 읽고 저장하지 않습니다. "저장"을 누르면 이 브라우저에만 남습니다.',
        'Your résumé is read by the kkori server on this machine and not stored. "Save" keeps it in this browser only.')),
      input,
      h('div', { class: 'row' },
        file, lang,
        h('button', { 'data-testid': 'resume-go', onclick: make }, L('질문 만들기', 'Make questions')),
        h('button', { class: 'ghost', 'data-testid': 'resume-save', onclick: () => {
          localStorage.setItem(KEY, input.value)
          status.textContent = L('이 브라우저에 저장했습니다.', 'Saved in this browser.')
        } }, L('저장', 'Save')),
        h('button', { class: 'ghost', 'data-testid': 'resume-forget', onclick: () => {
          localStorage.removeItem(KEY)
          status.textContent = L('저장된 이력서를 지웠습니다.', 'Forgot the saved résumé.')
        } }, L('지우기', 'Forget')),
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
