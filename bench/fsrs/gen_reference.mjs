// Writes the optimiser's reference fixtures for tests/unit/srs_optimizer_test.cpp:
//   josh_1000.csv    the reviews behind the first 1000 items of anki_josh.csv (MIT, see ATTRIBUTION.md
//                    there), card ids renumbered and times dropped (the `day` column orders the reviews)
//   synthetic.csv    gen_synthetic.mjs --users 1 --cards 250 --days 200 --seed 11 (all four ratings)
//   reference.json   fsrs-rs 6.6.0's parameters (compute_parameters, short-term on) on the first `items`
//                    items of each file: all of them (training), and 100 of josh (initial stability only)
//
//   node gen_reference.mjs --harness DIR --out tests/data/srs_optimizer
// DIR: the fsrs harness (../shared/bench/fsrs) with its node_modules installed (run.sh prepares one).
import { execFileSync } from 'node:child_process'
import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d }
const here = dirname(fileURLToPath(import.meta.url))
const harness = resolve(opt('--harness', join(here, '../../../shared/bench/fsrs')))
const out = resolve(opt('--out', join(here, '../../tests/data/srs_optimizer')))
const { loadReviews, buildItems, reviewsUpTo, peers } = await import(join(harness, 'fsrs_eval.mjs'))
mkdirSync(out, { recursive: true })

const header = 'user_id,card_id,review_time_ms,day,rating'
{ // josh_1000.csv
  const { byUser } = loadReviews(join(harness, 'data', 'anki_josh.csv'))
  const recs = byUser.get('josh')
  const cut = reviewsUpTo(recs, buildItems(recs)[999])
  const ids = new Map()
  const lines = cut.map((r) => {
    if (!ids.has(r.card)) ids.set(r.card, ids.size + 1)
    return `josh,${ids.get(r.card)},,${r.day},${r.rating}`
  })
  writeFileSync(join(out, 'josh_1000.csv'), [header, ...lines].join('\n') + '\n')
}
writeFileSync(join(out, 'synthetic.csv'), execFileSync('node', [join(here, 'gen_synthetic.mjs'),
  '--users', '1', '--cards', '250', '--days', '200', '--seed', '11']))

const peer = peers.rs()
const ref = { generator: 'bench/fsrs/gen_reference.mjs', peer: peer.name, fsrs_rs: '6.6.0', note:
  'fsrs-rs computeParameters({enableShortTerm: true}) on the first `items` items of `file` (float32)', cases: [] }
for (const [file, n] of [['josh_1000.csv', 1000], ['josh_1000.csv', 100], ['synthetic.csv', null]]) {
  const { byUser } = loadReviews(join(out, file))
  const items = buildItems([...byUser.values()][0]).slice(0, n ?? Infinity)
  const w = await peer.fit(items)
  ref.cases.push({ file, items: items.length, params: w.map((x) => Number(x.toFixed(6))) })
  console.log(file, items.length, 'items', JSON.stringify(w.map((x) => Number(x.toFixed(4)))))
}
writeFileSync(join(out, 'reference.json'), JSON.stringify(ref, null, 1) + '\n')
