#!/usr/bin/env bash
# Print the path of a working Python 3.10 interpreter (Rasa 3.6 supports <3.11).
# Looks on PATH first, then in pyenv's versions folder. Exits 1 with a clear message if none.
set -u
is_310() { "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' >/dev/null 2>&1; }

for candidate in "${PYTHON310:-}" python3.10; do
  [ -n "$candidate" ] || continue
  path=$(command -v "$candidate" 2>/dev/null) || continue
  # pyenv shims exist for every version but fail unless that version is selected.
  if is_310 "$path"; then echo "$path"; exit 0; fi
done

pyenv_root=${PYENV_ROOT:-}
if [ -z "$pyenv_root" ] && command -v pyenv >/dev/null 2>&1; then pyenv_root=$(pyenv root 2>/dev/null); fi
[ -n "$pyenv_root" ] || pyenv_root="$HOME/.pyenv"
for path in $(ls -d "$pyenv_root"/versions/3.10.*/bin/python3.10 2>/dev/null | sort -rV); do
  if is_310 "$path"; then echo "$path"; exit 0; fi
done

cat >&2 <<'MSG'
ERROR: no Python 3.10 interpreter found.
Rasa 3.6 needs Python 3.10 (it does not support 3.11+). Looked for:
  - $PYTHON310, then python3.10 on PATH
  - pyenv's versions folder ($PYENV_ROOT/versions/3.10.*/bin/python3.10)
Install one (e.g. `pyenv install 3.10` or your OS's python3.10 package), or set
PYTHON310=/path/to/python3.10, then run `make install` again.
MSG
exit 1
