"""The shared office on a PostgreSQL server: roles and grants (``roles``), staff logins
(``staff``), setting up and upgrading the database as its owner (``setup``) and the
notifications of colleagues' changes (``notify``).

Nothing here is used on a SQLite file, which stays one person's database.
"""
