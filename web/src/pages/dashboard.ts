// Dashboard: mastery per area, score over time, weakest keypoints (Chart.js, bundled).
import { BarController, BarElement, CategoryScale, Chart, Filler, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js'
import { api } from '../api'
import { h, pct } from '../dom'
import { bi, t } from '../i18n'
import { funnelSection } from './tracker'

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Filler)

const charts: Chart[] = []
export function destroyCharts() {
  while (charts.length) charts.pop()!.destroy()
}

export async function dashboardPage(root: HTMLElement) {
  const [s, funnel] = await Promise.all([api.stats(), funnelSection()])
  const mastery = h('canvas', { 'data-testid': 'chart-mastery', role: 'img', 'aria-label': t('mastery') }) as HTMLCanvasElement
  const forecast = h('canvas', { 'data-testid': 'chart-forecast', role: 'img', 'aria-label': t('forecast') }) as HTMLCanvasElement
  const trend = h('canvas', { 'data-testid': 'chart-trend', role: 'img', 'aria-label': t('overTime') }) as HTMLCanvasElement
  root.append(
    h('section', { class: 'card' },
      h('h1', {}, t('dashboard')),
      s.attempts === 0 ? h('p', { class: 'muted' }, t('noData')) : h('p', {}, `${t('answered')} ${s.attempts} · ${s.questions_answered} questions`),
      h('div', { class: 'charts' },
        h('figure', {}, h('figcaption', {}, t('mastery')), h('div', { class: 'chartbox' }, mastery)),
        h('figure', {}, h('figcaption', {}, t('overTime')), h('div', { class: 'chartbox' }, trend)),
        h('figure', {}, h('figcaption', {}, `${t('forecast')} · ${t('dueToday')} ${s.due_today}`), h('div', { class: 'chartbox' }, forecast)),
      ),
      h('h3', {}, t('weakest')),
      h('ol', { 'data-testid': 'weakest' }, ...s.weakest_keypoints.map((w) => h('li', {}, h('a', { href: `#/q/${w.question_id}` }, bi(w.text) || w.keypoint), h('span', { class: 'muted small' }, ` ${pct(w.coverage)} · ${w.question_id}`)))),
    ),
    ...(funnel ? [funnel] : []),
  )
  charts.push(
    new Chart(forecast, {
      type: 'bar',
      data: { labels: s.forecast.map((_, i) => (i === 0 ? 'today' : `+${i}`)), datasets: [{ label: t('forecast'), data: s.forecast, backgroundColor: '#81b29a' }] },
      options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    }),
    new Chart(mastery, {
      type: 'bar',
      data: {
        labels: s.areas.map((a) => a.area),
        datasets: [{ label: t('mastery'), data: s.areas.map((a) => Math.round(a.mastery * 100)), backgroundColor: '#e07a5f' }],
      },
      options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { min: 0, max: 100 } } },
    }),
    new Chart(trend, {
      type: 'line',
      data: {
        labels: s.days.map((d) => d.day),
        datasets: [{ label: t('overTime'), data: s.days.map((d) => Math.round(d.mean_score * 100)), borderColor: '#3d405b', backgroundColor: 'rgba(61,64,91,.15)', fill: true, tension: 0.3 }],
      },
      options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { min: 0, max: 100 } } },
    }),
  )
}

export async function historyPage(root: HTMLElement) {
  const rows = await api.attempts()
  root.append(
    h('section', { class: 'card' },
      h('h1', {}, t('history')),
      rows.length ? null : h('p', { class: 'muted' }, t('noData')),
      h('table', { class: 'history' },
        ...rows.map((a) => h('tr', {}, h('td', {}, new Date(a.created_at_ms).toLocaleString()), h('td', {}, pct(a.score)), h('td', {}, h('a', { href: `#/q/${a.question_id}` }, a.question_id)))),
      ),
    ),
  )
}
