#!/usr/bin/env python3
"""Parses wrk --latency output and prints the catalog benchmark's summary (and writes it as JSON).

Used by bench/catalog.sh; standard library only.

    wrk_report.py parse WRK_OUTPUT          -> one JSON object on stdout (rps, p50_ms, p99_ms, errors)
    wrk_report.py report --dumont F --nginx F --out FILE [--meta KEY=VALUE ...]
"""

import argparse
import json
import re
import sys

# wrk prints durations with these units (see format_time in wrk's stats code).
_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
_DURATION = re.compile(r"^([0-9]+(?:\.[0-9]+)?)(us|ms|s|m|h)$")
_COUNT = re.compile(r"^([0-9]+(?:\.[0-9]+)?)([kMGT]?)$")
_SCALE = {"": 1, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12}

TARGET_P99_MS = 10.0
TARGET_RATIO = 0.5
TARGET_STARTUP_MS = 5000
TARGET_RSS_MB = 400


def to_ms(text):
    m = _DURATION.match(text.strip())
    if not m:
        raise ValueError(f"not a wrk duration: {text!r}")
    return float(m.group(1)) * _UNITS_MS[m.group(2)]


def to_count(text):
    m = _COUNT.match(text.strip())
    if not m:
        raise ValueError(f"not a wrk count: {text!r}")
    return float(m.group(1)) * _SCALE[m.group(2)]


def parse(text):
    """Reads wrk's output: latency percentiles, Requests/sec, totals and errors."""
    result = {"rps": None, "p50_ms": None, "p75_ms": None, "p90_ms": None, "p99_ms": None,
              "requests": None, "non_2xx_3xx": 0, "socket_errors": 0}
    in_distribution = False
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("Latency Distribution"):
            in_distribution = True
            continue
        if in_distribution:
            m = re.match(r"^(50|75|90|99)(?:\.0+)?%\s+(\S+)$", line)
            if m:
                result[f"p{m.group(1)}_ms"] = to_ms(m.group(2))
                continue
            in_distribution = False
        m = re.match(r"^Requests/sec:\s+([0-9.]+)", line)
        if m:
            result["rps"] = float(m.group(1))
            continue
        m = re.match(r"^([0-9]+) requests in ", line)
        if m:
            result["requests"] = int(m.group(1))
            continue
        m = re.match(r"^Non-2xx or 3xx responses:\s+([0-9]+)", line)
        if m:
            result["non_2xx_3xx"] = int(m.group(1))
            continue
        m = re.match(r"^RAW_LATENCY (samples=.*)$", line)
        if m:
            raw = dict(kv.split("=", 1) for kv in m.group(1).split())
            for key in ("p50", "p75", "p90", "p99", "p999", "max"):
                result[f"raw_{key}_ms"] = int(raw[f"{key}_us"]) / 1000
            result["raw_mean_ms"] = float(raw["mean_us"]) / 1000
            result["raw_samples"] = int(raw["samples"])
            result["wrk_correction_interval_ms"] = int(raw["interval_us"]) / 1000
            continue
        m = re.match(r"^Socket errors:\s+(.*)$", line)
        if m:
            result["socket_errors"] = sum(int(n) for n in re.findall(r"[0-9]+", m.group(1)))
    missing = [k for k in ("rps", "p50_ms", "p99_ms", "requests") if result[k] is None]
    if missing:
        raise ValueError(f"wrk output lacks {', '.join(missing)} (was --latency given?)")
    return result


def _verdict(ok):
    return "PASS" if ok else "MISS"


def _meta(pairs):
    meta = {}
    for pair in pairs or []:
        key, _, value = pair.partition("=")
        try:
            meta[key] = int(value)
        except ValueError:
            try:
                meta[key] = float(value)
            except ValueError:
                meta[key] = value
    return meta


def report(args):
    with open(args.dumont, encoding="utf-8") as f:
        dumont_text = f.read()
    with open(args.nginx, encoding="utf-8") as f:
        nginx_text = f.read()
    dumont = parse(dumont_text)
    nginx = parse(nginx_text)
    meta = _meta(args.meta)
    ratio = dumont["rps"] / nginx["rps"] if nginx["rps"] else 0.0
    startup_ms = meta.get("startup_ms")
    rss_mb = meta["rss_kb"] / 1024 if "rss_kb" in meta else None
    hwm_mb = meta["hwm_kb"] / 1024 if "hwm_kb" in meta else None
    clean = all(r["non_2xx_3xx"] == 0 for r in (dumont, nginx))
    socket_errors = sum(r["socket_errors"] for r in (dumont, nginx))
    tck = meta.get("clk_tck", 100)
    for name, r in (("dumont", dumont), ("nginx", nginx)):
        ticks = meta.get(f"{name}_cpu_ticks")
        # Server-side CPU time per answered request: less sensitive to other load on the machine than rps.
        r["cpu_us_per_request"] = round(ticks * 1e6 / tck / r["requests"], 1) if ticks is not None else None

    checks = {
        "p99": dumont["p99_ms"] < TARGET_P99_MS,
        "ratio": ratio >= TARGET_RATIO,
        "startup": startup_ms is not None and startup_ms < TARGET_STARTUP_MS,
        "rss": rss_mb is not None and rss_mb < TARGET_RSS_MB,
    }

    w = 78
    print("=" * w)
    print(f"Catalog benchmark  GET /api/v1/templates  ({meta.get('body_bytes', '?')} B JSON, identity encoding)")
    print(f"wrk -t{meta.get('threads')} -c{meta.get('connections')} -d{meta.get('duration_s')}s --latency"
          f" after {meta.get('warmup_s')}s (nginx {meta.get('nginx_warmup_s')}s) of warm-up; {meta.get('cpus')} CPUs,"
          f" load average before the run {meta.get('loadavg_before')}")
    print("-" * w)
    print(f"{'':14}{'req/s':>9}{'p50 ms':>8}{'p90 ms':>8}{'p99 ms':>8}{'raw p50':>9}{'raw p99':>9}"
          f"{'CPU us/req':>11}{'non-2xx':>8}{'sock err':>9}")
    for name, r in (("Dumont", dumont), ("nginx static", nginx)):
        cpu = r["cpu_us_per_request"]
        cpu_text = f"{cpu:.1f}" if cpu is not None else "n/a"
        raw50 = f"{r['raw_p50_ms']:.2f}" if "raw_p50_ms" in r else "n/a"
        raw99 = f"{r['raw_p99_ms']:.2f}" if "raw_p99_ms" in r else "n/a"
        print(f"{name:14}{r['rps']:>9.0f}{r['p50_ms']:>8.2f}{r['p90_ms'] or 0:>8.2f}{r['p99_ms']:>8.2f}"
              f"{raw50:>9}{raw99:>9}{cpu_text:>11}{r['non_2xx_3xx']:>8}{r['socket_errors']:>9}")
    print("  p50..p99: wrk's figures (coordinated-omission corrected); raw: the responses wrk timed")
    print("-" * w)
    print(f"{'figure':34}{'measured':>16}{'target':>14}{'':>4}")
    print(f"{'Dumont p99 latency':34}{dumont['p99_ms']:>13.3f} ms{'< 10 ms':>14}   {_verdict(checks['p99'])}")
    if "raw_p99_ms" in dumont:
        raw_ok = dumont["raw_p99_ms"] < TARGET_P99_MS
        print(f"{'  (raw p99, for information)':34}{dumont['raw_p99_ms']:>13.3f} ms{'< 10 ms':>14}  ({_verdict(raw_ok)})")
    print(f"{'Dumont rps / nginx rps':34}{ratio:>16.3f}{'>= 0.5':>14}   {_verdict(checks['ratio'])}")
    startup_text = f"{startup_ms} ms" if startup_ms is not None else "n/a"
    print(f"{'start to first healthy answer':34}{startup_text:>16}{'< 5000 ms':>14}   {_verdict(checks['startup'])}")
    rss_text = f"{rss_mb:.1f} MB" if rss_mb is not None else "n/a"
    print(f"{'server RSS after the load':34}{rss_text:>16}{'< 400 MB':>14}   {_verdict(checks['rss'])}")
    print("-" * w)
    if "startup_cpu_ms" in meta:
        print(f"  the server had used {meta['startup_cpu_ms']} ms of CPU (user+system, all threads) when first healthy")
    if "ready_ms" in meta:
        print(f"  readiness UP and catalog non-empty after {meta['ready_ms']} ms")
    if meta.get("started_in_s") is not None:
        print(f"  server log: Started DumontApplication in {meta.get('started_in_s')} s"
              f" (process running for {meta.get('process_running_s')} s)")
    if hwm_mb is not None:
        print(f"  peak RSS (VmHWM) {hwm_mb:.1f} MB; of the RSS, anonymous {meta.get('rss_anon_kb', 0) / 1024:.1f} MB"
              f" and file-backed {meta.get('rss_file_kb', 0) / 1024:.1f} MB; {meta.get('java_version')}")
    print(f"  JVM ergonomics: {meta.get('jvm_flags', '')}")
    if meta.get("java_opts") or meta.get("server_args") or meta.get("custom_jar"):
        print(f"  EXPERIMENT: JAVA_OPTS='{meta.get('java_opts') or ''}' SERVER_ARGS='{meta.get('server_args') or ''}'"
              f" SERVER_JAR='{meta.get('custom_jar') or ''}' (not the default configuration the targets refer to)")
    for name, r in (("Dumont", dumont), ("nginx", nginx)):
        if "raw_samples" in r and r["raw_samples"] != r["requests"]:
            print(f"  note: {name}: undoing wrk's correction gave {r['raw_samples']} samples for {r['requests']} requests;"
                  " the raw percentiles are approximate")
    if socket_errors:
        print(f"  note: wrk counted {socket_errors} socket errors (connect/read/write/timeout; see wrk_output in the JSON)")
    if not clean:
        print("  ERROR: wrk saw non-2xx/3xx responses; the figures do not measure the catalog")
    print("=" * w)

    out = {
        "benchmark": "catalog",
        "timestamp": meta.get("timestamp"),
        "endpoint": "GET /api/v1/templates",
        "body_bytes": meta.get("body_bytes"),
        "load": {k: meta.get(k) for k in ("threads", "connections", "duration_s", "warmup_s", "nginx_warmup_s")},
        "server_jar": {"sha256_prefix": meta.get("jar_sha256"), "built": meta.get("jar_built")},
        "machine": {"cpus": meta.get("cpus"), "loadavg_before": meta.get("loadavg_before"),
                    "java_version": meta.get("java_version"), "jvm_flags": meta.get("jvm_flags"),
                    "wrk": meta.get("wrk_version"), "nginx": meta.get("nginx_version")},
        "java_opts": meta.get("java_opts") or "",
        "server_args": meta.get("server_args") or "",
        "custom_jar": meta.get("custom_jar") or "",
        "dumont": dumont,
        "nginx": nginx,
        "ratio": round(ratio, 4),
        "startup_ms": startup_ms,
        "startup_cpu_ms": meta.get("startup_cpu_ms"),
        "ready_ms": meta.get("ready_ms"),
        "started_in_s": meta.get("started_in_s"),
        "process_running_s": meta.get("process_running_s"),
        "rss_mb": round(rss_mb, 1) if rss_mb is not None else None,
        "peak_rss_mb": round(hwm_mb, 1) if hwm_mb is not None else None,
        "rss_anon_mb": round(meta["rss_anon_kb"] / 1024, 1) if "rss_anon_kb" in meta else None,
        "rss_file_mb": round(meta["rss_file_kb"] / 1024, 1) if "rss_file_kb" in meta else None,
        "targets": {"p99_ms": TARGET_P99_MS, "ratio": TARGET_RATIO,
                    "startup_ms": TARGET_STARTUP_MS, "rss_mb": TARGET_RSS_MB},
        "verdicts": {k: _verdict(v) for k, v in checks.items()},
        "clean": clean,
        "wrk_output": {"dumont": dumont_text, "nginx": nginx_text},
    }
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2)
        f.write("\n")
    print(f"figures written to {args.out}")
    return 0 if clean else 1


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse")
    p.add_argument("file")
    r = sub.add_parser("report")
    r.add_argument("--dumont", required=True)
    r.add_argument("--nginx", required=True)
    r.add_argument("--out", required=True)
    r.add_argument("--meta", action="append", metavar="KEY=VALUE")
    args = parser.parse_args(argv)
    if args.command == "parse":
        with open(args.file, encoding="utf-8") as f:
            print(json.dumps(parse(f.read())))
        return 0
    return report(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
