// Small DOM helpers: element creation with text only (never innerHTML with user data).
type Attrs = Record<string, string | number | boolean | ((e: Event) => void)>

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...kids: (Node | string | null | false)[]) {
  const el = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v as EventListener)
    else if (typeof v === 'boolean') {
      if (v) el.setAttribute(k, '')
    } else el.setAttribute(k, String(v))
  }
  for (const kid of kids) if (kid !== null && kid !== false) el.append(kid)
  return el
}

export const pct = (x: number) => `${Math.round(x * 100)}%`

export function scoreBar(score: number) {
  const cls = score >= 0.8 ? 'good' : score >= 0.5 ? 'ok' : 'weak'
  return h('div', { class: `score ${cls}`, 'data-testid': 'score' }, h('div', { class: 'fill', style: `width:${pct(score)}` }), h('span', {}, pct(score)))
}

export function clock(ms: number) {
  const neg = ms < 0
  const s = Math.floor(Math.abs(ms) / 1000)
  return `${neg ? '-' : ''}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
