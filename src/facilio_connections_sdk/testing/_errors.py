"""The error answer every part of the emulator raises: a status and an ErrorBody."""

from __future__ import annotations

from typing import Any

__all__ = ["ApiError", "not_found"]


class ApiError(Exception):
    """An error answer: status and ErrorBody."""

    def __init__(self, status: int, error: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.body = {"error": error, "message": message, **extra}


def not_found(what: str, name: str) -> ApiError:
    return ApiError(404, "not_found", f"{what} {name!r} was not found")
