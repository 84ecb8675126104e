"""Puts measured blocks on pages of a fixed height (Qt-free).

A block is a flow of slices (text lines, table rows, spacers) with heights in points. Rules as
LibreOffice applies them to our .docx: space before a slice is dropped at the top of a page; a
paragraph leaves at least two lines on either side of a page break (widow/orphan control); a
`keep_together` flow (signature block, title) moves to the next page as a whole; a
`keep_with_next` flow (the agreement's signature boxes) also takes the next flow's start along.
"""

from __future__ import annotations

from dataclasses import dataclass

_EPSILON = 0.01  # points: rounding in the sums must not push the last line off a page


@dataclass(frozen=True)
class Slice:
    """The smallest piece that is never parted: a line of text or a table row."""

    height: float
    space_before: float = 0.0


@dataclass(frozen=True)
class Flow:
    """One block's slices, in order, with the rules for parting them."""

    slices: tuple[Slice, ...]
    keep_together: bool = False
    min_lines: int = 1  # 2: widow/orphan control
    new_page: bool = False  # starts on a new page (a page break before it)
    keep_with_next: bool = False  # on the page where the next flow starts (or as a whole)

    @property
    def height(self) -> float:
        return sum(piece.space_before + piece.height for piece in self.slices)

    @property
    def start_height(self) -> float:
        """What must come along with a flow kept with this one: all of it, or its first slice."""
        if self.keep_together:
            return self.height
        return self.slices[0].height if self.slices else 0.0


@dataclass(frozen=True)
class Placement:
    """Slice `slice` of flow `flow` sits `y` points below the top of the type area of `page`."""

    flow: int
    slice: int
    page: int
    y: float


def paginate(flows: tuple[Flow, ...], page_height: float) -> tuple[tuple[Placement, ...], int]:
    """Where every slice goes, and the number of pages (at least one)."""
    paginator = _Paginator(page_height)
    for index, flow in enumerate(flows):
        following = flows[index + 1] if index + 1 < len(flows) else None
        paginator.place(index, flow, following)
    return tuple(paginator.placements), paginator.page + 1


class _Paginator:
    def __init__(self, page_height: float) -> None:
        self.page_height = page_height
        self.page = 0
        self.y = 0.0
        self.empty = True  # nothing on the current page yet
        self.placements: list[Placement] = []

    def place(self, index: int, flow: Flow, following: Flow | None = None) -> None:
        if flow.new_page and (self.page or not self.empty):
            self._next_page()
        if flow.keep_with_next and following is not None and not self.empty:
            needed = flow.height + following.start_height
            if self.y + needed > self.page_height + _EPSILON and needed <= self.page_height:
                self._next_page()
        first, count = 0, len(flow.slices)
        while first < count:
            remaining = count - first
            fitting = self._fitting(flow.slices[first:])
            if fitting < remaining:
                if flow.keep_together and not self.empty:
                    self._next_page()
                    continue
                fitting = self._keep_widows(fitting, remaining, flow.min_lines)
            if fitting == 0:
                if not self.empty:
                    self._next_page()
                    continue
                fitting = max(1, self._fitting(flow.slices[first:]))  # taller than a page
            for number in range(first, first + fitting):
                self._put(index, number, flow.slices[number])
            first += fitting
            if first < count:
                self._next_page()

    def _fitting(self, slices: tuple[Slice, ...]) -> int:
        """How many of `slices` fit below the current position."""
        y, empty = self.y, self.empty
        for count, piece in enumerate(slices):
            y += (0.0 if empty else piece.space_before) + piece.height
            if y > self.page_height + _EPSILON:
                return count
            empty = False
        return len(slices)

    @staticmethod
    def _keep_widows(fitting: int, remaining: int, min_lines: int) -> int:
        """At least `min_lines` on this page and on the next, else none here."""
        if min_lines <= 1:
            return fitting
        fitting = min(fitting, remaining - min_lines)
        return fitting if fitting >= min_lines else 0

    def _put(self, index: int, number: int, piece: Slice) -> None:
        self.y += 0.0 if self.empty else piece.space_before
        self.placements.append(Placement(index, number, self.page, self.y))
        self.y += piece.height
        self.empty = False

    def _next_page(self) -> None:
        self.page += 1
        self.y = 0.0
        self.empty = True
