// A synthetic review log for checking the optimiser beyond anki_josh.csv (whose user never presses Hard
// or Easy): simulated learners on the FSRS-6 model with known parameters, all four ratings, same-day
// relearning, several users. Deterministic (seeded); no packages needed.
//
//   node gen_synthetic.mjs [--users 3] [--cards 600] [--days 300] [--seed 7] > synthetic.csv
//   node ../../../shared/bench/fsrs/compare.mjs --data synthetic.csv --cmd '.../kkori srs optimize --in {in} --json'
const args = process.argv.slice(2)
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? Number(args[i + 1]) : d }
const users = opt('--users', 3), cardsPerUser = opt('--cards', 600), days = opt('--days', 300)
let seed = opt('--seed', 7) >>> 0
const rand = () => { // mulberry32
  seed = (seed + 0x6d2b79f5) >>> 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const clamp = (x, lo, hi) => Math.min(Math.max(x, lo), hi)
// The "true" memory of each simulated user: FSRS-6 defaults, perturbed per user.
const DEF = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614,
  0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542]
function model(w) {
  const fct = Math.pow(0.9, -1 / w[20]) - 1
  const R = (t, s) => Math.pow(1 + fct * t / s, -w[20])
  const d0 = (g) => w[4] - Math.exp(w[5] * (g - 1)) + 1
  const step = (m, t, g) => {
    if (!m) return { s: w[g - 1], d: clamp(d0(g), 1, 10) }
    let s
    if (t === 0) { const k = Math.exp(w[17] * (g - 3 + w[18])) * Math.pow(m.s, -w[19]); s = m.s * (g === 1 ? k : Math.max(k, 1)) }
    else if (g === 1) s = Math.min(w[11] * Math.pow(m.d, -w[12]) * (Math.pow(m.s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - R(t, m.s))), m.s / Math.exp(w[17] * w[18]))
    else s = m.s * (1 + Math.exp(w[8]) * (11 - m.d) * Math.pow(m.s, -w[9]) * (Math.exp(w[10] * (1 - R(t, m.s))) - 1) * (g === 2 ? w[15] : 1) * (g === 4 ? w[16] : 1))
    const nd = m.d - w[6] * (g - 3) * (10 - m.d) / 9
    return { s: clamp(s, 0.001, 36500), d: clamp(w[7] * d0(4) + (1 - w[7]) * nd, 1, 10) }
  }
  return { R, step }
}
// Rating given recall: Hard / Good / Easy shares drift with the user; Again when forgotten.
function rate(p, mix) {
  if (rand() >= p) return 1
  const u = rand()
  return u < mix[0] ? 2 : u < mix[0] + mix[1] ? 3 : 4
}
const out = ['user_id,card_id,review_time_ms,day,rating']
const day0 = 19800
for (let u = 0; u < users; u++) {
  const w = DEF.map((x, i) => (i === 20 ? clamp(x * (0.8 + 0.8 * rand()), 0.1, 0.8) : x * (0.7 + 0.6 * rand())))
  const { R, step } = model(w)
  const mix = [0.05 + 0.15 * rand(), 0.6 + 0.2 * rand()]
  const perDay = Math.max(1, Math.round(cardsPerUser / (days * 0.6)))
  const cards = [] // {id, m, due, last}
  let next = 0
  for (let day = 0; day < days; day++) {
    for (let k = 0; k < perDay && next < cardsPerUser; k++) cards.push({ id: `u${u}c${next++}`, m: null, due: day, last: null })
    const due = cards.filter((c) => c.due <= day)
    for (const [i, c] of due.entries()) {
      let time = (day0 + day) * 86400000 + 4 * 3600000 + 36000000 + i * 30000 + Math.floor(rand() * 20000)
      let t = c.last === null ? 0 : day - c.last
      let g = c.m ? rate(R(t, c.m.s), mix) : rate(0.9, mix) // first answer: how well the card was known
      c.m = step(c.m, t, g)
      out.push(`user${u},${c.id},${time},${day0 + day},${g}`)
      // same-day relearning after Again (and sometimes after Hard): one or two more answers
      for (let rep = 0; (g === 1 || (g === 2 && rand() < 0.3)) && rep < 2; rep++) {
        time += 600000 + Math.floor(rand() * 300000)
        g = rand() < 0.8 ? 3 : rand() < 0.5 ? 2 : 1
        c.m = step(c.m, 0, g)
        out.push(`user${u},${c.id},${time},${day0 + day},${g}`)
      }
      c.last = day
      const ivl = Math.max(1, Math.round(c.m.s * (0.7 + 0.6 * rand())))
      c.due = day + ivl
    }
  }
}
// rows by user, card, time (as data/anki_josh.csv: by card, then time)
const [head, ...rows] = out
rows.sort((a, b) => { const [ua, ca, ta] = a.split(','), [ub, cb, tb] = b.split(','); return ua.localeCompare(ub) || ca.localeCompare(cb) || Number(ta) - Number(tb) })
process.stdout.write([head, ...rows].join('\n') + '\n')
