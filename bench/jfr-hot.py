#!/usr/bin/env python3
"""Hot methods of a flight recording, inclusive: for each method, the share of the samples of the
chosen threads whose stack holds it (so callers show with what they call), then the leaf methods.

  bench/jfr-hot.py bench/results/<run>.jfr [thread-name-part] [how-many] [regex-of-methods-to-show]
  bench/jfr-hot.py bench/results/x.jfr exec 60 'minhbach|pdfbox|jackson'

bench/load.sh (JFR=1) records with a stack depth of 256, so deep Spring stacks keep their roots."""
import collections
import re
import subprocess
import sys

if len(sys.argv) < 2:
    sys.exit(__doc__)
recording = sys.argv[1]
thread_part = sys.argv[2] if len(sys.argv) > 2 else "exec"
how_many = int(sys.argv[3]) if len(sys.argv) > 3 else 60
shown = re.compile(sys.argv[4] if len(sys.argv) > 4 else ".")

text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", recording],
                      capture_output=True, text=True, check=True).stdout
inclusive, leaves, samples = collections.Counter(), collections.Counter(), 0
for event in text.split("jdk.ExecutionSample")[1:]:
    thread = re.search(r'sampledThread = "([^"]*)"', event)
    if not thread or thread_part not in thread.group(1):
        continue
    frames = [re.sub(r"\(.*", "", line.strip()) for line in event.split("\n") if line.startswith("    ") and "line:" in line]
    if not frames:
        continue
    samples += 1
    leaves[frames[0]] += 1
    for frame in set(frames):
        inclusive[frame] += 1
print(f"{samples} samples of threads named *{thread_part}*")
for method, count in inclusive.most_common():
    if how_many <= 0:
        break
    if shown.search(method):
        print(f"{count:6d} {100 * count / max(samples, 1):5.1f}%  {method}")
        how_many -= 1
print("--- leaves")
for method, count in leaves.most_common(20):
    print(f"{count:6d} {100 * count / max(samples, 1):5.1f}%  {method}")
