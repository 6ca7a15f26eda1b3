# The care leavers' assistant. Two commands matter: `make run` and `make test`.
# Every target is idempotent: a second run only redoes what changed.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
NLP    := build/spacy/care_leavers_en.patterns.json
MEANING := build/crisis/meaning.npz
MODEL  := models/care-leavers.tar.gz
ASSETS := bot/web/static/vendor/.built

TRAIN_INPUTS := config.yml domain.yml $(shell find data -name '*.yml' 2>/dev/null) $(NLP)

# No network at run time: Rasa must not phone home; TensorFlow should be quiet.
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help install system-deps nlp meaning train assets run shell lint test bench clean FORCE
FORCE:

help:
	@echo "make run    set up, train if needed, start the assistant (Ctrl-C stops it)"
	@echo "make test   set up, train if needed, run every check"
	@echo "make bench  measure speed and memory (writes BENCHMARKS.md)"

install: $(STAMP)

# A Python 3.10 venv (Rasa 3.6 does not support 3.11+) with pinned packages and the
# project installed in editable mode, so `bot`, `actions` and `offers` import anywhere.
$(STAMP): requirements.txt requirements-nodeps.txt constraints.txt pyproject.toml scripts/find-python.sh
	@set -e; \
	if ! $(PY) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; then \
	  py=$$(scripts/find-python.sh); \
	  echo "Creating $(VENV) with $$py"; rm -rf $(VENV); "$$py" -m venv $(VENV); \
	fi
	$(PY) -m pip install -q --disable-pip-version-check --upgrade pip wheel
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt -c constraints.txt
	$(PY) -m pip install -q --disable-pip-version-check --no-deps -r requirements-nodeps.txt
	$(PY) -m pip install -q --disable-pip-version-check --no-deps -e .
	@touch $@

system-deps:
	@scripts/system-deps.sh

# Always checked, but the patterns file only changes when authority names change, so
# rewording an offer doesn't retrain the model.
nlp: $(NLP)
$(NLP): $(STAMP) FORCE
	@$(PY) -m bot build-nlp

# The crisis meaning check's classifiers (bot/crisis/meaning.py), from the NLU data and
# the folded-in crisis sets. Always checked: the script retrains (about 20 s) only when
# the examples differ from the ones the saved model was trained on.
meaning: $(MEANING)
$(MEANING): $(STAMP) FORCE
	@$(PY) -m bot.crisis.meaning build

# GOV.UK Frontend and our CSS, from npm at build time (never a CDN).
assets: $(ASSETS)
$(ASSETS): frontend/package.json frontend/package-lock.json frontend/build.mjs $(wildcard frontend/src/*)
	cd frontend && npm ci --no-audit --no-fund --loglevel=error && npm run build --silent
	@touch $@

# Trains only when config, domain, training data or the spaCy pipeline changed.
train: $(MODEL)
$(MODEL): $(STAMP) $(TRAIN_INPUTS)
	@mkdir -p models
	$(PY) -m rasa train --fixed-model-name care-leavers --out models --quiet
	@touch $@

run: install nlp meaning train assets
	$(PY) -m bot run

# In a second terminal while `make run` is going (it uses that action server).
shell: install nlp meaning train
	$(PY) -m bot shell

test: install system-deps nlp meaning train assets lint
	$(PY) -m rasa data validate --fail-on-warnings --quiet
	$(PY) -m pytest
	$(PY) -m rasa test core --stories tests/stories --model $(MODEL) \
	  --fail-on-prediction-errors --out results/core --quiet

# The lint and type gate (config in pyproject.toml); make test runs it first.
lint: install
	$(PY) -m ruff check .
	$(PY) -m mypy

bench: install system-deps nlp meaning train
	$(PY) -m bench $(BENCH_ARGS)

clean:
	rm -rf build models results var/*.db frontend/node_modules bot/web/static/vendor
