// Thin client for the JSON API (docs/openapi.yaml). Errors carry the problem+json detail.
export type Lang = 'ko' | 'en'
export type Bi = { ko: string; en: string }

export class ApiError extends Error {
  constructor(public status: number, message: string) {
    super(message)
  }
}

export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`/api/v1${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  const data = text ? JSON.parse(text) : null
  if (!res.ok) throw new ApiError(res.status, data?.detail ?? res.statusText)
  return data as T
}

export type QuestionSummary = { id: string; area: string; level: number; roles: string[]; tail: boolean; prompt: Bi }
export type Keypoint = { id: string; weight: number; ko: string; en: string; terms?: string[] }
export type Question = QuestionSummary & {
  answer: Bi
  keypoints: Keypoint[]
  followups: { id: string; when: unknown; prompt: Bi | null }[]
  parents: string[]
  hints: Bi[]
  chain_depth: number
}
// A résumé question as the project round asks it (docs/resume.md): its source words in the résumé.
export type ResumeRoundQuestion = { text: Bi; kind: 'claim' | 'technology' | 'template'; bank_id: string; key: string; project: string; source: { start: number; end: number; line: number; end_line: number; text: string } }
export type SessionState = {
  id: number
  kind: string
  track: string
  lang: Lang
  done: boolean
  answered: number
  question?: { id: string; area: string; level: number; prompt: Bi; depth: number; why: string; hints: number; resume?: ResumeRoundQuestion }
  round?: { id: string; name: Bi; index: number; of: number; source?: 'bank' | 'resume' | 'no_resume' }
  resume?: { id: number; title: string }
  question_left_ms?: number
  round_left_ms?: number
}
export type Span = { begin: number; end: number }
export type Turn = {
  question_id: string
  prompt: string
  why: string
  answer: string
  score: number
  dont_know: boolean
  covered: string[]
  missed: string[]
  evidence: Record<string, Span[]>
  keypoints: Keypoint[]
  model_answer: Bi
}
export type Feedback = { turn: Turn; next: { kind: 'tail' | 'hint' | 'root' | 'done'; reason?: string; hint?: Bi }; state: SessionState }
export type Report = {
  answered: number
  mean_score: number
  dont_know: number
  topics: { root: string; round: string; asked: number; depth_reached: number; mean_score: number; stopped: string; resume?: ResumeRoundQuestion }[]
  study: { question_id: string; keypoint: string; priority: number }[]
}
export type Track = { id: string; name: Bi; description: Bi; minutes: number; rounds: { id: string; name: Bi; areas: string[]; count: number; minutes: number }[] }
export type DueCard = { card_id: number; kind: 'question' | 'keypoint'; question_id: string; prompt: Bi; focus?: { id: string } & Bi; due_ms: number; retrievability: number; reps: number }
export type ReviewResult = { score: number; suggested: number; rating: number; due_ms: number; covered: string[]; missed: string[]; model_answer: Bi }
export type Stats = {
  cards: number
  due_today: number
  forecast: number[]
  attempts: number
  questions_answered: number
  areas: { area: string; questions: number; answered: number; mastery: number }[]
  days: { day: string; mean_score: number; attempts: number }[]
  weakest_keypoints: { question_id: string; keypoint: string; coverage: number; attempts: number; text?: Bi }[]
}

export const api = {
  questions: (p: Record<string, string>) => call<QuestionSummary[]>('GET', `/questions?${new URLSearchParams(p)}`),
  question: (id: string) => call<Question>('GET', `/questions/${encodeURIComponent(id)}`),
  tracks: () => call<Track[]>('GET', '/tracks'),
  start: (body: Record<string, unknown>) => call<SessionState>('POST', '/sessions', body),
  session: (id: number) => call<SessionState>('GET', `/sessions/${id}`),
  answer: (id: number, answer: string) => call<Feedback>('POST', `/sessions/${id}/answer`, { answer }),
  skip: (id: number) => call<Feedback>('POST', `/sessions/${id}/skip`),
  hint: (id: number) => call<{ hint: Bi | null }>('POST', `/sessions/${id}/hint`),
  end: (id: number) => call<Report>('POST', `/sessions/${id}/end`),
  report: (id: number) => call<Report & { turns: Turn[] }>('GET', `/sessions/${id}/report`),
  attempts: () => call<{ id: number; question_id: string; score: number; created_at_ms: number; answer: string }[]>('GET', '/attempts?limit=100'),
  stats: () => call<Stats>('GET', '/stats'),
  due: () => call<DueCard[]>('GET', '/reviews/due?limit=100'),
  review: (card: number, answer: string, rating?: number) =>
    call<ReviewResult>('POST', `/reviews/${card}`, rating ? { answer, rating } : { answer }),
}
