"""open_database: creation, pragmas, refusing foreign files, backup before migrating."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from desktop_app.errors import UserError
from desktop_app.store import engine as engine_mod
from desktop_app.store.engine import head_revision, open_database, session_scope
from desktop_app.store.models import Base, Rep

SECOND_REVISION = '''
"""Fake second revision used by the tests."""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("reps") as batch_op:
        batch_op.add_column(sa.Column("email", sa.String(200), nullable=True))


def downgrade():
    with op.batch_alter_table("reps") as batch_op:
        batch_op.drop_column("email")
'''


def test_new_database_has_schema_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = tmp_path / "sub" / "new.sqlite"
    eng = open_database(db)
    try:
        with eng.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            assert version == head_revision()
            stages = conn.execute(
                text("SELECT name, probability FROM pipeline_stages ORDER BY position")
            ).all()
            assert [tuple(s) for s in stages] == [
                ("Lead-in", 10.0),
                ("Qualified", 20.0),
                ("Meeting", 40.0),
                ("Proposal", 60.0),
                ("Negotiation", 80.0),
            ]
            # the migration builds exactly the models' schema
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            with pytest.raises(Exception, match="FOREIGN KEY"):
                conn.execute(
                    text(
                        "INSERT INTO stage_history (deal_id, stage, entered_on) VALUES (99, 'x', '2025-01-01')"
                    )
                )
    finally:
        eng.dispose()


def test_missing_file_without_create_is_user_error(tmp_path: Path) -> None:
    db = tmp_path / "absent.sqlite"
    with pytest.raises(UserError, match="No database at"):
        open_database(db, create=False)
    assert not db.exists()


@pytest.mark.parametrize("content", [b"hello, this is a text file\n" * 10, b"\x00\x01\x02" * 100])
def test_not_sqlite_is_user_error(tmp_path: Path, content: bytes) -> None:
    db = tmp_path / "notes.sqlite"
    db.write_bytes(content)
    with pytest.raises(UserError, match="not a Dealbook database"):
        open_database(db)
    assert db.read_bytes() == content


def test_other_applications_sqlite_is_user_error(tmp_path: Path) -> None:
    db = tmp_path / "other.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="another application"):
        open_database(db)


def test_damaged_sqlite_is_user_error(tmp_path: Path) -> None:
    db = tmp_path / "damaged.sqlite"
    eng = open_database(db)
    eng.dispose()
    data = bytearray(db.read_bytes())
    data[16:] = b"\xff" * (len(data) - 16)
    db.write_bytes(bytes(data))
    with pytest.raises(UserError):
        open_database(db)


def test_zero_byte_file_is_initialised(tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite"
    db.touch()
    eng = open_database(db)
    with eng.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM pipeline_stages")).scalar() == 5
    eng.dispose()


def test_newer_database_is_user_error(tmp_path: Path) -> None:
    db = tmp_path / "newer.sqlite"
    open_database(db).dispose()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = 'zzzz-from-the-future'")
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="newer version of Dealbook"):
        open_database(db)


def _migrations_with_second_revision(tmp_path: Path) -> Path:
    target = tmp_path / "migrations"
    shutil.copytree(
        engine_mod.migrations_dir(), target, ignore=shutil.ignore_patterns("__pycache__")
    )
    (target / "versions" / "9999_fake.py").write_text(SECOND_REVISION.format(head=head_revision()))
    return target


def test_older_database_is_backed_up_then_upgraded_once(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "work.sqlite"
    eng = open_database(db)
    with session_scope(eng) as session:
        session.add(Rep(name="Ada Quinn"))
    eng.dispose()
    old_rev = head_revision()

    fake = _migrations_with_second_revision(tmp_path)
    monkeypatch.setattr(engine_mod, "migrations_dir", lambda: fake)
    assert head_revision() == "9999"

    eng = open_database(db)
    eng.dispose()
    backups = sorted(tmp_path.glob(f"work.backup-before-{old_rev}-*.sqlite"))
    assert len(backups) == 1
    # the copy is the old database, data included, untouched by the upgrade
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == old_rev
    assert conn.execute("SELECT name FROM reps").fetchall() == [("Ada Quinn",)]
    assert "email" not in [r[1] for r in conn.execute("PRAGMA table_info(reps)")]
    conn.close()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999"
    assert "email" in [r[1] for r in conn.execute("PRAGMA table_info(reps)")]
    assert conn.execute("SELECT name FROM reps").fetchall() == [("Ada Quinn",)]
    conn.close()

    # opening the now-current database makes no second copy
    open_database(db).dispose()
    assert len(list(tmp_path.glob("work.backup-before-*.sqlite"))) == 1


def test_current_database_is_not_backed_up(tmp_path: Path) -> None:
    db = tmp_path / "current.sqlite"
    open_database(db).dispose()
    open_database(db).dispose()
    assert [p.name for p in tmp_path.iterdir() if "backup" in p.name] == []


def test_session_scope_commits_and_rolls_back(tmp_path: Path) -> None:
    eng = open_database(tmp_path / "s.sqlite")
    with session_scope(eng) as session:
        session.add(Rep(name="Kept"))
    with pytest.raises(RuntimeError), session_scope(eng) as session:
        session.add(Rep(name="Dropped"))
        session.flush()
        raise RuntimeError("boom")
    with eng.connect() as conn:
        assert [r[0] for r in conn.execute(text("SELECT name FROM reps"))] == ["Kept"]
    eng.dispose()


def test_works_from_any_current_directory(tmp_path: Path, monkeypatch) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    eng = open_database(tmp_path / "cwd.sqlite")
    with eng.connect() as conn:
        assert (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            == head_revision()
        )
    eng.dispose()
    assert list(elsewhere.iterdir()) == []


def test_backup_name(tmp_path: Path) -> None:
    import datetime as dt

    db = tmp_path / "shop.sqlite"
    name = engine_mod.backup_path_for(db, "0001", dt.datetime(2025, 3, 4, 5, 6, 7)).name
    assert name == "shop.backup-before-0001-20250304-050607.sqlite"
    (tmp_path / name).touch()
    again = engine_mod.backup_path_for(db, "0001", dt.datetime(2025, 3, 4, 5, 6, 7)).name
    assert again == "shop.backup-before-0001-20250304-050607-2.sqlite"
