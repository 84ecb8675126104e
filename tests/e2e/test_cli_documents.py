"""`mediation-desk document`: one document, the whole case file with --all, plain errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediation_desk.cli import main
from tests.services.case_files import committee_with_every_case


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, str]]:
    return committee_with_every_case(tmp_path_factory.mktemp("cli-documents"))


def test_all_writes_the_whole_case_file_of_a_concluded_case(
    database: tuple[str, dict[str, str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, numbers = database
    folder = tmp_path / "卷宗"
    assert (
        main(["--db", url, "document", "--all", numbers["concluded_case"], "--out", str(folder)])
        == 0
    )
    expected = [
        "00-调解卷宗.docx",
        "01-人民调解申请书.docx",
        "02-人民调解受理登记表.docx",
        "03-人民调解当事人权利义务告知书.docx",
        "04-人民调解调查记录.docx",
        "05-人民调解记录.docx",
        "06-人民调解协议书.docx",
        "07-人民调解回访记录.docx",
        "08-司法确认申请书.docx",
    ]
    assert sorted(path.name for path in folder.iterdir()) == expected
    assert all((folder / name).stat().st_size > 10_000 for name in expected)
    assert capsys.readouterr().out.splitlines() == [str(folder / name) for name in expected]


def test_all_holds_the_referral_of_a_diverted_case(
    database: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    url, numbers = database
    assert (
        main(["--db", url, "document", "--all", numbers["diverted_case"], "--out", str(tmp_path)])
        == 0
    )
    assert "03-人民调解分流告知书.docx" in {path.name for path in tmp_path.iterdir()}


def test_a_document_the_case_has_no_record_for_is_one_line(
    database: tuple[str, dict[str, str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, numbers = database
    out = tmp_path / "agreement.docx"
    code = main(["--db", url, "document", "agreement", numbers["diverted_case"], "--out", str(out)])
    error = capsys.readouterr().err
    assert code == 1 and not out.exists()
    assert error.count("\n") == 1 and "no agreement" in error and numbers["diverted_case"] in error


@pytest.mark.parametrize(
    "arguments",
    [
        ["document", "--all", "agreement", "X", "--out", "d"],  # a kind and --all
        ["document", "X", "--out", "d"],  # neither
        ["document", "agreement", "X", "--out", "a.pdf"],  # PDF is not written here
    ],
)
def test_wrong_arguments_are_refused_in_one_line(
    database: tuple[str, dict[str, str]], arguments: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", database[0], *arguments]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_an_unknown_case_number(
    database: tuple[str, dict[str, str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "a.docx")
    assert (
        main(
            ["--db", database[0], "document", "agreement", "（2025）无此人调字第9号", "--out", out]
        )
        == 1
    )
    assert "no case numbered （2025）无此人调字第9号" in capsys.readouterr().err
