// The single-page app: a hash router over the pages, a Korean/English switch.
import './style.css'
import { ApiError } from './api'
import { h } from './dom'
import { getLang, setLang, t } from './i18n'
import { bankPage, questionPage } from './pages/bank'
import { codingPage, problemPage } from './pages/coding'
import { dashboardPage, destroyCharts, historyPage } from './pages/dashboard'
import { resumePage } from './pages/resume'
import { reviewPage } from './pages/review'
import { drillStart, interviewStart, sessionPage, stopTimer } from './pages/session'
import { applicationPage, trackerPage } from './pages/tracker'

const app = document.getElementById('app')!
const nav = document.getElementById('nav')!
const langButton = document.getElementById('lang') as HTMLButtonElement

function renderNav() {
  const here = location.hash || '#/'
  nav.replaceChildren(
    ...([['#/', 'drill'], ['#/interview', 'interview'], ['#/review', 'review'], ['#/bank', 'bank'], ['#/dashboard', 'dashboard'], ['#/history', 'history'], ['#/tracker', 'tracker'], ['#/resume', 'resume'], ['#/coding', 'coding']] as const).map(([href, key]) =>
      h('a', { href, class: here === href ? 'active' : '', 'data-testid': `nav-${key}` }, t(key)),
    ),
  )
  langButton.textContent = getLang() === 'ko' ? 'EN' : '한국어'
}

async function route() {
  stopTimer()
  destroyCharts()
  renderNav()
  app.replaceChildren()
  const hash = location.hash.replace(/^#/, '') || '/'
  try {
    let m: RegExpMatchArray | null
    if (hash === '/') drillStart(app)
    else if (hash === '/interview') await interviewStart(app)
    else if (hash === '/review') await reviewPage(app)
    else if (hash === '/bank') bankPage(app)
    else if (hash === '/dashboard') await dashboardPage(app)
    else if (hash === '/history') await historyPage(app)
    else if (hash === '/tracker') await trackerPage(app)
    else if (hash === '/resume') resumePage(app)
    else if (hash === '/coding') await codingPage(app)
    else if ((m = hash.match(/^\/coding\/(.+)$/))) await problemPage(app, decodeURIComponent(m[1]))
    else if ((m = hash.match(/^\/tracker\/(\d+)$/))) await applicationPage(app, Number(m[1]))
    else if ((m = hash.match(/^\/session\/(\d+)$/))) await sessionPage(app, Number(m[1]))
    else if ((m = hash.match(/^\/q\/(.+)$/))) await questionPage(app, decodeURIComponent(m[1]))
    else app.append(h('p', {}, 'Not found'))
  } catch (e) {
    const msg = e instanceof ApiError ? `${e.status}: ${e.message}` : String(e)
    app.append(h('p', { class: 'error', role: 'alert' }, msg))
  }
}

langButton.addEventListener('click', () => {
  setLang(getLang() === 'ko' ? 'en' : 'ko')
  route()
})
window.addEventListener('hashchange', route)
window.addEventListener('unhandledrejection', (e) => {
  const msg = e.reason instanceof ApiError ? `${e.reason.status}: ${e.reason.message}` : String(e.reason)
  app.prepend(h('p', { class: 'error', role: 'alert' }, msg))
})
setLang(getLang())
route()
