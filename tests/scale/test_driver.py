"""The driver without PostgreSQL: a cluster that has no worker is given up on, not waited for forever."""

from __future__ import annotations

import pytest

from quellenlage.scale import ClusterIngest, Settings
from quellenlage.scale.cluster import ClusterError
from tests.ingest.pages import write_warc


def test_a_local_cluster_without_workers_is_given_up_on(tmp_path):
    from distributed import Client, LocalCluster

    write_warc(tmp_path / "crawl.warc.gz")
    with LocalCluster(n_workers=0, processes=False, dashboard_address=None) as cluster, Client(cluster) as client:
        driver = ClusterIngest(client, Settings("postgresql://nobody@127.0.0.1:1/none"), no_workers_timeout=1.0)
        with pytest.raises(ClusterError, match="no Dask worker for 1 s"):
            driver.run([tmp_path])
        assert driver.summary.tasks_total == 1 and driver.summary.tasks_done == 0  # the scan never ran
