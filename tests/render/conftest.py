"""Fixtures of the render tests: one headless Debian Chromium per test module, every request blocked."""
from __future__ import annotations

import pytest

from _browser import offline_browser


@pytest.fixture(scope="module")
def browser():
    with offline_browser() as b:
        yield b
