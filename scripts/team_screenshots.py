"""Screenshots of the team database's window, for docs/screenshots/ (and docs/team.md).

    eval "$(bash scripts/pg_test_server.sh start)"
    xvfb-run -a -s "-screen 0 1920x1080x24" python scripts/team_screenshots.py \\
        --lang zh_CN --size 1024x700
    bash scripts/pg_test_server.sh stop "$DEALBOOK_TEST_PG_DIR"

Needs a PostgreSQL server whose admin URL is in DEALBOOK_TEST_PG_URL (the test server will
do). The demo company is moved into a new database on it (``team push``), a manager and a
rep login are made, and the real window connects as the rep. Saved in
``docs/screenshots/<en|zh-CN>/<W>x<H>/``: ``team-connect`` (File ▸ Connect to team
database…), ``team-window`` (the dashboard as the rep, title and status bar saying where and
who), ``team-refused`` and ``team-refused-form`` (the rep saving another rep's deal), ``team-conflict`` (two people
saving one deal) and ``team-away`` (the server gone: the banner). The database is dropped
at the end.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

LANGS = {"en": "en", "zh_CN": "zh-CN"}
OUT = ROOT / "docs" / "screenshots"
PASSWORD = "screenshot-password"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=sorted(LANGS), required=True)
    parser.add_argument("--size", default="1024x700")
    args = parser.parse_args()
    admin = os.environ.get("DEALBOOK_TEST_PG_URL")
    if not admin:
        raise SystemExit("DEALBOOK_TEST_PG_URL is unset: start scripts/pg_test_server.sh first")
    home = Path(tempfile.mkdtemp(prefix="dealbook-team-shots-"))
    os.environ["DEALBOOK_HOME"] = str(home)
    os.environ["DEALBOOK_LANGUAGE"] = args.lang
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    width, height = (int(v) for v in args.size.split("x"))
    folder = OUT / LANGS[args.lang] / args.size
    folder.mkdir(parents=True, exist_ok=True)
    import psycopg

    from tests.pg_fixtures import database_url, drop_database

    name = f"dealbook_{uuid.uuid4().hex[:4]}"  # short, as a real team database's name
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    db_url = database_url(admin, name)
    try:
        return shoot(home, admin, db_url, width, height, folder)
    finally:
        drop_database(admin, db_url)


def prepare(home: Path, admin: str, db_url: str) -> tuple[str, str, int, int]:
    """The demo company in a new team database; (manager URL, rep URL, a deal of another
    rep, a deal of the rep)."""
    from sqlalchemy import make_url

    from desktop_app.store.demo import generate_demo
    from desktop_app.store.engine import open_database
    from desktop_app.store.location import with_password
    from desktop_app.store.team_admin import add_user, init_team
    from desktop_app.store.team_push import push_workspace

    demo = home / "demo.sqlite"
    engine = open_database(demo)
    generate_demo(engine, deals=1500, seed=7)
    engine.dispose()
    push_workspace(demo, db_url)
    init_team(db_url)
    engine = open_database(db_url)
    with engine.connect() as conn:
        reps = [str(r[0]) for r in conn.exec_driver_sql("SELECT name FROM reps ORDER BY id")]
        mine = conn.exec_driver_sql(
            "SELECT d.id FROM deals d JOIN reps r ON r.id = d.owner_id "
            "WHERE r.name = %(n)s AND d.status = 'open' ORDER BY d.id LIMIT 1",
            {"n": reps[1]},
        ).scalar_one()
        other = conn.exec_driver_sql(
            "SELECT d.id FROM deals d JOIN reps r ON r.id = d.owner_id "
            "WHERE r.name = %(n)s AND d.status = 'open' ORDER BY d.id LIMIT 1",
            {"n": reps[0]},
        ).scalar_one()
    engine.dispose()
    suffix = uuid.uuid4().hex[:4]
    logins = (f"anna_{suffix}", f"ben_{suffix}")
    add_user(db_url, logins[0], "manager", reps[0], password=PASSWORD)
    add_user(db_url, logins[1], "rep", reps[1], password=PASSWORD)
    urls = [
        with_password(
            make_url(db_url).set(username=login).render_as_string(hide_password=False),
            PASSWORD,
        )
        for login in logins
    ]
    return urls[0], urls[1], int(other), int(mine)


def shoot(home: Path, admin: str, db_url: str, width: int, height: int, folder: Path) -> int:
    from _qt_wait import pump, wait_until
    from PySide6.QtCore import QSettings

    from desktop_app.ui.launch import make_application
    from desktop_app.ui.tasks import wait_for_all

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home))
    app = make_application()
    manager_url, rep_url, other_deal, own_deal = prepare(home, admin, db_url)

    def save(widget, name: str) -> None:  # noqa: ANN001
        path = folder / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not save {path}")
        print(f"saved {path}")

    from desktop_app.store import repository as repo
    from desktop_app.store.engine import open_database
    from desktop_app.ui.forms.dialog import RecordDialog
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.team_dialog import ConnectDialog
    from desktop_app.ui.team_secrets import parse_url, remember_connection

    # the connect dialog, as the rep fills it in (the password is shown as dots)
    connection, password = parse_url(rep_url)
    remember_connection(connection)
    dialog = ConnectDialog()
    dialog.fill(connection, password)
    dialog.show()
    pump(0.8)
    save(dialog, "team-connect")
    dialog.close()

    window = MainWindow(rep_url)
    window.resize(width, height)
    window.show()
    ready: list[int] = []
    window.ready.connect(lambda: ready.append(1))
    window.start()
    wait_until(lambda: bool(ready), "the team database", timeout=300)
    wait_until(lambda: window.context.dataset() is not None, "the data", timeout=120)
    wait_until(lambda: window.team_identity is not None, "who the window is", timeout=60)
    window.show_page("dashboard")
    pump(2.0)
    wait_for_all(60000)
    pump(0.5)
    save(window, "team-window")

    # the rep saves a deal of another rep: the server refuses, the form keeps the text
    form = RecordDialog(window.context, "deals", other_deal, window)
    form.show()
    form.fields["amount"].setText("99,000")
    form.save()
    wait_until(lambda: getattr(form, "refusal_box", None) is not None, "the refusal")
    pump(0.8)
    save(form.refusal_box, "team-refused")
    save(form, "team-refused-form")
    form.refusal_box.accept()
    form.close()

    # two people save one deal: the second save shows theirs beside yours
    form = RecordDialog(window.context, "deals", own_deal, window)
    form.show()
    form.fields["amount"].setText("12,000")
    engine = open_database(manager_url)
    start = repo.get_record(engine, "deals", own_deal)
    assert start is not None
    repo.update_record(
        engine,
        "deals",
        own_deal,
        {"amount": float(start["amount"] or 0) + 2500},
        started_from=start,
    )
    engine.dispose()
    form.save()
    wait_until(lambda: getattr(form, "conflict_dialog", None) is not None, "the conflict")
    pump(0.8)
    save(form.conflict_dialog, "team-conflict")
    form.conflict_dialog.keep_button.click()
    form.close()

    # the server away: new sessions refused, the window's sessions ended
    import psycopg

    from desktop_app.store.location import describe, libpq_url

    name = describe(db_url)[0]
    with psycopg.connect(libpq_url(admin), autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
            "AND pid <> pg_backend_pid()",
            (name,),
        )
    try:
        wait_until(window.team_banner.isVisible, "the banner", timeout=30)
        pump(0.8)
        save(window, "team-away")
    finally:
        with psycopg.connect(libpq_url(admin), autocommit=True) as conn:
            conn.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    wait_until(lambda: not window.team_banner.isVisible(), "the reconnection", timeout=30)
    wait_for_all(60000)
    window.close()
    wait_for_all(30000)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
