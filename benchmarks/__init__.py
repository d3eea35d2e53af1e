"""articlekit's benchmark: scorers (``benchmarks.scoring``), peers and the runner.

Run ``python -m benchmarks.run`` from the repository root; see README.md beside this file.
"""
