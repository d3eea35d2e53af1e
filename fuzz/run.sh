#!/bin/sh
# Run every harness for SECONDS seconds (default 900), one after the other, at
# the lowest priority. Usage: fuzz/run.sh [SECONDS] [WORKDIR]
set -eu
seconds=${1:-900}
work=${2:-/tmp/articlekit-fuzz}
python=${PYTHON:-/tmp/venv-fuzz/bin/python}
here=$(cd "$(dirname "$0")" && pwd)
for harness in parse_html_bytes parse_html_str parse_text extract_quotes; do
    corpus="$work/corpus-$harness"
    mkdir -p "$corpus" "$work/artifacts-$harness"
    "$python" "$here/make_seeds.py" "$corpus"
    (cd "$here" && nice -n 19 "$python" "fuzz_$harness.py" "$corpus" \
        -dict="$here/html.dict" -max_total_time="$seconds" -timeout=30 \
        -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$work/artifacts-$harness/") \
        >"$work/log-$harness.txt" 2>&1 || echo "$harness stopped: see $work/log-$harness.txt"
done
