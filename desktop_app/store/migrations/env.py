"""Alembic environment for Dealbook, run programmatically by ``desktop_app.store.engine``.

The caller passes an open SQLAlchemy connection in ``config.attributes["connection"]``;
there is no ``alembic.ini`` and nothing depends on the current directory, so migrations run
the same from a source tree, an installed wheel or a frozen app. SQLite needs batch mode
(``render_as_batch``) for ALTER TABLE operations.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from desktop_app.store.models import Base

config = context.config
target_metadata = Base.metadata


def _configure_and_run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run with the caller's connection, or open one on ``sqlalchemy.url``."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("alembic.ini names no sqlalchemy.url and no connection was given")
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            _configure_and_run(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
