#!/usr/bin/env python3
"""Deployment benchmark: fires N template deploys at Dumont's API and measures the deploy API's latency and the
engine's overhead against the Vast.ai simulator. Used by bench/deploy.sh, which starts the simulator and the server;
standard library only (Python 3.9+).

    VAST_SIM_KEY=... deploy_bench.py --base http://127.0.0.1:PORT --sim-url http://127.0.0.1:SIMPORT --out FILE
                                     [--count 200] [--clients 16] [--slugs a,b] [--no-probe] [--meta KEY=VALUE ...]

Timestamps come from three processes on the same machine and the same (realtime) clock: Dumont's phase times and
events, the simulator's instance log (Java Instants) and this script's time.time().

What is "the app answers": the simulator opens an instance's app listeners (real loopback HTTP servers) the moment
its simulated boot ends, on the first of its 100 ms refresh ticks or API calls after the boot's end, and writes
"<instant> running; ports ..." to the instance's log in the same step, right before it starts the listeners. That
instant is the figure's start. With --probe, this script also GETs every instance's health URL itself (with the
deployment's credentials) every --probe-interval-ms from just before the boot's end, which shows from outside when
the app really answered.
"""

import argparse
import base64
import calendar
import http.client
import json
import math
import os
import re
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

TARGET_DEPLOY_P95_MS = 300.0
TARGET_OVERHEAD_P95_MS = 1000.0

ADMIN_EMAIL = "admin@dumont.local"
ADMIN_PASSWORD = "dumont-admin"
IN_PROGRESS = {"pending", "provisioning", "starting"}
PROBE_LEAD_S = 0.15  # start probing this long before the boot's end

_INSTANT = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?Z$")
_LOG_LINE = re.compile(r"^(\S+Z) (.*)$")
_BOOT = re.compile(r"^boot requested; simulated boot takes (\d+) ms")


def instant(value):
    """A Java Instant (ISO-8601 text such as 2026-05-01T10:00:00.123456Z, or epoch seconds) as epoch seconds."""
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    m = _INSTANT.match(value)
    if not m:
        raise ValueError(f"not an instant: {value!r}")
    whole = calendar.timegm(tuple(int(g) for g in m.groups()[:6]) + (0, 0, 0))
    frac = m.group(7) or ""
    return whole + (int(frac) / 10 ** len(frac) if frac else 0.0)


def percentile(values, p):
    """Nearest-rank percentile: the smallest value with at least p% of the values at or below it."""
    s = sorted(values)
    if not s:
        return None
    return s[max(0, math.ceil(p / 100 * len(s)) - 1)]


def stats(values):
    values = [v for v in values if v is not None]
    if not values:
        return {"n": 0}
    return {
        "n": len(values),
        "min": min(values),
        "p50": percentile(values, 50),
        "p95": percentile(values, 95),
        "p99": percentile(values, 99),
        "max": max(values),
        "mean": sum(values) / len(values),
    }


class Http:
    """JSON over HTTP/1.1 with one keep-alive connection per thread."""

    def __init__(self, base, bearer=None, timeout=30, patient=False):
        u = urllib.parse.urlsplit(base)
        self.host, self.port = u.hostname, u.port
        self.bearer = bearer
        self.timeout = timeout
        self.patient = patient  # wait out 429s (the simulator's rate limit, when it is on)
        self.local = threading.local()

    def _conn(self):
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            self.local.conn = conn
        return conn

    def _drop(self):
        conn = getattr(self.local, "conn", None)
        if conn is not None:
            conn.close()
        self.local.conn = None

    def call(self, method, path, body=None, accept="application/json", retry=None):
        """(status, parsed JSON or text). Retries once on a dropped connection unless the call is a POST."""
        for attempt in range(40 if self.patient else 1):
            status, answer = self._call(method, path, body, accept, retry)
            if status != 429:
                break
            time.sleep(min(2.0, 0.2 * 1.5 ** attempt))
        return status, answer

    def _call(self, method, path, body, accept, retry):
        headers = {"Accept": accept}
        if self.bearer:
            headers["Authorization"] = "Bearer " + self.bearer
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if retry is None:
            retry = method != "POST"
        for attempt in (1, 2):
            conn = self._conn()
            try:
                conn.request(method, path, body=data, headers=headers)
                resp = conn.getresponse()
                raw = resp.read()
                if resp.getheader("Connection", "").lower() == "close":
                    self._drop()
                break
            except (http.client.HTTPException, OSError):
                self._drop()
                if attempt == 2 or not retry:
                    raise
        ctype = resp.getheader("Content-Type", "")
        if "json" in ctype and raw:
            return resp.status, json.loads(raw)
        return resp.status, raw.decode("utf-8", "replace")


def cpu_seconds(pid):
    """User + system CPU time of a process so far, or None."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def provider_calls(api):
    """Dumont's own timer of its provider calls (retries included), from /actuator/prometheus."""
    try:
        status, text = api.call("GET", "/actuator/prometheus", accept="text/plain")
    except OSError:
        return {}
    if status != 200 or not isinstance(text, str):
        return {}
    out = {}
    for line in text.splitlines():
        m = re.match(r"^dumont_provider_calls_seconds_(count|sum)\{([^}]*)\} ([0-9.eE+-]+)$", line)
        if not m:
            continue
        labels = dict(re.findall(r'(\w+)="([^"]*)"', m.group(2)))
        key = f"{labels.get('operation')}/{labels.get('outcome')}"
        out.setdefault(key, {"count": 0.0, "sum_s": 0.0})["count" if m.group(1) == "count" else "sum_s"] += float(
            m.group(3))
    return out


class Bench:
    def __init__(self, args):
        self.args = args
        self.sim_key = os.environ.get("VAST_SIM_KEY", "")
        self.api = None
        self.sim = Http(args.sim_url, bearer=self.sim_key, timeout=10, patient=True)
        self.records = []
        self.lock = threading.Lock()
        self.templates = {}
        self.probers = []
        self.changed = threading.Condition(self.lock)
        self.listings = 0
        self.stopping = False
        self.log_offset = 0

    # --- setup -----------------------------------------------------------------------------------------------

    def login(self):
        anon = Http(self.args.base)
        status, body = anon.call("POST", "/api/v1/auth/login", {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
        if status != 200:
            raise SystemExit(f"login failed: HTTP {status} {body}")
        self.api = Http(self.args.base, bearer=body["access_token"])
        status, listing = self.api.call("GET", "/api/v1/templates")
        if status != 200:
            raise SystemExit(f"GET /api/v1/templates: HTTP {status}")
        for t in listing:
            self.templates[t["slug"]] = t
        # Deploys are spread over USERS accounts (1: all as the admin). One user's deploys serialize on that user's
        # limit check by design; many users' do not.
        self.deployers = [self.api] if self.args.users <= 1 else [self.signup(i) for i in range(self.args.users)]
        missing = [s for s in self.args.slugs if s not in self.templates]
        if missing:
            raise SystemExit(f"no such templates: {', '.join(missing)}")

    def signup(self, i):
        anon = Http(self.args.base)
        email = f"bench-{int(time.time())}-{i}@bench.local"
        status, body = anon.call(
            "POST", "/api/v1/auth/signup", {"email": email, "password": "bench-password-1", "display_name": f"Bench {i}"}
        )
        if status != 201:
            raise SystemExit(f"signup failed: HTTP {status} {body}")
        status, body = anon.call("POST", "/api/v1/auth/login", {"email": email, "password": "bench-password-1"})
        if status != 200:
            raise SystemExit(f"login failed: HTTP {status} {body}")
        return Http(self.args.base, bearer=body["access_token"])

    def health_target(self, slug):
        """(container port, health path) of the template's first port with a health path."""
        for port in self.templates[slug].get("ports") or []:
            if port.get("health_path"):
                return port["port"], port["health_path"]
        return None, None

    # --- the simulator's record of an instance ----------------------------------------------------------------

    def sim_log(self, instance_id):
        """The simulator's log of the instance as (epoch seconds, text) pairs; readable after destruction too."""
        status, body = self.sim.call("PUT", f"/api/v0/instances/request_logs/{instance_id}/", {})
        if status != 200 or not isinstance(body, dict) or not body.get("result_url"):
            return None
        path = urllib.parse.urlsplit(body["result_url"]).path
        status, text = self.sim.call("GET", path, accept="text/plain")
        if status != 200 or not isinstance(text, str):
            return None
        lines = []
        for line in text.splitlines():
            m = _LOG_LINE.match(line)
            if m:
                lines.append((instant(m.group(1)), m.group(2)))
        return lines

    @staticmethod
    def timeline(lines):
        """boot start, boot length (s), nominal boot end and the instant the app's ports opened, from the log."""
        out = {"boot_start": None, "boot_s": None, "boot_end": None, "ports_open": None}
        for at, text in lines or []:
            m = _BOOT.match(text)
            if m and out["boot_start"] is None:
                out["boot_start"] = at
                out["boot_s"] = int(m.group(1)) / 1000
                out["boot_end"] = at + out["boot_s"]
            elif text.startswith("running; ports") and out["ports_open"] is None:
                out["ports_open"] = at
        return out

    # --- deploys ---------------------------------------------------------------------------------------------

    def deploy_all(self):
        plan = [self.args.slugs[i % len(self.args.slugs)] for i in range(self.args.count)]
        next_index = iter(range(len(plan)))
        take = threading.Lock()

        def client():
            while True:
                with take:
                    i = next(next_index, None)
                if i is None:
                    return
                self.deploy_one(i, plan[i])

        threads = [threading.Thread(target=client, name=f"client-{c}") for c in range(self.args.clients)]
        started = time.time()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return started, time.time()

    def deploy_one(self, index, slug):
        rec = {"index": index, "slug": slug}
        sent = time.time()
        t0 = time.perf_counter()
        try:
            deployer = self.deployers[index % len(self.deployers)]
            status, body = deployer.call("POST", f"/api/v1/templates/{slug}/deploy", {})
        except (OSError, http.client.HTTPException) as e:
            status, body = None, str(e)
        rec["deploy_ms"] = (time.perf_counter() - t0) * 1000
        rec["sent"] = sent
        rec["http_status"] = status
        if status == 201 and isinstance(body, dict):
            rec["id"] = body["id"]
            rec["status_at_201"] = body.get("status")
            rec["instance_id_in_201"] = body.get("instance_id") is not None
            rec["instance_id"] = body.get("instance_id")
            rec["credentials"] = body.get("credentials")
        else:
            rec["error"] = body if isinstance(body, str) else json.dumps(body)[:500]
        with self.lock:
            self.records.append(rec)
        if "id" in rec and self.args.probe:
            t = threading.Thread(target=self.probe, args=(rec,), name=f"probe-{index}", daemon=True)
            t.start()
            self.probers.append(t)

    # --- probing the app from outside (optional) -------------------------------------------------------------

    def probe(self, rec):
        try:
            self._probe(rec)
        except Exception as e:  # a probe must not stop the run; its absence shows in the figures
            rec["probe_error"] = f"{type(e).__name__}: {e}"

    def _probe(self, rec):
        interval = self.args.probe_interval_ms / 1000
        # Without instance_id in the 201 (deploy-wait ran out first) the watcher's listing brings it.
        with self.changed:
            self.changed.wait_for(lambda: rec.get("instance_id") is not None or rec.get("seen_status") not in
                                  (None, *IN_PROGRESS) or self.stopping, timeout=self.args.timeout)
        if rec.get("instance_id") is None:
            rec["probe_error"] = f"no instance id (deployment {rec.get('seen_status')})"
            return
        iid = rec["instance_id"]
        tl = self.timeline(self.sim_log(iid))
        if tl["boot_end"] is None:
            rec["probe_error"] = "no boot in the simulator's log"
            return
        container_port, path = self.health_target(rec["slug"])
        headers = {}
        cred = rec.get("credentials") or {}
        if cred.get("scheme") == "basic":
            pair = f"{cred.get('username')}:{cred.get('secret')}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(pair).decode()
        elif cred.get("scheme") == "token":
            headers["Authorization"] = "Bearer " + cred.get("secret", "")
        time.sleep(max(0.0, tl["boot_end"] - PROBE_LEAD_S - time.time()))
        deadline = tl["boot_end"] + 30
        address = None
        polls = 0
        while address is None:
            if time.time() > deadline:
                rec["probe_error"] = "the simulator never published the ports"
                return
            polls += 1
            status, body = self.sim.call("GET", f"/api/v0/instances/{iid}/")
            inst = body.get("instances") if status == 200 and isinstance(body, dict) else None
            ports = (inst or {}).get("ports") or {}
            mapping = ports.get(f"{container_port}/tcp")
            if mapping:
                address = (inst.get("public_ipaddr") or "127.0.0.1", int(mapping[0]["HostPort"]))
            else:
                time.sleep(interval)
        rec["probe_ports_seen"] = time.time()
        rec["probe_sim_polls"] = polls
        attempts = 0
        while True:
            attempts += 1
            sent = time.time()
            ok = False
            try:
                conn = http.client.HTTPConnection(address[0], address[1], timeout=2)
                conn.request("GET", path, headers=headers)
                resp = conn.getresponse()
                resp.read()
                conn.close()
                ok = 200 <= resp.status < 300
                rec["probe_last_http"] = resp.status
            except (OSError, http.client.HTTPException) as e:
                rec["probe_last_http"] = type(e).__name__
            done = time.time()
            if ok:
                rec["probe_ok_sent"] = sent
                rec["probe_ok"] = done
                rec["probe_health_attempts"] = attempts
                return
            rec["probe_last_fail"] = done
            if done > deadline:
                rec["probe_error"] = f"the health path never answered 2xx ({rec.get('probe_last_http')})"
                return
            time.sleep(interval)

    # --- waiting for the engine ------------------------------------------------------------------------------

    def watch(self):
        """Lists the deployments once a second (one request, whatever their number) for everyone to see: the
        instance id of deployments whose 201 came without it, and whether the engine is done with all of them."""
        while not self.stopping:
            try:
                status, listing = self.api.call("GET", "/api/v1/deployments")
            except (OSError, http.client.HTTPException):
                status, listing = None, None
            if status == 200 and isinstance(listing, list):
                by_id = {d["id"]: d for d in listing}
                with self.changed:
                    for rec in self.records:
                        d = by_id.get(rec.get("id"))
                        if d is None:
                            continue
                        rec["seen_status"] = d.get("status")
                        if rec.get("instance_id") is None and d.get("instance_id") is not None:
                            rec["instance_id"] = d["instance_id"]
                            rec["credentials"] = rec.get("credentials") or d.get("credentials")
                    self.listings += 1
                    self.changed.notify_all()
            time.sleep(1.0)

    def wait_until_settled(self, timeout_s):
        """Waits until no deployment is pending/provisioning/starting any more (per the watcher), or the timeout."""
        deadline = time.time() + timeout_s
        with self.changed:
            seen = self.listings
            while True:
                recs = [r for r in self.records if "id" in r]
                if self.listings > seen and all(r.get("seen_status") not in (None, *IN_PROGRESS) for r in recs):
                    return True
                left = deadline - time.time()
                if left <= 0:
                    return False
                self.changed.wait(timeout=min(left, 2.0))

    # --- collecting ------------------------------------------------------------------------------------------

    def collect(self, rec):
        status, d = self.api.call("GET", f"/api/v1/deployments/{rec['id']}")
        if status != 200:
            rec["collect_error"] = f"GET deployment: HTTP {status}"
            return
        rec["final_status"] = d.get("status")
        rec["status_message"] = d.get("status_message")
        rec["instance_id"] = d.get("instance_id")
        rec["gpu_name"] = d.get("gpu_name")
        phases = d.get("phases") or {}
        for key in ("requested", "provisioning", "starting", "running", "failed", "unhealthy"):
            rec[f"phase_{key}"] = instant(phases.get(key))
        status, events = self.api.call("GET", f"/api/v1/deployments/{rec['id']}/events")
        if status == 200 and isinstance(events, list):
            for e in events:
                if e.get("type") == "status" and e.get("status") == "running":
                    rec["event_running"] = instant(e.get("at"))
                    break
            rec["events"] = len(events)
        if rec.get("instance_id"):
            rec.update(self.timeline(self.sim_log(rec["instance_id"])))

    def destroy_all(self, timeout_s=180):
        ids = [r["id"] for r in self.records if "id" in r]
        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(lambda i: self.api.call("DELETE", f"/api/v1/deployments/{i}")[0], ids))
        refused = sum(1 for s in answers if s not in (200, 202))
        deadline = time.time() + timeout_s
        left = len(ids)
        while time.time() < deadline:
            status, listing = self.api.call("GET", "/api/v1/deployments")
            if status == 200:
                left = sum(1 for d in listing if d["status"] not in ("destroyed", "failed"))
                if left == 0:
                    break
            time.sleep(1.0)
        sim_live = None
        status, body = self.sim.call("GET", "/api/v0/instances/")
        if status == 200 and isinstance(body, dict):
            sim_live = len(body.get("instances") or [])
        return {"delete_refused": refused, "not_destroyed": left, "simulator_live_instances": sim_live}

    # --- the run ---------------------------------------------------------------------------------------------

    def run(self):
        a = self.args
        self.login()
        self.log_offset = _log_size(a.server_log)
        calls_before = provider_calls(self.api)
        cpu_before = {"server": cpu_seconds(a.server_pid), "sim": cpu_seconds(a.sim_pid)}
        print(f"[deploy-bench] deploying {a.count} templates ({', '.join(a.slugs)}) with {a.clients} clients",
              file=sys.stderr)
        watcher = threading.Thread(target=self.watch, name="watcher", daemon=True)
        watcher.start()
        started, deployed = self.deploy_all()
        n_ok = sum(1 for r in self.records if r.get("http_status") == 201)
        print(f"[deploy-bench] {n_ok}/{a.count} deploys answered 201 in {deployed - started:.1f} s;"
              " waiting for the engine", file=sys.stderr)
        settled = self.wait_until_settled(a.timeout)
        settled_at = time.time()
        for t in self.probers:
            t.join(timeout=max(0.0, 35 - (time.time() - settled_at)))
        with self.changed:
            self.stopping = True
            self.changed.notify_all()
        watcher.join(timeout=5)
        cpu_after = {"server": cpu_seconds(a.server_pid), "sim": cpu_seconds(a.sim_pid)}
        loadavg_after = open("/proc/loadavg", encoding="ascii").read().split()[:3]
        calls_after = provider_calls(self.api)
        print(f"[deploy-bench] settled after {settled_at - started:.1f} s; collecting", file=sys.stderr)
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(self.collect, [r for r in self.records if "id" in r]))
        print("[deploy-bench] destroying every deployment", file=sys.stderr)
        cleanup = self.destroy_all()
        window = settled_at - started
        cpu = {}
        for name in ("server", "sim"):
            if cpu_before[name] is not None and cpu_after[name] is not None:
                used = cpu_after[name] - cpu_before[name]
                cpu[name] = {"cpu_s": round(used, 2), "cores_busy": round(used / window, 2) if window > 0 else None}
        calls = {}
        for key, after in calls_after.items():
            before = calls_before.get(key, {"count": 0.0, "sum_s": 0.0})
            count = after["count"] - before["count"]
            if count > 0:
                calls[key] = {"count": int(count), "mean_ms": round((after["sum_s"] - before["sum_s"]) / count * 1000, 1)}
        return self.report(started, deployed, settled, settled_at, cpu, loadavg_after, calls, cleanup)

    # --- figures ---------------------------------------------------------------------------------------------

    def report(self, started, deployed, settled, settled_at, cpu, loadavg_after, calls, cleanup):
        a = self.args
        meta = _meta(a.meta)
        recs = sorted(self.records, key=lambda r: r["index"])
        for r in recs:
            ports_open = r.get("ports_open")
            reported = r.get("event_running")
            r["overhead_ms"] = _ms(reported, ports_open)
            r["overhead_stamp_ms"] = _ms(r.get("phase_running"), ports_open)
            r["noticed_ms"] = _ms(r.get("phase_starting"), ports_open)
            r["health_step_ms"] = _ms(reported, r.get("phase_starting"))
            r["pass_ms"] = _ms(reported, r.get("phase_running"))
            r["ports_lag_ms"] = _ms(ports_open, r.get("boot_end"))
            r["order_ms"] = _ms(r.get("boot_start"), r.get("phase_requested"))
            r["e2e_ms"] = _ms(reported, r.get("sent"))
            r["dumont_added_ms"] = None if r["e2e_ms"] is None or r.get("boot_s") is None else \
                r["e2e_ms"] - r["boot_s"] * 1000
            r["probe_vs_log_ms"] = _ms(r.get("probe_ok"), ports_open)
            r["probe_overhead_ms"] = _ms(reported, r.get("probe_ok"))
        ok = [r for r in recs if r.get("http_status") == 201]
        running = [r for r in ok if r.get("final_status") == "running" and r.get("event_running") is not None]
        by_status = {}
        for r in recs:
            key = r.get("final_status") or (f"HTTP {r.get('http_status')}" if r.get("http_status") != 201 else "?")
            by_status[key] = by_status.get(key, 0) + 1
        half = len(recs) // 2
        figures = {
            "deploy_ms": stats([r["deploy_ms"] for r in ok]),
            "deploy_ms_first_half": stats([r["deploy_ms"] for r in ok[:half]]),
            "deploy_ms_second_half": stats([r["deploy_ms"] for r in ok[half:]]),
            "order_ms": stats([r["order_ms"] for r in ok]),
            "boot_ms": stats([r["boot_s"] * 1000 for r in ok if r.get("boot_s") is not None]),
            "ports_lag_ms": stats([r["ports_lag_ms"] for r in ok]),
            "overhead_ms": stats([r["overhead_ms"] for r in running]),
            "overhead_stamp_ms": stats([r["overhead_stamp_ms"] for r in running]),
            "noticed_ms": stats([r["noticed_ms"] for r in running]),
            "health_step_ms": stats([r["health_step_ms"] for r in running]),
            "pass_ms": stats([r["pass_ms"] for r in running]),
            "e2e_ms": stats([r["e2e_ms"] for r in running]),
            "dumont_added_ms": stats([r["dumont_added_ms"] for r in running]),
            "probe_vs_log_ms": stats([r["probe_vs_log_ms"] for r in running]),
            "probe_overhead_ms": stats([r["probe_overhead_ms"] for r in running]),
        }
        deploy_p95 = figures["deploy_ms"].get("p95")
        overhead_p95 = figures["overhead_ms"].get("p95")
        checks = {
            "deploy_p95": deploy_p95 is not None and deploy_p95 < TARGET_DEPLOY_P95_MS,
            "overhead_p95": overhead_p95 is not None and overhead_p95 < TARGET_OVERHEAD_P95_MS,
            "all_running": len(running) == a.count,
        }
        with_id = sum(1 for r in ok if r.get("instance_id_in_201"))
        probe_errors = [r["probe_error"] for r in ok if r.get("probe_error")]
        log_lines = _server_log_counts(a.server_log, self.log_offset)

        w = 100
        print("=" * w)
        print(f"Deployment benchmark  {a.count} × POST /api/v1/templates/{{slug}}/deploy ({', '.join(a.slugs)}),"
              f" {a.clients} clients")
        print(f"simulator: boots lognormal median {meta.get('boot_median_s')} s sigma {meta.get('boot_sigma')}"
              f" (seed {meta.get('sim_seed')}), {meta.get('sim_offers')} offers, no churn, rate limit"
              f" {meta.get('sim_rate_limit')}; deploy-wait {meta.get('deploy_wait')};"
              f" {meta.get('cpus')} CPUs, load before {meta.get('loadavg_before')}, after {' '.join(loadavg_after)}")
        print("-" * w)
        print(f"{'(ms)':44}{'n':>5}{'p50':>9}{'p95':>9}{'p99':>9}{'max':>9}{'min':>9}")
        rows = [
            ("deploy API: POST sent -> 201 read", "deploy_ms"),
            ("  first half of the deploys", "deploy_ms_first_half"),
            ("  second half", "deploy_ms_second_half"),
            ("order: requested -> provider create", "order_ms"),
            ("simulated boot (create -> boot end)", "boot_ms"),
            ("app listening: boot end -> ports open", "ports_lag_ms"),
            ("OVERHEAD: app answers -> Dumont running", "overhead_ms"),
            ("  by phases.running (pass start)", "overhead_stamp_ms"),
            ("  app answers -> engine sees it (starting)", "noticed_ms"),
            ("  starting -> running reported", "health_step_ms"),
            ("  phases.running -> running written", "pass_ms"),
            ("end to end: POST sent -> running", "e2e_ms"),
            ("  minus the simulated boot", "dumont_added_ms"),
        ]
        if a.probe:
            rows += [
                ("probe: first 2xx seen - ports open", "probe_vs_log_ms"),
                ("probe: first 2xx seen -> running", "probe_overhead_ms"),
            ]
        for label, key in rows:
            s = figures[key]
            if not s.get("n"):
                print(f"{label:44}{0:>5}")
                continue
            print(f"{label:44}{s['n']:>5}" + "".join(f"{s[k]:>9.0f}" for k in ("p50", "p95", "p99", "max", "min")))
        print("-" * w)
        print(f"{'figure':44}{'measured':>16}{'target':>14}")
        print(f"{'deploy API p95':44}{_fmt_ms(deploy_p95):>16}{'< 300 ms':>14}   {_verdict(checks['deploy_p95'])}")
        print(f"{'engine overhead p95 (app answers -> running)':44}{_fmt_ms(overhead_p95):>16}{'< 1000 ms':>14}"
              f"   {_verdict(checks['overhead_p95'])}")
        print(f"{'reached running':44}{f'{len(running)}/{a.count}':>16}{'all':>14}   {_verdict(checks['all_running'])}")
        print("-" * w)
        print(f"  final statuses: {', '.join(f'{k} {v}' for k, v in sorted(by_status.items()))}"
              f"{'' if settled else ' (timed out waiting for the rest)'}")
        print(f"  201 answers carrying instance_id: {with_id}/{len(ok)}; deploys took {deployed - started:.1f} s"
              f" ({len(ok) / max(deployed - started, 1e-9):.1f}/s); all settled {settled_at - started:.1f} s after"
              f" the first deploy")
        if cpu:
            print("  CPU used from the first deploy until settled: " + "; ".join(
                f"{k} {v['cpu_s']} s ({v['cores_busy']} cores)" for k, v in cpu.items()))
        if calls:
            print("  provider calls by Dumont meanwhile (count, mean ms incl. retries): " + ", ".join(
                f"{k} {v['count']} ({v['mean_ms']})" for k, v in sorted(calls.items())))
        if log_lines:
            print(f"  server log during the run: {log_lines['warn']} WARN and {log_lines['error']} ERROR lines")
        if probe_errors:
            print(f"  probe problems: {len(probe_errors)} (first: {probe_errors[0]})")
        print(f"  cleanup: {cleanup['delete_refused']} deletes refused, {cleanup['not_destroyed']} deployments not"
              f" destroyed in time, {cleanup['simulator_live_instances']} instances left at the simulator")
        if meta.get("experiment", "").strip():
            print(f"  EXPERIMENT ({meta['experiment'].strip()}): not the product's configuration;"
                  f" server arguments: {meta.get('server_args')}")
        print("=" * w)

        out = {
            "benchmark": "deploy",
            "timestamp": meta.get("timestamp"),
            "config": {"count": a.count, "clients": a.clients, "slugs": a.slugs, "probe": a.probe,
                       "probe_interval_ms": a.probe_interval_ms, **meta},
            "figures": figures,
            "targets": {"deploy_p95_ms": TARGET_DEPLOY_P95_MS, "overhead_p95_ms": TARGET_OVERHEAD_P95_MS},
            "verdicts": {k: _verdict(v) for k, v in checks.items()},
            "final_statuses": by_status,
            "settled": settled,
            "deploy_phase_s": round(deployed - started, 3),
            "settled_after_s": round(settled_at - started, 3),
            "instance_id_in_201": with_id,
            "cpu": cpu,
            "loadavg_after": " ".join(loadavg_after),
            "provider_calls": calls,
            "server_log_lines": log_lines,
            "cleanup": cleanup,
            "deployments": [{k: v for k, v in r.items() if k != "credentials"} for r in recs],
        }
        with open(a.out, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1)
            f.write("\n")
        print(f"figures written to {a.out}")
        refused = len(recs) - len(ok)
        if refused:
            print(f"ERROR: {refused} deploys were not answered 201; see the JSON", file=sys.stderr)
        return 1 if refused or not running else 0


def _ms(later, earlier):
    return None if later is None or earlier is None else (later - earlier) * 1000


def _fmt_ms(v):
    return "n/a" if v is None else f"{v:.0f} ms"


def _verdict(ok):
    return "PASS" if ok else "MISS"


def _meta(pairs):
    meta = {}
    for pair in pairs or []:
        key, _, value = pair.partition("=")
        meta[key] = value
    return meta


def _log_size(path):
    try:
        return os.path.getsize(path) if path else 0
    except OSError:
        return 0


def _server_log_counts(path, offset=0):
    """WARN and ERROR lines the server logged after offset (its startup warnings are not the run's)."""
    if not path:
        return {}
    counts = {"warn": 0, "error": 0}
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            f.seek(offset)
            for line in f:
                if " WARN " in line:
                    counts["warn"] += 1
                elif " ERROR " in line:
                    counts["error"] += 1
    except OSError:
        return {}
    return counts


def main(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--base", required=True, help="Dumont's base URL")
    p.add_argument("--sim-url", required=True, help="the simulator's base URL (its key in VAST_SIM_KEY)")
    p.add_argument("--count", type=int, default=200)
    p.add_argument("--clients", type=int, default=16)
    p.add_argument("--users", type=int, default=1, help="accounts the deploys are spread over (1: the admin)")
    p.add_argument("--slugs", default="jupyter-lab,stable-diffusion,comfy-ui,vllm")
    p.add_argument("--probe", action=argparse.BooleanOptionalAction, default=True)
    p.add_argument("--probe-interval-ms", type=float, default=25)
    p.add_argument("--timeout", type=float, default=420, help="seconds to wait for the engine after the deploys")
    p.add_argument("--server-pid", type=int)
    p.add_argument("--sim-pid", type=int)
    p.add_argument("--server-log")
    p.add_argument("--out", required=True)
    p.add_argument("--meta", action="append", metavar="KEY=VALUE")
    args = p.parse_args(argv)
    args.slugs = [s.strip() for s in args.slugs.split(",") if s.strip()]
    return Bench(args).run()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
