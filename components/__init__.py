"""Custom Rasa NLU components (thin wrappers around the `clinical` package)."""
