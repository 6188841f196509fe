// Client for the coding page's endpoints (docs/judge.md "Web coding page", docs/openapi.yaml).
import { call, type Bi } from './api'

export type ProblemSummary = {
  id: string
  title: Bi
  category: string
  level: number
  tags: string[]
  languages: string[]
  solved: boolean
  attempts: number
}
export type Problem = ProblemSummary & {
  statement: Bi
  limits: { time_limit_s: number; memory_mib: number; output_mib: number }
  samples: { name: string; input: string; answer: string }[]
  hints: number
  starters: Record<string, string>
}
export type TestRow = {
  name: string
  sample: boolean
  verdict: string
  detail: string
  time_ms: number
  wall_ms: number
  memory_kib: number
  input?: string
  expected?: string
  output?: string
  stderr?: string
}
export type RunResult = {
  problem: string
  language: string
  samples_only: boolean
  verdict: string
  detail: string
  failed_test: string | null
  passed: number
  total: number
  max_time_ms: number
  max_memory_kib: number
  compile_output: string
  tests: TestRow[]
  attempt_id: number | null
}
export type CodeAttempt = {
  id: number
  language: string
  verdict: string
  passed: number
  total: number
  max_time_ms: number
  max_memory_kib: number
  hints_used: number
  created_at_ms: number
  source: string
}

const p = (id: string) => `/problems/${encodeURIComponent(id)}`

export const codingApi = {
  list: () => call<ProblemSummary[]>('GET', '/problems'),
  get: (id: string) => call<Problem>('GET', p(id)),
  hints: (id: string, n: number) => call<{ id: string; hints: Bi[]; total: number }>('POST', `${p(id)}/hints`, { n }),
  run: (id: string, body: { lang: string; source: string; samples_only: boolean; hints: number }) =>
    call<RunResult>('POST', `${p(id)}/run`, body),
  attempts: (id: string) => call<CodeAttempt[]>('GET', `${p(id)}/attempts?limit=20`),
}
