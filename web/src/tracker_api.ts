// Client for the application tracker's endpoints (docs/tracker.md, docs/openapi.yaml).
import { call, type Bi } from './api'

export type StageEntry = { id: number; stage: string; round?: number; type?: string; at_ms: number; note: string }
export type Heard = { id: number; application_id: number; stage_id: number; text: string; question_id: string; at_ms: number; stage_index?: number }
export type Application = {
  id: number
  company: string
  role: string
  source: string
  applied_at_ms: number
  current: string
  outcome: string
  next: string[]
  rounds: number
  last_at_ms: number
  stages: StageEntry[]
  notes: { id: number; at_ms: number; text: string }[]
  heard: Heard[]
}
export type Proposal = { id: string; area: string; prompt: Bi; similarity: number; likely: boolean }
export type Reminder = {
  kind: 'upcoming' | 'no_reply'
  application_id: number
  company: string
  role: string
  stage: StageEntry
  days: number
  practice?: { track: string; areas: string[]; questions: string[]; heard: string[] }
}
export type Funnel = { steps: { step: string; reached: number }[]; active: number; offers: number; accepted: number; declined: number; rejected: number; withdrawn: number }

export const trackerApi = {
  list: () => call<Application[]>('GET', '/applications'),
  get: (id: number) => call<Application>('GET', `/applications/${id}`),
  add: (body: { company: string; role: string; source?: string; applied_at_ms?: number }) => call<Application>('POST', '/applications', body),
  stage: (id: number, body: { stage: string; type?: string; at_ms?: number; note?: string }) => call<StageEntry>('POST', `/applications/${id}/stages`, body),
  note: (id: number, text: string) => call<unknown>('POST', `/applications/${id}/notes`, { text }),
  heard: (id: number, text: string, stage_id: number) => call<{ heard: Heard; proposals: Proposal[] }>('POST', `/applications/${id}/heard`, { text, stage_id }),
  link: (heard: number, body: { question_id?: string; personal?: boolean; area?: string }) => call<Heard>('POST', `/heard/${heard}/link`, body),
  reminders: () => call<Reminder[]>('GET', '/tracker/reminders'),
  funnel: () => call<Funnel>('GET', '/tracker/funnel'),
}
