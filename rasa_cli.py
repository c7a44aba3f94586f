"""`rasa` (the same command line), with import-time costs of Rasa 3.6 taken out (issue 14).

    python -m rasa_cli run ...      python -m rasa_cli train ...

- TensorFlow 2.12 imports JAX only for TFLite's converter (`tensorflow/lite/python/util.py`, inside a
  `try: ... except ImportError`), and Rasa never converts to TFLite. Refusing the import keeps JAX and
  jaxlib (about 60 MB resident, 3 s) out of the process; TensorFlow itself is unchanged.
- skops (which Rasa's LogisticRegressionClassifier saves and loads with) builds its lists of trusted
  types when first imported, by looking for each NumPy and SciPy function in every loaded module. Imported
  after TensorFlow and Rasa (about 5,500 modules) that took 10 to 16 s; imported first, 1 to 2 s. The lists
  come out the same (checked), so the same files load.
"""
import sys

sys.modules.setdefault("jax", None)

import skops.io  # noqa: E402,F401  (before Rasa and TensorFlow, see above)
from rasa.__main__ import main  # noqa: E402

if __name__ == "__main__":
    main()
