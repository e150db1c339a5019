from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.services.yard_setup import Yard, open_yard


@pytest.fixture
def yard(tmp_path: Path) -> Iterator[Yard]:
    opened = open_yard(tmp_path)
    yield opened
    opened.close()
