"""Station settings file: defaults, round trip, unknown keys kept, atomic write, corrupt files reported and kept."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dismantler_app.scanning.symbols import Symbology
from dismantler_app.storage.station_settings import (
    IDLE_LOCK_RANGE,
    LANGUAGES,
    RESOLUTIONS,
    SYMBOLOGY_NAMES,
    TEXT_SIZES,
    StationSettings,
    StationSettingsCorrupt,
    load_station_settings,
    parse_station_settings,
    replace_corrupt_settings,
    save_station_settings,
    settings_path,
    settings_to_json,
    validate_station_settings,
    with_changes,
)


def test_a_missing_file_gives_the_defaults(tmp_path: Path) -> None:
    assert load_station_settings(settings_path(tmp_path)) == StationSettings()


def test_saved_settings_load_back_equal(tmp_path: Path) -> None:
    path = settings_path(tmp_path)
    settings = StationSettings(
        station="gate-2",
        camera="rtsp://10.0.0.5/stream",
        resolution=(1920, 1080),
        symbologies=("data_matrix", "qr"),
        use_pyzbar=False,
        scanner_prefix="]C1",
        scanner_suffix="#",
        language="en",
        text_size="larger",
        idle_lock_minutes=12,
        hub_url="https://hub.example.cn",
        hub_user="sh01",
        hub_secret="s3cret",
    )
    save_station_settings(path, settings)
    assert load_station_settings(path) == settings
    assert json.loads(path.read_text(encoding="utf-8"))["station"] == "gate-2"


def test_unknown_keys_written_by_another_version_are_kept(tmp_path: Path) -> None:
    path = settings_path(tmp_path)
    path.write_text(json.dumps({"station": "gate-3", "printer": {"name": "Zebra"}, "future": 7}), encoding="utf-8")
    loaded = load_station_settings(path)
    save_station_settings(path, with_changes(loaded, camera="0"))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["printer"] == {"name": "Zebra"} and data["future"] == 7
    assert data["camera"] == "0" and data["station"] == "gate-3"


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        ("{not json", "Expecting"),
        ("[1, 2]", "JSON object"),
        (json.dumps({"resolution": [640, 480]}), "resolution"),
        (json.dumps({"language": "fr"}), "language"),
        (json.dumps({"idle_lock_minutes": 0}), "idle_lock_minutes"),
        (json.dumps({"symbologies": ["aztec"]}), "symbologies"),
        (json.dumps({"camera": 3}), "camera"),
    ],
)
def test_a_corrupt_file_is_reported_with_what_is_wrong(tmp_path: Path, content: str, detail: str) -> None:
    path = settings_path(tmp_path)
    path.write_text(content, encoding="utf-8")
    with pytest.raises(StationSettingsCorrupt) as caught:
        load_station_settings(path)
    assert detail in caught.value.detail
    assert path.read_text(encoding="utf-8") == content  # reading never replaces it


def test_replacing_a_corrupt_file_keeps_the_damaged_copy(tmp_path: Path) -> None:
    path = settings_path(tmp_path)
    path.write_text("{broken", encoding="utf-8")
    kept = replace_corrupt_settings(path, StationSettings(station="gate-9"))
    assert kept.read_text(encoding="utf-8") == "{broken"
    assert load_station_settings(path).station == "gate-9"


def test_settings_that_would_not_load_again_are_refused_and_the_old_file_stays(tmp_path: Path) -> None:
    path = settings_path(tmp_path)
    save_station_settings(path, StationSettings(station="gate-1"))
    with pytest.raises(ValueError, match="resolution"):
        save_station_settings(path, StationSettings(resolution=(800, 600)))
    assert load_station_settings(path).station == "gate-1"
    assert [p.name for p in tmp_path.iterdir()] == ["station.json"]  # no temporary file left behind


def test_a_failed_write_leaves_the_previous_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = settings_path(tmp_path)
    save_station_settings(path, StationSettings(station="before"))

    def fail(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        save_station_settings(path, StationSettings(station="after"))
    monkeypatch.undo()
    assert load_station_settings(path).station == "before"
    assert [p.name for p in tmp_path.iterdir()] == ["station.json"]


def test_the_symbology_names_are_the_scanning_engines() -> None:
    assert set(SYMBOLOGY_NAMES) == {s.value for s in Symbology} - {Symbology.OTHER.value}


_printable = st.characters(min_codepoint=32, blacklist_categories=("Cs",))
_settings = st.builds(
    StationSettings,
    station=st.text(_printable, min_size=1, max_size=20).filter(lambda s: s.strip() == s and s),
    camera=st.text(_printable, max_size=30).map(str.strip),
    resolution=st.sampled_from(RESOLUTIONS),
    symbologies=st.lists(st.sampled_from(SYMBOLOGY_NAMES), min_size=1, unique=True).map(lambda s: tuple(sorted(s))),
    use_pyzbar=st.booleans(),
    scanner_prefix=st.text(max_size=4),
    scanner_suffix=st.text(max_size=4),
    language=st.sampled_from(LANGUAGES),
    text_size=st.sampled_from(TEXT_SIZES),
    idle_lock_minutes=st.integers(*IDLE_LOCK_RANGE),
    hub_url=st.just("") | st.text(_printable, max_size=30).map(lambda s: ("https://" + s).strip()),
    hub_user=st.text(_printable, max_size=10).map(str.strip),
    hub_secret=st.text(max_size=10),
    extra=st.dictionaries(st.sampled_from(["printer", "x", "later"]), st.integers() | st.text(max_size=5)),
)


@given(_settings)
def test_settings_survive_a_round_trip_through_json(settings: StationSettings) -> None:
    text = json.dumps(settings_to_json(settings), ensure_ascii=False)
    assert parse_station_settings(json.loads(text)) == settings


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda c: st.lists(c) | st.dictionaries(st.text(max_size=12), c),
    )
)
def test_the_parser_accepts_or_names_the_problem_for_any_json(data: object) -> None:
    try:
        parsed = parse_station_settings(data)
    except ValueError as exc:
        assert str(exc)
    else:
        assert parse_station_settings(settings_to_json(parsed)) == parsed


def test_a_file_saved_with_a_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = settings_path(tmp_path)
    body = json.dumps({"station": "门卫-2", "idle_lock_minutes": 12}, ensure_ascii=False)
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))  # what Windows Notepad writes
    loaded = load_station_settings(path)
    assert loaded.station == "门卫-2" and loaded.idle_lock_minutes == 12


@pytest.mark.parametrize("nesting", [100, 100_000])
def test_a_deeply_nested_file_is_reported_not_raised(tmp_path: Path, nesting: int) -> None:
    path = settings_path(tmp_path)
    path.write_text('{"extra": ' + "[" * nesting + "]" * nesting + "}", encoding="utf-8")
    with pytest.raises(StationSettingsCorrupt) as corrupt:
        load_station_settings(path)
    assert "nests deeper" in corrupt.value.detail


@pytest.mark.parametrize("minutes", ["-5", "NaN", "Infinity", "-Infinity", "1e308", "99999999999", "5.0", "0"])
def test_idle_times_out_of_range_are_refused_by_name(tmp_path: Path, minutes: str) -> None:
    path = settings_path(tmp_path)
    path.write_text('{"idle_lock_minutes": ' + minutes + "}", encoding="utf-8")
    with pytest.raises(StationSettingsCorrupt) as corrupt:
        load_station_settings(path)
    detail = corrupt.value.detail
    assert "idle_lock_minutes" in detail or "is not a number this file may hold" in detail


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"station": "x" * 65}, "station"),
        ({"station": "gate\x00"}, "station"),
        ({"scanner_prefix": "x" * 17}, "scanner_prefix"),
        ({"hub_url": "ftp://hub.example"}, "hub_url"),
        ({"hub_user": "u" * 129}, "hub_user"),
        ({"text_size": "huge"}, "text_size"),
        ({"text_size": ""}, "text_size"),
        ({"text_size": 2}, "text_size"),
        ({"text_size": "LARGER"}, "text_size"),
    ],
)
def test_out_of_range_settings_are_refused_by_name(changes: dict, named: str) -> None:
    with pytest.raises(ValueError, match=named):
        parse_station_settings(changes)


def test_a_scanner_suffix_may_be_a_control_character() -> None:
    assert parse_station_settings({"scanner_suffix": "\r", "scanner_prefix": "\x1d"}).scanner_suffix == "\r"


def test_a_huge_file_is_reported_without_reading_it_whole(tmp_path: Path) -> None:
    path = settings_path(tmp_path)
    path.write_bytes(b" " * (2 * 1024 * 1024) + b"{}")
    with pytest.raises(StationSettingsCorrupt, match="larger than"):
        load_station_settings(path)


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=30,
)


@given(st.dictionaries(st.sampled_from([*settings_to_json(StationSettings()), "other"]), _json_values, max_size=8))
def test_parsing_any_json_object_gives_settings_or_a_value_error_naming_why(data: dict) -> None:
    try:
        settings = parse_station_settings(data)
    except ValueError as exc:
        assert str(exc)
    else:
        assert validate_station_settings(settings) == settings


def test_a_file_without_a_text_size_opens_at_normal_and_a_wrong_one_is_reported_by_name(tmp_path: Path) -> None:
    path = settings_path(tmp_path)
    path.write_text(json.dumps({"station": "gate-1"}), encoding="utf-8")  # written before the setting existed
    assert load_station_settings(path).text_size == "normal"
    path.write_text(json.dumps({"station": "gate-1", "text_size": "enormous"}), encoding="utf-8")
    with pytest.raises(StationSettingsCorrupt) as corrupt:
        load_station_settings(path)
    assert "text_size must be one of normal, large, larger" in corrupt.value.detail
