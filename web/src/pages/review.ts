// Review queue: one due card at a time; the grade suggests a rating the user may change.
import { api, type DueCard } from '../api'
import { h, pct, scoreBar } from '../dom'
import { bi, t } from '../i18n'

export async function reviewPage(root: HTMLElement) {
  const queue: DueCard[] = await api.due()
  const box = h('section', { class: 'card', 'data-testid': 'review' })
  root.append(h('h1', {}, `${t('review')} (${queue.length})`), box)
  const names = t('ratings').split('|')
  const next = () => {
    box.replaceChildren()
    const card = queue.shift()
    if (!card) {
      box.append(h('p', { class: 'muted', 'data-testid': 'nothing-due' }, t('nothingDue')))
      return
    }
    const answer = h('textarea', { rows: 6, placeholder: t('answerPlaceholder'), 'data-testid': 'review-answer' }) as HTMLTextAreaElement
    const result = h('div', {})
    box.append(
      h('div', { class: 'muted small' }, `${card.question_id} · R ${pct(card.retrievability)}`),
      h('h2', {}, bi(card.prompt)),
      ...(card.focus ? [h('p', { class: 'hint' }, `${t('focus')}: ${bi(card.focus)}`)] : []),
      answer,
      h('div', { class: 'row' }, h('button', { 'data-testid': 'review-check', onclick: async () => {
        const draft = answer.value
        const r = await api.review(card.card_id, draft)
        result.replaceChildren(
          scoreBar(r.score),
          h('p', {}, `${t('rating')}: ${names[r.rating - 1]} · ${t('nextReview')} ${new Date(r.due_ms).toLocaleDateString()}`),
          h('div', { class: 'row' }, ...names.map((n, i) => h('button', { class: i + 1 === r.rating ? '' : 'ghost', onclick: async () => {
            if (i + 1 !== r.rating) await api.review(card.card_id, draft, i + 1)
            next()
          } }, n))),
          h('details', {}, h('summary', {}, t('modelAnswer')), h('p', { class: 'model' }, bi(r.model_answer))),
        )
      } }, t('check'))),
      result,
    )
    answer.focus()
  }
  next()
}
