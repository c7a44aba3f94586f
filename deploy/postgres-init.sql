-- Two databases for the compose set-up: Rasa's conversations and our own records.
CREATE DATABASE tracker OWNER backcare;
CREATE DATABASE backcare OWNER backcare;
