// A small Markdown renderer for problem statements: headings, paragraphs, fenced and indented
// code, nested lists, pipe tables, `code`, **bold**, *emphasis*, http(s) links. It builds DOM nodes
// with text only (never innerHTML), so whatever a statement holds is shown, not run.
import { h } from './dom'

type Line = { indent: number; text: string }

const FENCE = /^\s*(```|~~~)/
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/
const ITEM = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/

const indentOf = (s: string) => s.match(/^\s*/)![0].replace(/\t/g, '    ').length
const isBlank = (s: string) => s.trim() === ''
const startsBlock = (s: string, next?: string) =>
  FENCE.test(s) || HEADING.test(s) || ITEM.test(s) || (s.trim().startsWith('|') && next !== undefined && TABLE_RULE.test(next))

// Inline spans: code first (its content is literal), then links, bold, emphasis.
export function inline(text: string): Node[] {
  const out: Node[] = []
  const re = /(`+)([\s\S]*?[^`])\1(?!`)|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)|\*\*(?=\S)([\s\S]*?\S)\*\*|\*(?=[^\s*])([^*]*?[^\s*])\*/g
  let pos = 0
  for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
    if (m.index > pos) out.push(document.createTextNode(text.slice(pos, m.index)))
    if (m[1]) out.push(h('code', {}, m[2].replace(/^ (.*) $/, '$1')))
    else if (m[3]) out.push(h('a', { href: m[4], target: '_blank', rel: 'noopener noreferrer' }, ...inline(m[3])))
    else if (m[5] !== undefined) out.push(h('strong', {}, ...inline(m[5])))
    else out.push(h('em', {}, ...inline(m[6])))
    pos = m.index + m[0].length
  }
  if (pos < text.length) out.push(document.createTextNode(text.slice(pos)))
  return out
}

const cells = (row: string) => row.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim())

function table(rows: string[]) {
  const [head, , ...body] = rows
  return h('table', { class: 'md-table' },
    h('thead', {}, h('tr', {}, ...cells(head).map((c) => h('th', {}, ...inline(c))))),
    h('tbody', {}, ...body.map((r) => h('tr', {}, ...cells(r).map((c) => h('td', {}, ...inline(c)))))))
}

// A list from its lines (items and their continuations); deeper items become nested lists.
function list(lines: Line[]): HTMLElement {
  const first = lines[0].text.match(ITEM)!
  const el = h(/\d/.test(first[2]) ? 'ol' : 'ul', {})
  if (el.tagName === 'OL' && parseInt(first[2], 10) !== 1) el.setAttribute('start', String(parseInt(first[2], 10)))
  const base = lines[0].indent
  let i = 0
  while (i < lines.length) {
    const m = lines[i].text.match(ITEM)!
    const body = [m[3]]
    const nested: Line[] = []
    i++
    while (i < lines.length && !(lines[i].indent <= base && ITEM.test(lines[i].text))) {
      if (ITEM.test(lines[i].text) || nested.length) nested.push(lines[i])
      else body.push(lines[i].text.trim())
      i++
    }
    el.append(h('li', {}, ...inline(body.join(' ')), nested.length ? list(nested) : null))
  }
  return el
}

export function renderMarkdown(src: string): HTMLElement {
  const root = h('div', { class: 'md' })
  const lines = src.replace(/\r\n?/g, '\n').split('\n')
  let i = 0
  while (i < lines.length) {
    const line = lines[i]
    if (isBlank(line)) {
      i++
      continue
    }
    const fence = line.match(FENCE)
    if (fence) {
      const body: string[] = []
      for (i++; i < lines.length && !lines[i].trim().startsWith(fence[1]); i++) body.push(lines[i])
      i++
      root.append(h('pre', {}, h('code', {}, body.join('\n'))))
      continue
    }
    const head = line.match(HEADING)
    if (head) {
      root.append(h(`h${Math.min(6, head[1].length + 1)}` as 'h2', {}, ...inline(head[2])))
      i++
      continue
    }
    if (line.trim().startsWith('|') && i + 1 < lines.length && TABLE_RULE.test(lines[i + 1])) {
      const rows: string[] = []
      for (; i < lines.length && lines[i].trim().startsWith('|'); i++) rows.push(lines[i])
      root.append(table(rows))
      continue
    }
    if (ITEM.test(line)) {
      const items: Line[] = []
      for (; i < lines.length; i++) {
        const l = lines[i]
        if (isBlank(l)) {
          // A blank line ends the list unless the next line continues it (an item or indented text).
          const next = lines[i + 1]
          if (next !== undefined && (ITEM.test(next) || (indentOf(next) > 0 && !isBlank(next)))) continue
          break
        }
        if (!ITEM.test(l) && indentOf(l) === 0 && startsBlock(l, lines[i + 1])) break
        items.push({ indent: indentOf(l), text: l })
      }
      root.append(list(items))
      continue
    }
    if (indentOf(line) >= 4) {
      const body: string[] = []
      for (; i < lines.length && (indentOf(lines[i]) >= 4 || (isBlank(lines[i]) && indentOf(lines[i + 1] ?? '') >= 4)); i++)
        body.push(lines[i].replace(/^( {4}|\t)/, ''))
      root.append(h('pre', {}, h('code', {}, body.join('\n'))))
      continue
    }
    const para: string[] = []
    for (; i < lines.length && !isBlank(lines[i]) && !(para.length && startsBlock(lines[i], lines[i + 1])); i++) para.push(lines[i].trim())
    root.append(h('p', {}, ...inline(para.join(' '))))
  }
  return root
}
