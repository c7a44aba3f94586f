# Back-pain self-care assistant. `make run` and `make test` are the two commands; `make help` lists all.
SHELL := /bin/bash
VENV := .venv
INSTALLED := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help run run-scaled shell test train console-account lint lock benchmark-load compare-pipelines purge clean

help: ## List the commands
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(INSTALLED): requirements.lock requirements-model.txt scripts/setup-venv.sh
	@scripts/setup-venv.sh
	@touch $@

run: $(INSTALLED) ## Set up, train if stale, start the assistant on localhost (Ctrl-C stops)
	@scripts/run.sh

run-scaled: $(INSTALLED) ## Production shape on this machine: PostgreSQL, Redis, 2 Rasa servers behind nginx
	@scripts/run-scaled.sh

shell: $(INSTALLED) ## Chat with the assistant in the terminal
	@scripts/shell.sh

test: $(INSTALLED) ## Set up, then lint, unit tests, data validation, training, conversation tests
	@scripts/test.sh

train: $(INSTALLED) ## Retrain the model even if nothing changed
	@scripts/train-if-stale.sh --force

console-account: $(INSTALLED) ## Create a staff account for the console: make console-account NAME=yourname
	@test -n "$(NAME)" || { echo "usage: make console-account NAME=yourname" >&2; exit 2; }
	@source scripts/env.sh && python -m clinical.db upgrade >/dev/null && python -m console create-account "$(NAME)"

lint: $(INSTALLED) ## Lint with ruff
	@source scripts/env.sh && ruff check .

benchmark-load: $(INSTALLED) ## Speed and memory under load beside the default `rasa init` bot (README)
	@source scripts/env.sh && python benchmarks/load.py $(if $(PROFILE),--profile $(PROFILE))

compare-pipelines: $(INSTALLED) ## Cross-validate the candidate NLU pipelines (slow: several minutes)
	@scripts/compare-pipelines.sh

purge: $(INSTALLED) ## Delete conversations, records, plans and cases older than BACKCARE_RETENTION_DAYS (or DAYS=N)
	@source scripts/env.sh && python -m clinical.erasure purge $(if $(DAYS),--days $(DAYS))

lock: $(INSTALLED) ## Re-resolve requirements.in and rewrite requirements.lock (needs the package registry)
	@scripts/lock.sh

clean: ## Remove the virtual environment, trained models and local data
	rm -rf $(VENV) models/*.tar.gz models/*.sha256 var results
