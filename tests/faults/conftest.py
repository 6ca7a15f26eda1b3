"""The production layout in miniature (tests/support/cluster.py), shared with tests/scale."""
from __future__ import annotations

from typing import Iterator

import pytest

from tests.support.cluster import Cluster, shared_cluster


@pytest.fixture(scope="session")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    yield from shared_cluster(tmp_path_factory)
