"""Store: SQLAlchemy models from the result model, SQLite by default, PostgreSQL for teams."""
