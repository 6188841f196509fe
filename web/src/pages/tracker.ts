// Application tracker: reminders, a board of applications by stage, a timeline of every step, and
// one application's page (its timeline, the next stage, questions heard with the closest bank
// questions to confirm, notes). The rules that refuse a move live on the server (docs/tracker.md).
import { h } from '../dom'
import { bi, getLang } from '../i18n'
import { trackerApi, type Application, type Proposal, type StageEntry } from '../tracker_api'

const L = (ko: string, en: string) => (getLang() === 'ko' ? ko : en)
const AREAS = ['ml', 'dl', 'nlp', 'cv', 'genai', 'math', 'cs', 'linux', 'mlops', 'sysdesign', 'project', 'behavioral']
const TYPES = ['technical', 'project', 'sysdesign', 'behavioral', 'executive']
const SOURCES = ['posting', 'referral', 'recruiter', 'direct', 'other']

// Board columns: which current stages each one holds.
const COLUMNS: { key: string; ko: string; en: string; stages: string[] }[] = [
  { key: 'applied', ko: '지원', en: 'Applied', stages: ['applied'] },
  { key: 'screening', ko: '서류', en: 'Screening', stages: ['screening'] },
  { key: 'test', ko: '코테·과제', en: 'Tests', stages: ['coding-test', 'assignment'] },
  { key: 'interview', ko: '면접', en: 'Interviews', stages: ['interview', 'reference-check'] },
  { key: 'offer', ko: '오퍼', en: 'Offer', stages: ['offer', 'accepted'] },
  { key: 'closed', ko: '종료', en: 'Closed', stages: ['declined', 'rejected', 'withdrawn'] },
]

const day = (ms: number) => new Date(ms).toLocaleDateString()
const when = (ms: number) => {
  const d = new Date(ms)
  return d.getHours() || d.getMinutes() ? d.toLocaleString([], { dateStyle: 'short', timeStyle: 'short' }) : d.toLocaleDateString()
}
const label = (s: StageEntry) => (s.stage === 'interview' ? `${L('면접', 'interview')} #${s.round} (${s.type})` : s.stage)
const current = (a: Application) => (a.stages.length ? label(a.stages[a.stages.length - 1]) : 'applied')

export async function trackerPage(root: HTMLElement) {
  const [apps, reminders] = await Promise.all([trackerApi.list(), trackerApi.reminders()])
  const company = h('input', { type: 'search', placeholder: L('회사', 'Company'), 'data-testid': 'app-company' }) as HTMLInputElement
  const role = h('input', { type: 'search', placeholder: L('직무 (예: ML Engineer)', 'Role (e.g. ML Engineer)'), 'data-testid': 'app-role' }) as HTMLInputElement
  const source = h('select', { 'data-testid': 'app-source' }, ...SOURCES.map((s) => h('option', { value: s }, s))) as HTMLSelectElement
  const date = h('input', { type: 'date', 'data-testid': 'app-date' }) as HTMLInputElement
  const add = async () => {
    if (!company.value.trim() || !role.value.trim()) return
    const a = await trackerApi.add({
      company: company.value.trim(),
      role: role.value.trim(),
      source: source.value,
      ...(date.value ? { applied_at_ms: new Date(`${date.value}T00:00`).getTime() } : {}),
    })
    location.hash = `#/tracker/${a.id}`
  }

  const board = h('div', { class: 'board', 'data-testid': 'board' },
    ...COLUMNS.map((c) => {
      const mine = apps.filter((a) => c.stages.includes(a.current))
      return h('div', { class: 'column', 'data-testid': `column-${c.key}` },
        h('h3', {}, `${L(c.ko, c.en)} `, h('span', { class: 'muted small' }, String(mine.length))),
        ...mine.map((a) =>
          h('a', { class: `appcard ${a.outcome}`, href: `#/tracker/${a.id}`, 'data-testid': 'app-card' },
            h('strong', {}, a.company), h('span', {}, a.role), h('span', { class: 'muted small' }, `${current(a)} · ${day(a.last_at_ms)}`))),
      )
    }))

  // Every step of every application, newest first.
  const events = apps.flatMap((a) => [
    { at: a.applied_at_ms, a, text: L('지원', 'applied') },
    ...a.stages.map((s) => ({ at: s.at_ms, a, text: label(s) })),
  ]).sort((x, y) => y.at - x.at)

  root.append(
    h('section', { class: 'card' },
      h('h1', {}, L('지원 현황', 'Applications')),
      h('ul', { class: 'reminders', 'data-testid': 'reminders' },
        ...reminders.map((r) =>
          h('li', { class: r.kind },
            h('a', { href: `#/tracker/${r.application_id}` }, `${r.company} · ${label(r.stage)}`),
            r.kind === 'upcoming'
              ? ` — ${L(`${r.days}일 후`, `in ${r.days} days`)}${r.practice?.track ? ` · ${L('연습', 'practise')}: ${r.practice.track}` : ''}${r.practice?.questions.length ? ` · ${r.practice.questions.slice(0, 3).join(', ')}` : ''}`
              : ` — ${L(`${r.days}일째 답이 없습니다`, `no reply for ${r.days} days`)}`))),
      h('div', { class: 'row' }, company, role, source, date, h('button', { onclick: add, 'data-testid': 'app-add' }, L('추가', 'Add'))),
    ),
    h('section', { class: 'card' }, h('h2', {}, L('단계별 보드', 'Board by stage')), board),
    h('section', { class: 'card' },
      h('h2', {}, L('타임라인', 'Timeline')),
      events.length ? null : h('p', { class: 'muted' }, L('아직 지원 기록이 없습니다.', 'No applications yet.')),
      h('ol', { class: 'timeline', 'data-testid': 'timeline' },
        ...events.map((e) => h('li', {}, h('span', { class: 'muted small' }, when(e.at)), ' ', h('a', { href: `#/tracker/${e.a.id}` }, e.a.company), ` · ${e.text}`))),
    ),
  )
}

function proposalsBox(heardId: number, proposals: Proposal[], done: () => void) {
  const area = h('select', { 'data-testid': 'personal-area' }, ...AREAS.map((a) => h('option', { value: a, selected: proposals[0]?.area === a }, a))) as HTMLSelectElement
  return h('div', { class: 'proposals', 'data-testid': 'proposals' },
    h('p', { class: 'small' }, proposals.length ? L('가장 가까운 은행 질문 — 같은 질문이면 확인하세요:', 'Closest bank questions — confirm if it is the same one:') : L('비슷한 은행 질문이 없습니다.', 'No similar bank question.')),
    h('ul', { class: 'qlist' },
      ...proposals.map((p) =>
        h('li', {},
          h('button', { class: p.likely ? '' : 'ghost', 'data-testid': `link-${p.id}`, onclick: async () => {
            await trackerApi.link(heardId, { question_id: p.id })
            done()
          } }, L('같은 질문', 'Same question')),
          ' ', h('a', { href: `#/q/${p.id}` }, bi(p.prompt)), h('span', { class: 'muted small' }, ` ${p.id} · ${Math.round(p.similarity * 100)}%`)))),
    h('div', { class: 'row' },
      area,
      h('button', { class: 'ghost', 'data-testid': 'keep-personal', onclick: async () => {
        await trackerApi.link(heardId, { personal: true, area: area.value })
        done()
      } }, L('내 질문으로 보관', 'Keep as my question'))),
  )
}

export async function applicationPage(root: HTMLElement, id: number) {
  const a = await trackerApi.get(id)
  const reload = () => {
    root.replaceChildren()
    applicationPage(root, id)
  }
  // Timeline: applied, each stage with what was heard in it, notes.
  const items: { at: number; node: HTMLElement }[] = [{ at: a.applied_at_ms, node: h('li', {}, h('span', { class: 'muted small' }, when(a.applied_at_ms)), ` ${L('지원', 'applied')} (${a.source})`) }]
  for (const s of a.stages) {
    const heard = a.heard.filter((x) => x.stage_id === s.id)
    items.push({
      at: s.at_ms,
      node: h('li', { 'data-testid': 'stage-item' },
        h('span', { class: 'muted small' }, when(s.at_ms)), ' ', h('strong', {}, label(s)), s.note ? ` — ${s.note}` : '', s.at_ms > Date.now() ? h('span', { class: 'badge' }, L('예정', 'scheduled')) : null,
        heard.length ? h('ul', { class: 'heard' }, ...heard.map((x) => h('li', { 'data-testid': 'heard-item' }, `? ${x.text}`, x.question_id ? h('a', { href: `#/q/${x.question_id}`, class: 'small' }, ` → ${x.question_id}`) : h('span', { class: 'muted small' }, ` (${L('미연결', 'not linked')})`)))) : null),
    })
  }
  for (const n of a.notes) items.push({ at: n.at_ms, node: h('li', { class: 'muted' }, h('span', { class: 'small' }, when(n.at_ms)), ` ${L('메모', 'note')}: ${n.text}`) })
  items.sort((x, y) => x.at - y.at)

  // The next stage: only what the rules allow.
  const stage = h('select', { 'data-testid': 'stage-select' }, ...a.next.map((s) => h('option', { value: s }, s))) as HTMLSelectElement
  const type = h('select', { 'data-testid': 'stage-type' }, ...TYPES.map((x) => h('option', { value: x }, x))) as HTMLSelectElement
  const at = h('input', { type: 'datetime-local', 'data-testid': 'stage-date' }) as HTMLInputElement
  const note = h('input', { type: 'search', placeholder: L('메모 (선택)', 'Note (optional)'), 'data-testid': 'stage-note' }) as HTMLInputElement
  const syncType = () => (type.style.display = stage.value === 'interview' ? '' : 'none')
  stage.addEventListener('change', syncType)
  syncType()

  // Heard questions: which step, the text, then the proposals.
  const asked = a.stages.filter((s) => s.at_ms <= Date.now())
  const round = h('select', { 'data-testid': 'heard-round' }, ...[...asked].reverse().map((s) => h('option', { value: s.id }, label(s))), h('option', { value: 0 }, L('단계 없음', 'no step'))) as HTMLSelectElement
  const text = h('textarea', { rows: 2, placeholder: L('면접관이 물어본 질문', 'A question the interviewer asked'), 'data-testid': 'heard-text' }) as HTMLTextAreaElement
  const proposals = h('div', {})
  const noteText = h('input', { type: 'search', placeholder: L('메모', 'Note'), 'data-testid': 'note-text' }) as HTMLInputElement

  root.append(
    h('section', { class: 'card', 'data-testid': 'application' },
      h('p', { class: 'small' }, h('a', { href: '#/tracker' }, `← ${L('지원 현황', 'Applications')}`)),
      h('h1', {}, `${a.company} — ${a.role} `, h('span', { class: 'badge', 'data-testid': 'outcome' }, a.outcome)),
      h('ol', { class: 'timeline', 'data-testid': 'app-timeline' }, ...items.map((x) => x.node)),
    ),
    ...(a.next.length
      ? [h('section', { class: 'card' },
          h('h2', {}, L('다음 단계', 'Next stage')),
          h('div', { class: 'row' }, stage, type, at, note,
            h('button', { 'data-testid': 'stage-add', onclick: async () => {
              await trackerApi.stage(id, {
                stage: stage.value,
                ...(stage.value === 'interview' ? { type: type.value } : {}),
                ...(at.value ? { at_ms: new Date(at.value).getTime() } : {}),
                ...(note.value.trim() ? { note: note.value.trim() } : {}),
              })
              reload()
            } }, L('기록', 'Record'))))]
      : []),
    h('section', { class: 'card' },
      h('h2', {}, L('받은 질문 기록', 'Questions heard')),
      h('div', { class: 'row' }, round),
      text,
      h('div', { class: 'row' }, h('button', { 'data-testid': 'heard-add', onclick: async () => {
        if (!text.value.trim()) return
        const r = await trackerApi.heard(id, text.value.trim(), Number(round.value))
        text.value = ''
        proposals.replaceChildren(proposalsBox(r.heard.id, r.proposals, reload))
      } }, L('기록하고 비슷한 질문 찾기', 'Log and find similar questions'))),
      proposals,
    ),
    h('section', { class: 'card' },
      h('div', { class: 'row' }, noteText, h('button', { class: 'ghost', 'data-testid': 'note-add', onclick: async () => {
        if (!noteText.value.trim()) return
        await trackerApi.note(id, noteText.value.trim())
        reload()
      } }, L('메모 추가', 'Add note'))),
    ),
  )
}

// The dashboard's funnel: how many applications reached each step.
export async function funnelSection(): Promise<HTMLElement | null> {
  let f
  try {
    f = await trackerApi.funnel()
  } catch {
    return null  // a server without the tracker
  }
  if (!f.steps[0]?.reached) return null
  const top = f.steps[0].reached
  const names: Record<string, [string, string]> = {
    applied: ['지원', 'Applied'], screening: ['서류 통과', 'Screening'], test: ['코테·과제', 'Tests'], interview: ['면접', 'Interview'],
    final_round: ['최종·평판', 'Final round'], offer: ['오퍼', 'Offer'], accepted: ['수락', 'Accepted'],
  }
  return h('section', { class: 'card' },
    h('h2', {}, L('지원 퍼널', 'Application funnel')),
    h('div', { class: 'funnel', 'data-testid': 'funnel' },
      ...f.steps.map((s) =>
        h('div', { class: 'funnel-row', 'data-step': s.step },
          h('span', {}, L(names[s.step]?.[0] ?? s.step, names[s.step]?.[1] ?? s.step)),
          h('div', { class: 'bar' }, h('div', { class: 'fill', style: `width:${Math.round((s.reached / top) * 100)}%` })),
          h('span', { class: 'n' }, String(s.reached))))),
    h('p', { class: 'muted small' }, `${L('진행 중', 'active')} ${f.active} · ${L('불합격', 'rejected')} ${f.rejected} · ${L('철회', 'withdrawn')} ${f.withdrawn} · ${L('수락', 'accepted')} ${f.accepted}`),
  )
}
