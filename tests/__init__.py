"""The test suite; a package so that test modules can share tests.conftest (paths to the seeds and data)."""
