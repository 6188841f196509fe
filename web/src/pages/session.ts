// Drill and interview screens: question, timer, answer box, graded feedback, tail question, report.
import { api, type Feedback, type Report, type SessionState } from '../api'
import { clock, h, pct, scoreBar } from '../dom'
import { highlightAnswer } from '../highlight'
import { bi, getLang, t } from '../i18n'

let timer: number | undefined

// "이력서 14행" / "résumé line 14": where a project-round question's words are in the résumé.
const resumeLine = (line: number) => (getLang() === 'ko' ? `이력서 ${line}행` : `résumé line ${line}`)

export function stopTimer() {
  if (timer !== undefined) window.clearInterval(timer)
  timer = undefined
}

export function drillStart(root: HTMLElement) {
  const topic = h('input', { type: 'search', placeholder: t('topicPlaceholder'), 'data-testid': 'topic' }) as HTMLInputElement
  const depth = h('select', { 'data-testid': 'depth' }, ...[1, 2, 3, 4, 5].map((d) => h('option', d === 3 ? { value: d, selected: true } : { value: d }, String(d)))) as HTMLSelectElement
  const go = async () => {
    const s = await api.start({ kind: 'drill', topic: topic.value.trim(), depth: Number(depth.value), lang: getLang() })
    location.hash = `#/session/${s.id}`
  }
  root.append(
    h('section', { class: 'card' },
      h('h1', {}, t('drill')),
      h('div', { class: 'row' }, topic, h('label', {}, t('depth'), ' ', depth), h('button', { onclick: go, 'data-testid': 'start' }, t('start'))),
    ),
  )
  topic.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Enter') go()
  })
  topic.focus()
}

export async function interviewStart(root: HTMLElement) {
  const tracks = await api.tracks()
  root.append(
    h('section', { class: 'card' },
      h('h1', {}, t('chooseTrack')),
      h('div', { class: 'tracks' },
        ...tracks.map((tr) =>
          h('button', {
            class: 'track', 'data-testid': `track-${tr.id}`,
            onclick: async () => {
              const s = await api.start({ kind: 'interview', track: tr.id, lang: getLang() })
              location.hash = `#/session/${s.id}`
            },
          },
          h('strong', {}, bi(tr.name)), h('span', { class: 'muted' }, `${tr.minutes} ${t('minutes')} · ${tr.rounds.length} rounds`),
          h('p', {}, bi(tr.description))),
        ),
      ),
    ),
  )
}

function reportView(r: Report) {
  return h('section', { class: 'card report', 'data-testid': 'report' },
    h('h2', {}, t('report')),
    h('p', {}, `${t('answered')} ${r.answered} · ${t('average')} ${pct(r.mean_score)}`),
    h('h3', {}, t('depthMap')),
    h('div', { class: 'depthmap' },
      ...r.topics.map((tp) =>
        h('div', { class: 'topic', 'data-testid': 'depth-row' },
          h('a', { href: `#/q/${tp.root}` }, tp.root),
          h('span', { class: 'dots' }, ...Array.from({ length: Math.max(tp.asked, tp.depth_reached) }, (_, i) => h('i', { class: i < tp.depth_reached ? 'on' : '' }))),
          h('span', {}, pct(tp.mean_score)),
          h('span', { class: 'muted' }, tp.stopped),
          tp.resume ? h('span', { class: 'muted small', 'data-testid': 'report-resume' },
            `${resumeLine(tp.resume.source.line)}: “${tp.resume.source.text}”`) : null,
        ),
      ),
    ),
    r.study.length ? h('h3', {}, t('studyList')) : null,
    r.study.length ? h('ol', {}, ...r.study.slice(0, 10).map((s) => h('li', {}, h('a', { href: `#/q/${s.question_id}` }, s.question_id), ` · ${s.keypoint}`))) : null,
  )
}

function feedbackView(fb: Feedback) {
  const colour = new Map(fb.turn.keypoints.map((k, i) => [k.id, i] as [string, number]))
  const kpText = (id: string) => bi(fb.turn.keypoints.find((k) => k.id === id))
  return h('section', { class: 'card feedback', 'data-testid': 'feedback' },
    scoreBar(fb.turn.score),
    h('h3', {}, t('yourAnswer')),
    highlightAnswer(fb.turn.answer, fb.turn.evidence, colour),
    h('div', { class: 'cols' },
      h('div', {}, h('h3', {}, t('covered')),
        h('ul', { class: 'covered', 'data-testid': 'covered' }, ...fb.turn.covered.map((id) => h('li', {}, h('mark', { class: `kp kp${(colour.get(id) ?? 0) % 6}` }, '✓'), ' ', kpText(id))))),
      h('div', {}, h('h3', {}, t('missed')),
        h('ul', { class: 'missed', 'data-testid': 'missed' }, ...fb.turn.missed.map((id) => h('li', {}, '✗ ', kpText(id))))),
    ),
    fb.turn.score < 0.8 || fb.turn.dont_know ? h('details', { open: true }, h('summary', {}, t('modelAnswer')), h('p', { class: 'model' }, bi(fb.turn.model_answer))) : null,
  )
}

export async function sessionPage(root: HTMLElement, id: number) {
  let state: SessionState = await api.session(id)
  const feedbackBox = h('div', {})
  const qBox = h('div', {})
  root.append(qBox, feedbackBox)

  const render = () => {
    stopTimer()
    qBox.replaceChildren()
    if (state.done || !state.question) {
      api.report(id).then((r) => qBox.append(h('p', { class: 'muted' }, t('sessionOver')), reportView(r)))
      return
    }
    const q = state.question
    const started = Date.now()
    const qLeft = state.question_left_ms ?? 0
    const timerEl = h('span', { class: 'timer', 'data-testid': 'timer' }, clock(qLeft))
    timer = window.setInterval(() => {
      const left = qLeft - (Date.now() - started)
      timerEl.textContent = clock(left)
      timerEl.classList.toggle('over', left < 0)
    }, 500)
    const box = h('textarea', { rows: 8, placeholder: t('answerPlaceholder'), 'data-testid': 'answer' }) as HTMLTextAreaElement
    const hintBox = h('div', { class: 'hint', 'data-testid': 'hint' })
    const send = async (skip: boolean) => {
      if (!skip && !box.value.trim()) return box.focus()
      const fb = skip ? await api.skip(id) : await api.answer(id, box.value)
      feedbackBox.replaceChildren(feedbackView(fb))
      if (fb.next.kind === 'hint' && fb.next.hint) feedbackBox.prepend(h('p', { class: 'hint' }, `💡 ${bi(fb.next.hint)} — ${t('tryAgain')}`))
      state = fb.state
      render()
    }
    box.addEventListener('keydown', (e) => {
      const k = e as KeyboardEvent
      if (k.key === 'Enter' && (k.ctrlKey || k.metaKey)) {
        e.preventDefault()
        send(false)
      }
    })
    qBox.append(
      h('section', { class: 'card question', 'data-testid': 'question', 'data-qid': q.id },
        h('div', { class: 'qhead' },
          h('span', { class: q.depth ? 'badge tail' : 'badge' }, q.depth ? `${t('tail')} ${q.depth}` : t('root')),
          q.depth ? h('span', { class: 'muted', 'data-testid': 'why' }, `${t('why')}: ${q.why}`) : null,
          state.round ? h('span', { class: 'muted' }, bi(state.round.name)) : null,
          timerEl,
        ),
        state.round?.source === 'no_resume' && q.depth === 0
          ? h('p', { class: 'muted small', 'data-testid': 'no-resume' }, bi({
            ko: '저장된 이력서가 없어 공통 프로젝트 질문을 합니다. 이력서 페이지에서 저장하면 이력서로 질문합니다.',
            en: 'No saved résumé: general project questions. Save one on the Résumé page for questions from it.' }))
          : null,
        h('h2', { 'data-testid': 'prompt' }, bi(q.prompt)),
        q.resume
          ? h('div', { class: 'muted small', 'data-testid': 'resume-source' },
            `📄 ${resumeLine(q.resume.source.line)} · ${q.resume.project} · ${bi({ ko: '채점 기준', en: 'graded as' })} ${q.id}`)
          : h('div', { class: 'muted small' }, `${q.id} · ${q.area} · L${q.level}`),
        box,
        hintBox,
        h('div', { class: 'row' },
          h('button', { onclick: () => send(false), 'data-testid': 'submit' }, t('submit')),
          h('button', { class: 'ghost', onclick: async () => {
            const r = await api.hint(id)
            hintBox.append(h('p', {}, `💡 ${r.hint ? bi(r.hint) : t('noHint')}`))
          }, 'data-testid': 'hint-button' }, t('hint')),
          h('button', { class: 'ghost', onclick: () => send(true), 'data-testid': 'skip' }, t('skip')),
          h('button', { class: 'ghost', onclick: async () => {
            await api.end(id)
            state = await api.session(id)
            render()
          }, 'data-testid': 'end' }, t('end')),
        ),
      ),
    )
    box.focus()
  }
  render()
}
