// Marks, in the user's own answer, the sentences that covered each keypoint. The grader reports
// spans as UTF-8 byte offsets; JavaScript strings index UTF-16 units, so offsets are converted.
import { h } from './dom'
import type { Span } from './api'

export function byteToIndex(text: string): (byte: number) => number {
  const marks: number[] = [] // marks[i] = byte offset where UTF-16 index i starts
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    marks.push(bytes)
    const c = text.codePointAt(i)!
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
    bytes += n
    if (c >= 0x10000) {
      marks.push(bytes)
      i++
    }
  }
  marks.push(bytes)
  return (b: number) => {
    let lo = 0
    let hi = marks.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (marks[mid] < b) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

// `spans`: keypoint id -> byte spans; `colour`: keypoint id -> CSS class index.
export function highlightAnswer(text: string, spans: Record<string, Span[]>, colour: Map<string, number>) {
  const at = byteToIndex(text)
  type Mark = { from: number; to: number; kp: string }
  const marks: Mark[] = []
  for (const [kp, list] of Object.entries(spans))
    for (const s of list) if (s.end > s.begin) marks.push({ from: at(s.begin), to: at(s.end), kp })
  marks.sort((a, b) => a.from - b.from || b.to - a.to)
  const out = h('div', { class: 'answer-text', 'data-testid': 'highlighted-answer' })
  let pos = 0
  for (const m of marks) {
    if (m.from < pos) continue // overlapping evidence: the first keeps the sentence
    if (m.from > pos) out.append(text.slice(pos, m.from))
    out.append(h('mark', { class: `kp kp${(colour.get(m.kp) ?? 0) % 6}`, title: m.kp, 'data-kp': m.kp }, text.slice(m.from, m.to)))
    pos = m.to
  }
  if (pos < text.length) out.append(text.slice(pos))
  return out
}
