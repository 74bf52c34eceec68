#!/bin/bash
# Installs aws-cli v2 at tag 2.27.0 into /tmp/v2venv (Python 3.13) to serve as the test oracle.
set -euo pipefail
MIRROR=${MIRROR:-/work/.mirror/aws+aws-cli/repo}
PY=${PY:-/root/.pyenv/versions/3.13.0/bin/python3}
rm -rf /tmp/v2src && mkdir -p /tmp/v2src
git -C "$MIRROR" archive 2.27.0 | tar -x -C /tmp/v2src
"$PY" -m venv /tmp/v2venv
/tmp/v2venv/bin/pip install /tmp/v2src
