#!/usr/bin/env python3
"""Write the screens a scripted test dumped into its expectations:
    sh tests/tui/run.sh build NAME with TUI_SAVE=DIR, then
    python3 tests/tui/update.py NAME DIR
replaces each `expect DUMP <<'SCREEN'` block of tests/tui/NAME.sh by the
screen saved in DIR/DUMP.  READ the diff (git diff) before committing: the
new screens must show the right thing."""
import os, re, sys

name, saved = sys.argv[1], sys.argv[2]
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), name + '.sh')
lines = open(path, encoding='utf-8').read().split('\n')
out, i = [], 0
while i < len(lines):
    line = lines[i]
    out.append(line)
    m = re.match(r"^\s*expect (\S+) <<'?SCREEN'?\s*$", line)
    i += 1
    if not m:
        continue
    end = i
    while end < len(lines) and lines[end] != 'SCREEN':
        end += 1
    dump = os.path.join(saved, m.group(1))
    if os.path.exists(dump):
        text = open(dump, encoding='utf-8').read()
        if text.endswith('\n'):
            text = text[:-1]
        out.extend(text.split('\n') if text else [])
        i = end
open(path, 'w', encoding='utf-8').write('\n'.join(out))
