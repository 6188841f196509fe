// Bank browser: search in Korean or English, filters, and a question page with its chain.
import { api } from '../api'
import { h } from '../dom'
import { bi, t } from '../i18n'

const AREAS = ['ml', 'dl', 'nlp', 'cv', 'genai', 'math', 'cs', 'linux', 'mlops', 'sysdesign', 'project', 'behavioral']
const ROLES = ['mle', 'mlse', 'research', 'sa', 'ds']

export function bankPage(root: HTMLElement) {
  const q = h('input', { type: 'search', placeholder: t('search'), 'data-testid': 'bank-search' }) as HTMLInputElement
  const area = h('select', { 'data-testid': 'bank-area' }, h('option', { value: '' }, t('allAreas')), ...AREAS.map((a) => h('option', { value: a }, a))) as HTMLSelectElement
  const level = h('select', {}, h('option', { value: '' }, t('allLevels')), ...[1, 2, 3].map((l) => h('option', { value: l }, `L${l}`))) as HTMLSelectElement
  const role = h('select', {}, h('option', { value: '' }, t('allRoles')), ...ROLES.map((r) => h('option', { value: r }, r))) as HTMLSelectElement
  const list = h('ul', { class: 'qlist', 'data-testid': 'bank-results' })
  let seq = 0
  const load = async () => {
    const mine = ++seq
    const p: Record<string, string> = { limit: '200' }
    if (q.value.trim()) p.q = q.value.trim()
    if (area.value) p.area = area.value
    if (level.value) p.level = level.value
    if (role.value) p.role = role.value
    const rows = await api.questions(p)
    if (mine !== seq) return
    list.replaceChildren(
      ...rows.map((r) =>
        h('li', {},
          h('a', { href: `#/q/${r.id}` }, bi(r.prompt)),
          h('span', { class: 'muted small' }, ` ${r.id} · L${r.level}${r.tail ? ' · ' + t('tail') : ''}`),
        ),
      ),
    )
  }
  let debounce: number | undefined
  q.addEventListener('input', () => {
    window.clearTimeout(debounce)
    debounce = window.setTimeout(load, 150)
  })
  for (const s of [area, level, role]) s.addEventListener('change', load)
  root.append(h('section', { class: 'card' }, h('h1', {}, t('bank')), h('div', { class: 'row' }, q, area, level, role), list))
  load()
}

export async function questionPage(root: HTMLElement, id: string) {
  const q = await api.question(id)
  root.append(
    h('section', { class: 'card', 'data-testid': 'question-page' },
      h('div', { class: 'muted small' }, `${q.id} · ${q.area} · L${q.level} · ${q.roles.join(', ')}`),
      h('h1', {}, bi(q.prompt)),
      h('h3', {}, t('modelAnswer')),
      h('p', { class: 'model' }, bi(q.answer)),
      q.keypoints.length ? h('h3', {}, t('keypoints')) : null,
      h('ul', {}, ...q.keypoints.map((k) => h('li', {}, `${bi(k)} `, h('span', { class: 'muted small' }, `×${k.weight}`)))),
      q.followups.length ? h('h3', {}, t('chain')) : null,
      h('ul', { class: 'chain' }, ...q.followups.map((f) => h('li', {}, '→ ', h('a', { href: `#/q/${f.id}` }, f.prompt ? bi(f.prompt) : f.id), h('span', { class: 'muted small' }, ` ${JSON.stringify(f.when)}`)))),
      q.parents.length ? h('h3', {}, t('parents')) : null,
      h('ul', {}, ...q.parents.map((p) => h('li', {}, '← ', h('a', { href: `#/q/${p}` }, p)))),
      h('details', {}, h('summary', {}, t('hints')), h('ol', {}, ...q.hints.map((x) => h('li', {}, bi(x))))),
      h('div', { class: 'row' }, h('button', { onclick: async () => {
        const s = await api.start({ kind: 'drill', topic: q.id })
        location.hash = `#/session/${s.id}`
      } }, t('drill'))),
    ),
  )
}
