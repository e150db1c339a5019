"""``dismantler hub …`` and ``dismantler sync …`` end to end: head office set up and served over TLS in its own
process from the command line, a yard enrolled, pushed, and synced by stick, all through the commands people run."""

from __future__ import annotations

import json
import re

import pytest

from benchmarks.pg_cluster import cluster
from dismantler_app.cli.main import main
from dismantler_app.hub.database import migration_scripts
from dismantler_app.sync.bundle import receipt_path_for
from tests.hub.servers import ProcessHub
from tests.hub.tls import make_tls_files
from tests.services.certified_yard import OWNER, open_certified_yard
from tests.sync.yards import hub_rows


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


def test_head_office_and_a_yard_sync_through_the_commands(tmp_path, capsys):
    dsn = cluster().new_database()
    assert main(["hub", "init", "--db", dsn]) == 0
    assert f"schema at version {len(migration_scripts())}" in capsys.readouterr().out
    assert main(["hub", "init", "--db", dsn]) == 0  # running it again changes nothing
    capsys.readouterr()
    ca, cert, key = make_tls_files(tmp_path)
    hub = ProcessHub(dsn, tls=(ca, cert, key))
    yard = open_certified_yard(tmp_path / "yard")
    data = ["--data-dir", str(tmp_path / "yard")]
    try:
        yard.certify(1)
        assert main(["hub", "enrol-yard", "North", "--db", dsn]) == 0
        token = capsys.readouterr().out.strip()
        assert main([*data, "sync", "enrol", token, "--hub", hub.url, "--hub-ca", str(ca)]) == 0
        assert "enrolled at head office as North" in capsys.readouterr().out

        assert main([*data, "sync", "status", "--json"]) == 0
        status = _json(capsys)
        assert status["enrolled"] and status["hub_url"] == hub.url and status["pending"] > 0
        assert status["hub_ca_path"] == str(ca.resolve())

        # Head office's certificate is signed by a private CA: another CA is refused, nothing is lost...
        (tmp_path / "elsewhere").mkdir()
        other_ca, _, _ = make_tls_files(tmp_path / "elsewhere")
        assert main([*data, "sync", "push", "--hub-ca", str(other_ca)]) == 3
        assert "Nothing was lost" in capsys.readouterr().out
        # ...and the CA given at enrolment is used without any flag.
        assert main([*data, "sync", "push", "--json"]) == 0
        pushed = _json(capsys)
        assert pushed["status"]["pending"] == 0 and pushed["events_delivered"] == status["pending"]
        assert hub_rows(dsn, "SELECT data->>'owner_id_number' AS id FROM owners") == [{"id": OWNER.id_number}]

        yard.certify(2)
        stick = tmp_path / "stick.dmb"
        assert main([*data, "sync", "export", str(stick)]) == 0
        exported = int(capsys.readouterr().out.split()[1])
        assert main([*data, "sync", "status", "--json"]) == 0
        assert _json(capsys)["exported"] == exported > 0

        assert main(["hub", "import", str(stick), "--db", dsn, "--json"]) == 0
        assert _json(capsys)["receipt_path"] == str(receipt_path_for(stick))
        assert main([*data, "sync", "import-receipt", str(receipt_path_for(stick)), "--json"]) == 0
        assert _json(capsys)["events_delivered"] == exported
        assert main([*data, "sync", "status", "--json"]) == 0
        final = _json(capsys)
        assert final["pending"] == 0 and final["open_problems"] == 0
        assert hub_rows(dsn, "SELECT count(*) AS n FROM events")[0]["n"] == final["delivered"]
        assert len(hub_rows(dsn, "SELECT 1 FROM certificates")) == 2
    finally:
        yard.close()
        hub.stop()


def test_hub_commands_say_what_to_do_with_bad_options(tmp_path, capsys):
    assert main(["hub", "init", "--db", "sqlite:///x.db"]) == 2
    assert "postgresql://" in capsys.readouterr().err
    dsn = cluster().new_database()
    assert main(["hub", "serve", "--db", dsn, "--tls-cert", str(tmp_path / "c.pem")]) == 2
    assert "both --tls-cert and --tls-key" in capsys.readouterr().err
    assert main(["hub", "init", "--db", dsn]) == 0
    assert main(["hub", "enrol-yard", " ", "--db", dsn]) == 2
    assert "give the yard a name" in capsys.readouterr().err


def test_an_enrolment_token_can_always_be_given_as_the_command_argument(tmp_path, capsys):
    # A URL-safe token began with '-' one time in 64, and 'sync enrol -xyz…' took it for an option.
    dsn = cluster().new_database()
    assert main(["hub", "init", "--db", dsn]) == 0
    capsys.readouterr()
    for n in range(20):
        assert main(["hub", "enrol-yard", f"Yard {n}", "--db", dsn]) == 0
        token = capsys.readouterr().out.strip()
        assert re.fullmatch(r"[0-9a-f]{32}", token), token


@pytest.mark.parametrize("command", [["sync", "push"], ["sync", "export", "stick.dmb"]])
def test_sync_commands_refuse_before_enrolment(tmp_path, capsys, command):
    yard = open_certified_yard(tmp_path / "yard")
    yard.close()
    argv = [*command[:-1], str(tmp_path / command[-1])] if command[-1].endswith(".dmb") else command
    code = main(["--data-dir", str(tmp_path / "yard"), *argv])
    assert code == 2
    assert "enrol" in capsys.readouterr().err
