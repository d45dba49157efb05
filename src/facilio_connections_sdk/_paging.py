"""Auto-paging rules shared by the sync and async iterators."""

from __future__ import annotations

__all__ = ["MAX_PAGES", "clamp_per_page", "is_last_page"]

MAX_PAGES = 10_000
MAX_PER_PAGE = 100


def clamp_per_page(per_page: int) -> int:
    """The server caps ``perPage`` at 100; ask for something in [1, 100]."""
    if isinstance(per_page, bool) or not isinstance(per_page, int):
        raise TypeError(f"per_page must be an int, not {type(per_page).__name__}")
    return min(MAX_PER_PAGE, max(1, per_page))


def is_last_page(
    page: int,
    received: int,
    requested: int,
    echoed_per_page: int | None,
    total_pages: int | None,
) -> bool:
    """Whether paging stops after ``page`` (which held ``received`` items).

    Stops on an empty page, a page shorter than the echoed ``perPage`` (or the requested one),
    ``page >= totalPages``, or the hard cap; ``count`` is never trusted.
    """
    if received == 0:
        return True
    if received < (echoed_per_page or requested):
        return True
    if total_pages is not None and page >= total_pages:
        return True
    return page >= MAX_PAGES
