"""Schema migrations: empty → head equals the models; upgrades keep data and back it up first."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from mediation_desk.db.engine import make_engine
from mediation_desk.db.migrate import MIGRATIONS_DIR, DatabaseTooNewError, head_revision, upgrade
from mediation_desk.db.search_index import include_object
from mediation_desk.db.tables import metadata
from mediation_desk.domain.models import Committee, Mediator
from mediation_desk.services.bootstrap import open_services
from tests.services.conftest import make_draft

EXTRA_REVISION = '''"""test-only: add a column"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mediation_case") as batch:
        batch.add_column(sa.Column("note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("mediation_case") as batch:
        batch.drop_column("note")
'''


def test_migrating_an_empty_database_gives_exactly_the_models(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    engine = make_engine(url)
    assert upgrade(engine, url, tmp_path / "backups") is None  # nothing to back up
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include_object})
        differences = compare_metadata(context, metadata)
    assert differences == []
    engine.dispose()


def test_upgrade_keeps_every_row_and_backs_up_first(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    url = f"sqlite:///{path}"
    services = open_services(url)
    services.committee.save(
        Committee("某某嘎查人民调解委员会", "某某", "150626100"), [Mediator("王芳")]
    )
    for _ in range(3):
        services.cases.register(make_draft(services))
    services.close()

    migrations = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, migrations)
    (migrations / "versions" / "9999_test.py").write_text(
        EXTRA_REVISION.replace("{head}", head_revision())
    )
    engine = make_engine(url)
    backup = upgrade(engine, url, tmp_path / "backups", migrations_dir=migrations)
    engine.dispose()

    assert backup is not None and backup.exists()
    with sqlite3.connect(backup) as old, sqlite3.connect(path) as new:
        assert old.execute("select count(*) from mediation_case").fetchone() == (3,)
        assert new.execute("select count(*) from mediation_case").fetchone() == (3,)
        assert new.execute("select count(*) from party").fetchone() == (6,)
        columns = [row[1] for row in new.execute("pragma table_info(mediation_case)")]
        assert "note" in columns


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    url = f"sqlite:///{path}"
    open_services(url).close()
    with sqlite3.connect(path) as connection:
        connection.execute("update alembic_version set version_num = 'f00dcafe'")
    before = path.read_bytes()
    engine = make_engine(url)
    with pytest.raises(DatabaseTooNewError):
        upgrade(engine, url, tmp_path / "backups")
    engine.dispose()
    assert path.read_bytes() == before


def test_upgrading_a_0001_database_keeps_its_cases_at_the_lowest_risk_level(tmp_path: Path) -> None:
    from alembic import command

    from mediation_desk.db.migrate import _config

    path = tmp_path / "v1.sqlite3"
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "insert into committee (uuid, name, short_name, division_code, case_no_pattern,"
            " address, phone, created_at, updated_at) values ('c', '某某', '某', '150626100',"
            " 'p', '', '', '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
        )
        connection.exec_driver_sql(
            "insert into category (code, name_zh, name_en, sort_order, active)"
            " values ('grassland', '草原', 'Grassland', 1, 1)"
        )
        connection.exec_driver_sql(
            "insert into mediation_case (uuid, committee_id, case_no, year, serial, status,"
            " received_on, source, referral_body, referral_reference, category_code, facts,"
            " requests, place_division_code, place_detail, mediator_selection, parties_display,"
            " mediators_display, created_at, updated_at) values ('k', 1, '第1号', 2025, 1,"
            " 'registered', '2025-03-02', 'party_application', '', '', 'grassland', '草场',"
            " '', '', '', 'committee', '', '', '2025-03-02 00:00:00', '2025-03-02 00:00:00')"
        )
    backup = upgrade(engine, url, tmp_path / "backups")
    engine.dispose()
    assert backup is not None
    with sqlite3.connect(path) as new:
        rows = new.execute("select case_no, risk_level, accepted_on from mediation_case")
        assert rows.fetchall() == [("第1号", "general", None)]
        assert new.execute("select count(*) from case_transition").fetchone() == (0,)
