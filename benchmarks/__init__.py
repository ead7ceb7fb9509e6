"""Benchmarks of the SDK against the embedded simulator over loopback: `python -m benchmarks`.

Every figure is a ratio of variants measured in the same run, interleaved in alternating rounds
(the machines are shared and noisy), except the export's memory growth and the token count.
The simulator runs in its own process so its CPU and memory are not charged to the SDK.
"""
