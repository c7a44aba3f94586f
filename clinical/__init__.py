"""Clinical logic of the back-pain assistant, independent of Rasa.

Red-flag definitions, urgency rules, text understanding, and contact details live here so that
they can be read, reviewed and tested without the dialogue framework.
"""
