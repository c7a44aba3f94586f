"""Run one of the project's command-line modules with TensorFlow refused (issue 14).

    python -m without_tensorflow clinical.knowledge load
    python -m without_tensorflow clinical.build_readers

spaCy's thinc imports TensorFlow whenever it is installed (Rasa installs it) only to offer it as a
backend; the clinical rules use spaCy's tokenizer and matchers alone. Each command that reads text
(`clinical.knowledge load` and the readers' `build`) spent 15 to 20 s of a start importing it. The action
server refuses it the same way (action_server.py). Never for Rasa's own commands, which need TensorFlow.
"""
import runpy
import sys

sys.modules.setdefault("tensorflow", None)
module, sys.argv = sys.argv[1], sys.argv[1:]
runpy.run_module(module, run_name="__main__", alter_sys=True)
