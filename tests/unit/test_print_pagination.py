"""Pages of the Qt print path: widows, orphans, blocks kept together, page breaks (no Qt)."""

from __future__ import annotations

from mediation_desk.printing.pagination import Flow, Slice, paginate

LINE = 10.0
PAGE = 22 * LINE


def _lines(count: int, **rules: object) -> Flow:
    return Flow(tuple(Slice(LINE) for _ in range(count)), **rules)  # type: ignore[arg-type]


def _pages_of(flows: tuple[Flow, ...]) -> list[list[tuple[int, int]]]:
    placements, count = paginate(flows, PAGE)
    pages: list[list[tuple[int, int]]] = [[] for _ in range(count)]
    for placement in placements:
        pages[placement.page].append((placement.flow, placement.slice))
    return pages


def test_22_lines_fill_one_page_and_the_23rd_starts_another() -> None:
    assert len(_pages_of((_lines(22),))) == 1
    assert [len(page) for page in _pages_of((_lines(23),))] == [22, 1]


def test_long_paragraph_flows_over_three_pages() -> None:
    assert [len(page) for page in _pages_of((_lines(50, min_lines=2),))] == [22, 22, 6]


def test_no_single_line_left_at_the_bottom_of_a_page() -> None:
    pages = _pages_of((_lines(21), _lines(3, min_lines=2)))
    assert pages[1] == [(1, 0), (1, 1), (1, 2)]


def test_no_single_line_carried_to_the_next_page() -> None:
    pages = _pages_of((_lines(18), _lines(5, min_lines=2)))
    assert [flow_slice for flow_slice in pages[1]] == [(1, 3), (1, 4)]


def test_signature_block_moves_to_the_next_page_whole() -> None:
    signature = Flow((Slice(LINE, space_before=LINE), Slice(LINE, space_before=LINE)), True)
    placements, count = paginate((_lines(19), signature), PAGE)
    assert count == 2
    moved = [p for p in placements if p.flow == 1]
    assert [p.page for p in moved] == [1, 1]
    assert moved[0].y == 0.0  # space before is dropped at the top of a page
    assert moved[1].y == 2 * LINE


def test_page_break_starts_a_new_page_but_not_at_the_very_start() -> None:
    flows = (_lines(2), Flow((Slice(LINE),), new_page=True), _lines(1))
    assert [len(page) for page in _pages_of(flows)] == [2, 2]
    assert len(_pages_of((Flow((Slice(LINE),), new_page=True),))) == 1


def test_a_row_taller_than_a_page_still_gets_placed() -> None:
    placements, count = paginate((Flow((Slice(PAGE * 1.5),)),), PAGE)
    assert count == 1 and placements[0].y == 0.0


def test_an_empty_document_has_one_page() -> None:
    assert paginate((), PAGE) == ((), 1)


def test_a_table_kept_with_next_goes_over_with_the_signature_block_it_precedes() -> None:
    boxes = _lines(3, keep_together=True, keep_with_next=True)
    signatures = _lines(4, keep_together=True)
    pages = _pages_of((_lines(16), boxes, signatures))  # 16 + 3 fit, 16 + 3 + 4 do not
    assert [flow for flow, _ in pages[1]] == [1, 1, 1, 2, 2, 2, 2]
    pages = _pages_of((_lines(15), boxes, signatures))  # 15 + 3 + 4 = 22 lines: all fit
    assert len(pages) == 1
