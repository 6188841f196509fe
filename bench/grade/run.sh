#!/usr/bin/env bash
# The answer grader beside its peers, measured in the same run (../shared/bench, see its README):
#   asag    SemEval-2013 Beetle + SciEntsBank, ROC AUC for "correct", vs a char n-gram TF-IDF peer
#   korsts  KorSTS dev, Spearman x100, vs a char n-gram TF-IDF peer fitted on KorSTS train
#   speed   answers/s (start-up taken out) and the median time per answer with its explanation
#   memory  peak RSS of the loaded grader
set -uo pipefail
build=${1:-build}
cd "$(dirname "$0")/../.."
shared=../shared/bench
if [[ ! -d $shared ]]; then
  echo "skip: $shared not found (the benchmark data are not shipped with kkori)"
  exit 0
fi
py=/usr/bin/python3
if ! $py -c 'import sklearn, scipy, pandas' 2>/dev/null; then
  echo "installing the harness's Python packages (python3-sklearn python3-scipy python3-pandas)"
  bash scripts/install-deps.sh --bench || exit 1
fi
status=0
echo "-- asag (English answers; target: AUC >= peer + 0.05 on unseen questions and unseen domains)"
$py $shared/asag/run_dev.py --cmd "$build/kkori grade-batch --in {in} --out {out}" --repeat 3 || status=1
echo
echo "-- korsts (Korean similarity core; target: Spearman >= 77)"
$py $shared/korsts/run_dev.py --cmd "$build/kkori similarity-batch --in {in} --out {out}" --repeat 3 || status=1
echo
echo "-- per-answer latency with explanation (kkori grade --json on a bank question, 200 answers)"
$py bench/grade/latency.py "$build/kkori" || status=1
echo
echo "-- memory: peak RSS of grade-batch with the grader loaded, Korean and English answers graded"
echo "   (Korean answers load hunspell-ko, so this is the peak a user reaches)"
/usr/bin/time -f "kkori grade-batch peak RSS %M KB (target < 100 MB)" "$build/kkori" grade-batch \
  --in bench/grade/memory.jsonl --out /dev/null
exit $status
