// Korean and English for every label. The choice is kept in localStorage.
import type { Bi, Lang } from './api'

const dict = {
  drill: ['드릴', 'Drill'],
  interview: ['모의 면접', 'Interview'],
  bank: ['질문 은행', 'Question bank'],
  dashboard: ['대시보드', 'Dashboard'],
  history: ['기록', 'History'],
  tracker: ['지원 현황', 'Applications'],
  resume: ['이력서', 'Résumé'],
  start: ['시작', 'Start'],
  topicPlaceholder: ['주제, 영역 또는 질문 id (예: attention, dl, ml.kl-divergence)', 'Topic, area or question id (e.g. attention, dl, ml.kl-divergence)'],
  depth: ['꼬리질문 깊이', 'Tail depth'],
  submit: ['제출 (Ctrl-Enter)', 'Submit (Ctrl-Enter)'],
  hint: ['힌트', 'Hint'],
  skip: ['모르겠습니다', "I don't know"],
  end: ['종료', 'End'],
  next: ['다음', 'Next'],
  answerPlaceholder: ['답변을 입력하세요. 한국어, 영어, 섞어서 모두 됩니다.', 'Type your answer: Korean, English or both.'],
  covered: ['말한 포인트', 'Covered'],
  missed: ['놓친 포인트', 'Missed'],
  modelAnswer: ['모범 답안', 'Model answer'],
  yourAnswer: ['내 답변', 'Your answer'],
  tail: ['꼬리질문', 'Tail question'],
  root: ['새 질문', 'New question'],
  report: ['리포트', 'Report'],
  depthMap: ['주제별 깊이', 'Depth per topic'],
  studyList: ['복습할 것', 'Study list'],
  answered: ['답변 수', 'Answered'],
  average: ['평균', 'Average'],
  search: ['검색 (한국어/영어)', 'Search (Korean/English)'],
  allAreas: ['모든 영역', 'All areas'],
  allLevels: ['모든 난이도', 'All levels'],
  allRoles: ['모든 직무', 'All roles'],
  chain: ['꼬리질문 체인', 'Tail-question chain'],
  parents: ['이 질문으로 이어지는 질문', 'Asked after'],
  keypoints: ['핵심 포인트', 'Keypoints'],
  hints: ['힌트', 'Hints'],
  mastery: ['영역별 숙련도', 'Mastery per area'],
  overTime: ['날짜별 평균 점수', 'Score over time'],
  weakest: ['가장 약한 포인트', 'Weakest keypoints'],
  noData: ['아직 기록이 없습니다. 드릴부터 시작해 보세요.', 'Nothing yet: start with a drill.'],
  chooseTrack: ['트랙 선택', 'Choose a track'],
  minutes: ['분', 'min'],
  why: ['이유', 'why'],
  left: ['남음', 'left'],
  sessionOver: ['세션이 끝났습니다.', 'The session is over.'],
  noHint: ['더 이상 힌트가 없습니다.', 'No more hints.'],
  tryAgain: ['힌트를 보고 다시 답해 보세요.', 'Try again with the hint.'],
  review: ['복습', 'Review'],
  nothingDue: ['지금 복습할 카드가 없습니다.', 'Nothing is due now.'],
  focus: ['이 포인트에 집중', 'Focus on'],
  rating: ['평가', 'Rating'],
  ratings: ['다시|어려움|좋음|쉬움', 'Again|Hard|Good|Easy'],
  nextReview: ['다음 복습', 'Next review'],
  dueToday: ['오늘 복습', 'Due today'],
  forecast: ['30일 복습 예보', '30-day review forecast'],
  check: ['채점', 'Check'],
} satisfies Record<string, [string, string]>

export type Key = keyof typeof dict

let lang: Lang = (localStorage.getItem('kkori.lang') as Lang) || (navigator.language.startsWith('ko') ? 'ko' : 'en')

export const getLang = () => lang
export function setLang(l: Lang) {
  lang = l
  localStorage.setItem('kkori.lang', l)
  document.documentElement.lang = l
}
export const t = (k: Key) => dict[k][lang === 'ko' ? 0 : 1]
export const bi = (b: Bi | null | undefined) => (b ? (lang === 'ko' ? b.ko || b.en : b.en || b.ko) : '')
