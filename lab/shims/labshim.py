#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The steward-lab shims: docker (compose), docker-compose, systemctl, journalctl, df, lsblk, lvs.

One program, dispatched on the name it is called by (the lab's bin/ holds symlinks to it). Each shim
answers like the real tool (see lab/README.md for the source of truth of each format) from the lab's
state directory ($STEWARD_LAB_DIR). Internal entry points: --lab-init DIR, --lab-schema DIR,
--lab-datadir DIR, --run-unit UNIT.
"""

import datetime as dt
import glob
import hashlib
import json
import math
import os
import re
import subprocess
import sys
import time

HOST = "lab"
BOOT_ID = "5f0c3c5e0a7e4d2e9a3d1c2b4a5f6e7d"


def lab_dir():
    d = os.environ.get("STEWARD_LAB_DIR")
    if d:
        return d
    return os.path.dirname(os.path.dirname(os.path.realpath(__file__)))


LAB = lab_dir()


def load_env():
    env = {}
    try:
        with open(os.path.join(LAB, "lab.env")) as f:
            for line in f:
                if "=" in line:
                    k, v = line.rstrip("\n").split("=", 1)
                    env[k] = v
    except OSError:
        pass
    return env


ENV = load_env()


def fault(name):
    return os.path.exists(os.path.join(LAB, "faults", name))


def out(s=""):
    sys.stdout.write(s + "\n")


def err(s=""):
    sys.stderr.write(s + "\n")


def now():
    return time.time()


class UsageError(Exception):
    pass


class GnuOptions:
    """Arguments as GNU getopt_long() reads them, as the real tools do: short options combined
    (`-xeu UNIT`, `-fu UNIT`, `-hT`), an option's argument attached or in the next word (`-n50`,
    `-n 50`, `--lines=50`, `--lines 50`), optional arguments attached only, long options by a unique
    prefix, operands anywhere (GNU permutes) and `--` ending the options. spec: (short, long, kind)
    with kind "n" (no argument), "r" (required) or "o" (optional). Yields (long name or short letter,
    value); operands are collected in .operands. Errors raise UsageError with getopt's message."""

    def __init__(self, prog, args, spec):
        self.prog, self.args, self.i, self.operands = prog, list(args), 0, []
        self.short = {s: (l or s, k) for s, l, k in spec if s}
        self.long = {l: k for s, l, k in spec if l}

    def peek(self):
        return self.args[self.i] if self.i < len(self.args) else None

    def take(self):
        self.i += 1
        return self.args[self.i - 1]

    def __iter__(self):
        while self.i < len(self.args):
            a = self.take()
            if a == "--":
                self.operands += self.args[self.i:]
                self.i = len(self.args)
            elif a.startswith("--"):
                yield self._long(a)
            elif a.startswith("-") and a != "-":
                j = 1
                while j < len(a):
                    c = a[j]
                    if c not in self.short:
                        raise UsageError("%s: invalid option -- '%s'" % (self.prog, c))
                    name, kind = self.short[c]
                    rest = a[j + 1:]
                    if kind == "n":
                        yield name, None
                        j += 1
                        continue
                    if rest:
                        yield name, rest
                    elif kind == "r":
                        if self.peek() is None:
                            raise UsageError("%s: option requires an argument -- '%s'" % (self.prog, c))
                        yield name, self.take()
                    else:
                        yield name, None
                    break
            else:
                self.operands.append(a)

    def _long(self, a):
        text, eq, value = a[2:].partition("=")
        names = [text] if text in self.long else [n for n in self.long if n.startswith(text)]
        if len(names) != 1:
            if names:
                raise UsageError("%s: option '%s' is ambiguous" % (self.prog, a.split("=")[0]))
            raise UsageError("%s: unrecognized option '%s'" % (self.prog, a))
        name = names[0]
        kind = self.long[name]
        if kind == "n" and eq:
            raise UsageError("%s: option '--%s' doesn't allow an argument" % (self.prog, name))
        if kind == "r" and not eq:
            if self.peek() is None:
                raise UsageError("%s: option '--%s' requires an argument" % (self.prog, name))
            value = self.take()
        return name, (value if eq or kind == "r" else None)


def read_json(path, default=None):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return default


def write_json(path, data):
    tmp = path + ".tmp%d" % os.getpid()
    with open(tmp, "w") as f:
        json.dump(data, f, indent=1)
    os.replace(tmp, path)


# ------------------------------------------------------------------ journal
JOURNAL = os.path.join(LAB, "journal", "journal.jsonl")


SEQNUM_ID = BOOT_ID[:16] + "8c41e7d2b9a05f63"


def journal_entry(seqnum, unit, message, ident=None, pid=None, priority=6, ts=None):
    """One entry as the lab keeps it (a JSON line). message: text, or bytes that are not (a message with
    invalid UTF-8), kept as a list of byte values, the way journalctl -o json shows them."""
    ident = ident or unit.rsplit(".", 1)[0]
    ts = ts if ts is not None else now()
    us = int(ts * 1e6)
    if isinstance(message, bytes):
        try:
            message = message.decode("utf-8")
        except UnicodeDecodeError:
            message = list(message)
    return {
        "__CURSOR": "s=%s;i=%x;b=%s;m=%x;t=%x;x=%016x" % (SEQNUM_ID, seqnum, BOOT_ID, us % 10**9, us,
                                                         (seqnum * 0x9E3779B97F4A7C15) % 2**64),
        "__REALTIME_TIMESTAMP": str(us),
        "__MONOTONIC_TIMESTAMP": str(us % 10**11),
        "__SEQNUM": str(seqnum),
        "__SEQNUM_ID": SEQNUM_ID,
        "_BOOT_ID": BOOT_ID,
        "PRIORITY": str(priority),
        "SYSLOG_FACILITY": "3",
        "SYSLOG_IDENTIFIER": ident,
        "_PID": str(pid or os.getpid()),
        "_HOSTNAME": HOST,
        "_TRANSPORT": "stdout",
        "_SYSTEMD_UNIT": unit,
        "MESSAGE": message,
    }


def journal_count():
    try:
        with open(JOURNAL, "rb") as f:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
    except OSError:
        return 0


def journal(unit, message, ident=None, pid=None, priority=6, ts=None):
    entry = journal_entry(journal_count() + 1, unit, message, ident, pid, priority, ts)
    with open(JOURNAL, "a") as f:
        f.write(json.dumps(entry, separators=(",", ":")) + "\n")


GENERATED = [
    (6, "Completed 200 OK in %dms (Views: 1.2ms | ActiveRecord: 3.4ms | Allocations: 1021)"),
    (6, "Started GET \"/api/v1/timelines/home?limit=%d\" for 10.0.0.7"),
    (4, "WARN slow request: %d ms over the budget"),
    (3, "ERROR job %d failed: connection reset by peer"),
    (5, "notice: %d media attachments left to process"),
    (7, "debug: cache lookup %d answered from memory"),
]


def journal_generate(unit, count, text=None, priority=None, spacing=None):
    """Appends count entries for unit, one after the other in time (spacing seconds apart, default about a
    millisecond) ending now: a large journal for tests and benchmarks, control characters, a multi-line
    message and invalid UTF-8 among them; with text, that message numbered (as is when count is 1)."""
    count = int(count)
    step = 0.000997 if spacing is None else float(spacing)
    seq = journal_count()
    t = now()
    ident = unit.rsplit(".", 1)[0]
    with open(JOURNAL, "a") as f:
        buf = []
        for k in range(count):
            ts = t - (count - 1 - k) * step
            if text is not None:
                prio, msg = (6 if priority is None else priority), (text if count == 1 else "%s %d" % (text, k + 1))
            elif k % 1000 == 999:
                prio, msg = 3, b"binary \x1b[31mred\x1b[0m and invalid \xff\xfe UTF-8 #%d" % k
            elif k % 1000 == 998:
                prio, msg = 4, "multi-line message #%d\n  second line\n  third line" % k
            else:
                prio, pattern = GENERATED[k % len(GENERATED)]
                msg = pattern % (k + 1)
            seq += 1
            buf.append(json.dumps(journal_entry(seq, unit, msg, ident, 7000 + k % 64, prio, ts),
                                  separators=(",", ":")))
            if len(buf) >= 10000:
                f.write("\n".join(buf) + "\n")
                buf = []
        if buf:
            f.write("\n".join(buf) + "\n")
    return 0


def systemd_log(unit, message, ts=None):
    e = {"unit": unit, "message": message}
    journal(unit, message, ident="systemd", pid=1, ts=ts)
    return e


# ------------------------------------------------------------------ time formats
def fmt_ts(ts):  # systemd, in local time: "Sun 2026-11-22 00:10:00 UTC"
    return time.strftime("%a %Y-%m-%d %H:%M:%S %Z", time.localtime(ts))


def plural(n, one, many):
    return "%d %s" % (n, one if n == 1 else many)


def fmt_relative(sec):
    """systemd's format_timestamp_relative() without the " ago"/" left": a year is 365.25 days and a
    month 30.44 days (USEC_PER_YEAR, USEC_PER_MONTH in src/basic/time-util.h)."""
    us = int(abs(sec) * 1000000)
    sec_us, minute, hour, day = 1000000, 60 * 1000000, 3600 * 1000000, 86400 * 1000000
    week, month, year = 7 * day, 2629800 * sec_us, 31557600 * sec_us
    if us >= year:
        return "%s %s" % (plural(us // year, "year", "years"), plural((us % year) // month, "month", "months"))
    if us >= month:
        return "%s %s" % (plural(us // month, "month", "months"), plural((us % month) // day, "day", "days"))
    if us >= week:
        return "%s %s" % (plural(us // week, "week", "weeks"), plural((us % week) // day, "day", "days"))
    if us >= 2 * day:
        return "%d days" % (us // day)
    if us >= 25 * hour:
        return "1 day %dh" % ((us - day) // hour)
    if us >= 6 * hour:
        return "%dh" % (us // hour)
    if us >= hour:
        return "%dh %dmin" % (us // hour, (us % hour) // minute)
    if us >= 5 * minute:
        return "%dmin" % (us // minute)
    if us >= minute:
        return "%dmin %ds" % (us // minute, (us % minute) // sec_us)
    if us >= sec_us:
        return "%ds" % (us // sec_us)
    if us >= 1000:
        return "%dms" % (us // 1000)
    return "%dus" % us


def human_duration(sec):  # docker/go-units HumanDuration
    s = int(sec)
    if s < 1:
        return "Less than a second"
    if s == 1:
        return "1 second"
    if s < 60:
        return "%d seconds" % s
    m = s // 60
    if m == 1:
        return "About a minute"
    if m < 60:
        return "%d minutes" % m
    h = round(s / 3600)
    if h == 1:
        return "About an hour"
    if h < 48:
        return "%d hours" % h
    if h < 24 * 7 * 2:
        return "%d days" % (h // 24)
    if h < 24 * 30 * 2:
        return "%d weeks" % (h // 24 // 7)
    if h < 24 * 365 * 2:
        return "%d months" % (h // 24 // 30)
    return "%d years" % (h // 24 // 365)


def slow():
    if fault("slow"):
        time.sleep(float(ENV.get("LAB_SLOW_SECONDS", "5")))


# ------------------------------------------------------------------ compose state
def compose_file(d):
    """The compose file of directory d, by Compose's names in its order of preference (None without one)."""
    return next((os.path.join(d, n) for n in ("compose.yaml", "compose.yml", "docker-compose.yml",
                                              "docker-compose.yaml") if os.path.exists(os.path.join(d, n))), None)


def compose_dir(args_dir=None):
    if args_dir:
        return args_dir
    d = os.getcwd()
    while True:
        if compose_file(d):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def parse_compose(path):
    """Services, images, commands and ports of an upstream docker-compose.yml (a two-level subset)."""
    services = {}
    cur = None
    section = None
    in_services = False
    with open(path) as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            indent = len(line) - len(line.lstrip())
            text = line.strip()
            if indent == 0:
                in_services = text == "services:"
                cur = None
                continue
            if not in_services:
                continue
            if indent == 2 and text.endswith(":"):
                cur = text[:-1]
                services[cur] = {"image": "", "command": "", "ports": [], "volumes": []}
                section = None
                continue
            if cur is None:
                continue
            if indent == 4:
                section = None
                m = re.match(r"(\w+):\s*(.*)$", text)
                if m:
                    key, val = m.group(1), m.group(2)
                    if key == "image":
                        services[cur]["image"] = val.strip("'\"")
                    elif key == "command":
                        services[cur]["command"] = val.strip("'\"") if not val.startswith('bash -c') else val
                    elif key in ("ports", "volumes"):
                        section = key
            elif indent >= 6 and section in ("ports", "volumes") and text.startswith("- "):
                services[cur][section].append(text[2:].strip("'\""))
    return services


def image_version(image):
    m = re.search(r":v?(\d+\.\d+\.\d+[^\s]*)$", image)
    return m.group(1) if m else ""


def state_path(svc):
    return os.path.join(LAB, "state", "compose", svc + ".json")


def svc_state(svc, services):
    st = read_json(state_path(svc))
    if st is None:
        t = now() - 3 * 86400
        st = {"state": "running", "image": services.get(svc, {}).get("image", ""), "created": t, "started": t,
              "finished": 0, "exit": 0, "replicas": 1}
    return st


def pulled_images():
    return set(read_json(os.path.join(LAB, "state", "images.json"), []) or [])


def set_pulled(images):
    write_json(os.path.join(LAB, "state", "images.json"), sorted(images))


EXPOSE = {"db": ["5432/tcp"], "redis": ["6379/tcp"], "web": ["3000/tcp", "4000/tcp"],
          "streaming": ["3000/tcp", "4000/tcp"], "sidekiq": ["3000/tcp", "4000/tcp"]}


def container_command(svc, spec):
    if svc == "db":
        return "docker-entrypoint.sh postgres"
    if svc == "redis":
        return "docker-entrypoint.sh redis-server"
    cmd = spec.get("command", "")
    m = re.match(r'bash -c "(.*)"$', cmd)
    if m:
        cmd = "bash -c '%s'" % m.group(1)
    if spec.get("image", "").startswith("ghcr.io/mastodon/mastodon-streaming"):
        return "docker-entrypoint.sh " + cmd
    return "/usr/bin/tini -- " + cmd


def ports(svc, spec, state):
    exposed = list(EXPOSE.get(svc, []))
    if "mastodon-streaming" in spec.get("image", ""):
        exposed = ["4000/tcp"]
    publishers = []
    text = []
    published = {}
    for p in spec.get("ports", []):
        parts = p.split(":")
        if len(parts) == 3:
            published[parts[2] + "/tcp"] = (parts[0], parts[1])
    for e in exposed:
        target = int(e.split("/")[0])
        if e in published and state == "running":
            ip, port = published[e]
            publishers.append({"URL": ip, "TargetPort": target, "PublishedPort": int(port), "Protocol": "tcp"})
            text.append("%s:%s->%s" % (ip, port, e))
        else:
            publishers.append({"URL": "", "TargetPort": target, "PublishedPort": 0, "Protocol": "tcp"})
            if state == "running":
                text.append(e)
    return publishers, ", ".join(text)


HEALTH = {"web": True, "streaming": True, "sidekiq": True, "db": True, "redis": True}


def container_rows(project, services, all_=False, only=None):
    rows = []
    t = now()
    for svc in sorted(services):
        if only and svc not in only:
            continue
        spec = services[svc]
        st = svc_state(svc, services)
        for i in range(1, int(st.get("replicas", 1)) + 1):
            name = "%s-%s-%d" % (project, svc, i)
            running = st["state"] == "running"
            if not running and not all_:
                continue
            if running:
                health = "healthy" if HEALTH.get(svc) else ""
                status = "Up " + human_duration(t - st["started"]) + (" (%s)" % health if health else "")
            else:
                health = ""
                status = "Exited (%d) %s ago" % (st.get("exit", 0), human_duration(t - st.get("finished", t)))
            pubs, ptext = ports(svc, spec, st["state"])
            cid = hashlib.sha256((LAB + name + str(st["created"])).encode()).hexdigest()
            rows.append({
                "svc": svc, "name": name, "id": cid, "image": st["image"], "command": container_command(svc, spec),
                "created": st["created"], "state": st["state"], "status": status, "health": health,
                "exit": st.get("exit", 0), "publishers": pubs, "ports": ptext, "project": project,
            })
    return rows


def trunc_cmd(cmd):
    # docker's formatter: quoted, truncated to 20 characters with an ellipsis
    if len(cmd) > 20:
        cmd = cmd[:19] + "…"
    return '"%s"' % cmd


def tabwrite(rows, pad=3):
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = [r[i].ljust(widths[i] + pad) if i < len(r) - 1 else r[i] for i in range(len(r))]
        lines.append("".join(cells))
    return lines


def compose_versions(standalone):
    if standalone:
        return ENV.get("LAB_COMPOSE_STANDALONE_VERSION", "2.20.2")
    return ENV.get("LAB_COMPOSE_PLUGIN_VERSION", "2.24.5")


def version_tuple(v):
    return tuple(int(x) for x in re.findall(r"\d+", v)[:3])


def compose_ps(project, services, args, standalone):
    fmt = "table"
    all_ = False
    quiet = False
    only = []
    services_flag = False
    i = 0
    while i < len(args):
        a = args[i]
        if a in ("-a", "--all"):
            all_ = True
        elif a in ("-q", "--quiet"):
            quiet = True
        elif a == "--services":
            services_flag = True
        elif a == "--format":
            i += 1
            fmt = args[i]
        elif a.startswith("--format="):
            fmt = a.split("=", 1)[1]
        elif a.startswith("-"):
            pass
        else:
            only.append(a)
        i += 1
    rows = container_rows(project, services, all_, only)
    if quiet:
        for r in rows:
            out(r["id"])
        return 0
    if services_flag:
        for r in rows:
            out(r["svc"])
        return 0
    if fmt == "json":
        created_at = lambda r: dt.datetime.fromtimestamp(r["created"], dt.timezone.utc).strftime(
            "%Y-%m-%d %H:%M:%S +0000 UTC")
        if version_tuple(compose_versions(standalone)) >= (2, 21, 0):
            for r in rows:
                obj = {
                    "Command": trunc_cmd(r["command"]), "CreatedAt": created_at(r), "ExitCode": r["exit"],
                    "Health": r["health"], "ID": r["id"][:12], "Image": r["image"],
                    "Labels": "com.docker.compose.project=%s,com.docker.compose.service=%s" % (r["project"], r["svc"]),
                    "LocalVolumes": "0", "Mounts": "", "Name": r["name"], "Names": r["name"],
                    "Networks": "%s_internal_network" % r["project"], "Ports": r["ports"], "Project": r["project"],
                    "Publishers": r["publishers"], "RunningFor": human_duration(now() - r["created"]) + " ago",
                    "Service": r["svc"], "Size": "0B", "State": r["state"], "Status": r["status"],
                }
                out(json.dumps(obj, separators=(",", ":"), ensure_ascii=False))
        else:
            arr = [{
                "ID": r["id"], "Name": r["name"], "Image": r["image"], "Command": r["command"],
                "Project": r["project"], "Service": r["svc"], "Created": int(r["created"]), "State": r["state"],
                "Status": r["status"], "Health": r["health"], "ExitCode": r["exit"], "Publishers": r["publishers"],
            } for r in rows]
            out(json.dumps(arr, separators=(",", ":"), ensure_ascii=False))
        return 0
    table = [["NAME", "IMAGE", "COMMAND", "SERVICE", "CREATED", "STATUS", "PORTS"]]
    for r in rows:
        table.append([r["name"], r["image"], trunc_cmd(r["command"]), r["svc"],
                      human_duration(now() - r["created"]) + " ago", r["status"], r["ports"]])
    for line in tabwrite(table):
        out(line)
    return 0


def log_path(svc):
    return os.path.join(LAB, "state", "logs", svc + ".log")


def svc_log(svc, line, ts=None):
    os.makedirs(os.path.join(LAB, "state", "logs"), exist_ok=True)
    ts = ts or now()
    stamp = dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f") + "000Z"
    with open(log_path(svc), "a") as f:
        f.write(stamp + " " + line + "\n")


COMPOSE_LOGS_OPTIONS = [
    ("f", "follow", "n"), (None, "index", "r"), (None, "no-color", "n"), (None, "no-log-prefix", "n"),
    (None, "since", "r"), ("n", "tail", "r"), ("t", "timestamps", "n"), (None, "until", "r"), ("h", "help", "n"),
]

GO_DURATION = re.compile(r"^(?:(\d+(?:\.\d*)?|\.\d+)(ns|us|\u00b5s|ms|s|m|h))+$")
GO_UNITS = {"ns": 1e-9, "us": 1e-6, "\u00b5s": 1e-6, "ms": 1e-3, "s": 1, "m": 60, "h": 3600}


def docker_time(value):
    """docker's --since/--until (timetypes.GetTimestamp): a Go duration before now ("42m", "1h30m"), an
    RFC 3339 time (with any fraction, Z or an offset; without a zone: local time), a date, or Unix seconds
    with a fraction ("1700000000.5")."""
    v = value.strip()
    if GO_DURATION.match(v):
        return now() - sum(float(m.group(1)) * GO_UNITS[m.group(2)]
                           for m in re.finditer(r"(\d+(?:\.\d*)?|\.\d+)(ns|us|\u00b5s|ms|s|m|h)", v))
    m = re.match(r"^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?)?"
                 r"(Z|[+-]\d\d:?\d\d)?$", v)
    if m:
        y, mo, d, hh, mm, ss, frac, zone = m.groups()
        base = dt.datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
        if zone is None:
            t = base.timestamp()  # local time
        else:
            offset = 0
            if zone != "Z":
                z = zone.replace(":", "")
                offset = (int(z[1:3]) * 3600 + int(z[3:5]) * 60) * (1 if z[0] == "+" else -1)
            t = base.replace(tzinfo=dt.timezone.utc).timestamp() - offset
        return t + (float("0." + frac) if frac else 0.0)
    if re.match(r"^\d+(\.\d+)?$", v):
        return float(v)
    raise UsageError('invalid value "%s" for flag --since: failed to parse value as time or duration' % value)


def log_line_time(raw):
    """The docker timestamp a lab log line starts with, as seconds (None when it has none)."""
    stamp = raw.split(" ", 1)[0]
    m = re.match(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?Z$", stamp)
    if not m:
        return None
    y, mo, d, hh, mm, ss, frac = m.groups()
    t = dt.datetime(int(y), int(mo), int(d), int(hh), int(mm), int(ss), tzinfo=dt.timezone.utc).timestamp()
    return t + (int(frac) / 10 ** len(frac) if frac else 0.0)


def compose_logs(project, services, args):
    """docker compose logs [OPTIONS] [SERVICE...], options as Compose's cobra/pflag reads them:
    -f/--follow, -t/--timestamps, -n/--tail N|all (per container, then --since), --since and --until (see
    docker_time), --no-color, --no-log-prefix, --index. With -f it ends when no container it shows runs."""
    follow = False
    tail = None
    timestamps = False
    prefix = True
    since = until = None
    opts = GnuOptions("docker compose logs", args, COMPOSE_LOGS_OPTIONS)
    try:
        for name, value in opts:
            if name == "follow":
                follow = True
            elif name == "timestamps":
                timestamps = True
            elif name == "no-log-prefix":
                prefix = False
            elif name == "tail":
                if value != "all" and not re.match(r"^-?\d+$", value):
                    raise UsageError('invalid argument "%s" for "-n, --tail" flag: strconv.Atoi: parsing "%s": '
                                     'invalid syntax' % (value, value))
                tail = None if value == "all" or int(value) < 0 else int(value)
            elif name == "since":
                since = docker_time(value) if value else None
            elif name == "until":
                until = docker_time(value) if value else None
            elif name == "help":
                out("Usage:  docker compose logs [OPTIONS] [SERVICE...]")
                return 0
    except UsageError as e:
        err(str(e).replace("docker compose logs: unrecognized option '", "unknown flag: ").rstrip("'"))
        return 1
    only = opts.operands
    for s in only:
        if s not in services:
            err("no such service: %s" % s)
            return 1
    names = [s for s in sorted(services) if not only or s in only]
    # Compose's log prefix: the container name padded to the longest one plus one, then " | "
    # (cmd/formatter/logs.go: computeWidth, setPrefix), so "web-1  | " for web alone.
    width = max(len("%s-1" % s) for s in names) + 1

    def wanted(raw):
        if since is None and until is None:
            return True
        t = log_line_time(raw)
        return t is not None and (since is None or t >= since) and (until is None or t <= until)

    def fmt(svc, raw):
        stamp, _, text = raw.partition(" ")
        line = (stamp + " " + text) if timestamps else text
        return ("%s | " % ("%s-1" % svc).ljust(width) + line) if prefix else line

    def running(svc):
        return svc_state(svc, services).get("state") == "running"

    positions = {}
    for svc in names:
        # Follow from the end of what was read: a line written meanwhile is shown, not lost.
        try:
            with open(log_path(svc), "rb") as f:
                data = f.read()
        except OSError:
            data = b""
        end = data.rfind(b"\n") + 1
        positions[svc] = end
        lines = data[:end].decode("utf-8", "replace").splitlines()
        # docker reads the last N lines of the container's log, then drops those before --since.
        if tail is not None:
            lines = lines[-tail:] if tail > 0 else []
        for l in lines:
            if wanted(l):
                out(fmt(svc, l))
    sys.stdout.flush()
    while follow:
        if not any(running(svc) for svc in names):
            break
        time.sleep(0.2)
        for svc in names:
            try:
                with open(log_path(svc), "rb") as f:
                    f.seek(positions[svc])
                    data = f.read()
            except OSError:
                continue
            end = data.rfind(b"\n") + 1
            positions[svc] += end
            for l in data[:end].decode("utf-8", "replace").splitlines():
                if wanted(l):
                    out(fmt(svc, l))
        sys.stdout.flush()
    return 0


def chatty(svc, rate):
    """A chatty service for tests and benchmarks: appends rate lines a second to svc's container log
    (steward-lab logs chatty), until stopped."""
    rate = max(1, int(rate))
    os.makedirs(os.path.join(LAB, "state", "logs"), exist_ok=True)
    k = 0
    step = 0.1
    while True:
        t = now()
        with open(log_path(svc), "a") as f:
            burst = max(1, int(rate * step))
            for i in range(burst):
                k += 1
                ts = t + i * step / burst
                stamp = dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f") + "000Z"
                level = "W" if k % 50 == 0 else "I"
                f.write("%s %s, [%s #1] %5s -- : chatty line %d\n" % (
                    stamp, level, dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f"),
                    "WARN" if level == "W" else "INFO", k))
        time.sleep(max(0.0, step - (now() - t)))


LAYERS = 4


def pull_images(services, only=None):
    """Progress lines as Compose v2 prints them without a terminal (on stderr)."""
    pulled = pulled_images()
    todo = [s for s in sorted(services) if (not only or s in only) and services[s]["image"]]
    for s in todo:
        err(" %s Pulling " % s)
    if fault("disk-full"):
        for s in todo:
            if services[s]["image"] not in pulled:
                layer = hashlib.sha256(services[s]["image"].encode()).hexdigest()[:12]
                err(" %s Pulling fs layer " % layer)
                err("failed to register layer: write /var/lib/docker/overlay2/%s/diff/usr/lib/x86_64-linux-gnu/libruby.so: "
                    "no space left on device" % hashlib.sha256(layer.encode()).hexdigest())
                return 18
    seen = set()
    for s in todo:
        image = services[s]["image"]
        if image in pulled or image in seen:
            if image in seen:
                err(" %s Skipped - Image is already being pulled by %s " % (s, [t for t in todo if services[t]["image"] == image][0]))
            else:
                err(" %s Pulled " % s)
            continue
        seen.add(image)
        for n in range(LAYERS):
            layer = hashlib.sha256((image + str(n)).encode()).hexdigest()[:12]
            err(" %s Pulling fs layer " % layer)
        for n in range(LAYERS):
            layer = hashlib.sha256((image + str(n)).encode()).hexdigest()[:12]
            size = 3.2 + 11.7 * n
            for frac in (0.25, 0.5, 1.0):
                bar = ("=" * int(50 * frac - 1) + ">").ljust(50)
                err(" %s Downloading [%s]  %.4gMB/%.4gMB" % (layer, bar, size * frac, size))
            err(" %s Verifying Checksum " % layer)
            err(" %s Download complete " % layer)
            err(" %s Extracting [%s]  %.4gMB/%.4gMB" % (layer, "=" * 49 + ">", size, size))
            err(" %s Pull complete " % layer)
        err(" %s Pulled " % s)
        pulled.add(image)
    set_pulled(pulled)
    return 0


def save_state(svc, st):
    write_json(state_path(svc), st)


def compose_up(project, services, args, cdir=None):
    only = [a for a in args if not a.startswith("-")]
    if "-d" not in args and "--detach" not in args:
        err("steward-lab: only 'up -d' is available in the lab")
        return 1
    pulled = pulled_images()
    missing = [s for s in services if services[s]["image"] not in pulled and (not only or s in only)]
    if missing:
        rc = pull_images(services, missing)
        if rc:
            return rc
    order = [s for s in ("db", "redis", "web", "streaming", "sidekiq") if s in services] + \
            [s for s in sorted(services) if s not in ("db", "redis", "web", "streaming", "sidekiq")]
    for svc in order:
        if only and svc not in only:
            continue
        st = svc_state(svc, services)
        name = "%s-%s-1" % (project, svc)
        if st["image"] != services[svc]["image"]:
            err(" Container %s  Recreate" % name)
            err(" Container %s  Recreated" % name)
            st.update(image=services[svc]["image"], created=now())
            svc_log(svc, "Recreated with %s" % st["image"])
            st["state"] = "exited"
        if st["state"] == "running":
            err(" Container %s  Running" % name)
        else:
            err(" Container %s  Starting" % name)
            st.update(state="running", started=now())
            err(" Container %s  Started" % name)
            boot(svc, st, services, cdir)
        save_state(svc, st)
    return 0


def boot(svc, st, services, cdir):
    """What a container prints as it starts. The db container's entrypoint first reads its data
    directory (db_boot), and the server may exit at once."""
    if svc == "db" and not db_boot(cdir, services.get("db", {}), st):
        return
    started_log(svc, st)
    if svc == "redis":
        end_redis_incident()


def started_log(svc, st):
    v = image_version(st["image"])
    if svc == "web":
        svc_log(svc, "[1] Puma starting in cluster mode...")
        svc_log(svc, "[1] * Puma version: 6.4.2 (ruby 3.2.3-p157) (\"The Eagle of Durango\")")
        svc_log(svc, "[1] * Listening on http://0.0.0.0:3000")
        svc_log(svc, "[1] Use Ctrl-C to stop")
        svc_log(svc, "Mastodon %s web is up" % v)
    elif svc == "streaming":
        svc_log(svc, '{"level":"info","time":%d,"msg":"Streaming API now listening on 0.0.0.0:4000"}' % int(now() * 1000))
    elif svc == "sidekiq":
        svc_log(svc, "2026-01-01T00:00:00.000Z pid=7 tid=1 INFO: Booting Sidekiq 6.5.12 with Sidekiq::RedisConnection::RedisAdapter options {}")
        svc_log(svc, "pid=7 tid=1 INFO: Starting processing, hit Ctrl-C to stop")
    elif svc == "db":
        svc_log(svc, "LOG:  database system is ready to accept connections")
    elif svc == "redis":
        svc_log(svc, "1:M * Ready to accept connections tcp")


def compose_stop_start(project, services, verb, args, cdir=None):
    only = [a for a in args if not a.startswith("-") and not re.match(r"^\d+$", a)]
    for s in only:
        if s not in services:
            err("no such service: %s" % s)
            return 1
    # stop: dependents first; start and restart: dependencies first (db and redis before the rest).
    order = [s for s in ("sidekiq", "streaming", "web", "redis", "db") if s in services]
    if verb in ("start", "restart"):
        order = list(reversed(order))
    for svc in order:
        if only and svc not in only:
            continue
        st = svc_state(svc, services)
        name = "%s-%s-1" % (project, svc)
        if verb == "restart":
            # Compose restarts every container of the service, running or not, and reports only
            # Restarting and Started (pkg/compose/restart.go).
            err(" Container %s  Restarting" % name)
            if st["state"] == "running":
                svc_log(svc, "Stopping (signal TERM)")
            st.update(state="running", started=now())
            boot(svc, st, services, cdir)
            err(" Container %s  Started" % name)
        elif verb == "stop" and st["state"] == "running":
            err(" Container %s  Stopping" % name)
            st.update(state="exited", finished=now(), exit=0 if svc in ("db", "redis") else 143)
            svc_log(svc, "Stopping (signal TERM)")
            err(" Container %s  Stopped" % name)
        elif verb == "start" and st["state"] != "running":
            err(" Container %s  Starting" % name)
            st.update(state="running", started=now())
            boot(svc, st, services, cdir)
            err(" Container %s  Started" % name)
        save_state(svc, st)
    return 0


def compose_scale(project, services, args):
    for a in args:
        if a.startswith("-"):
            continue
        m = re.match(r"^([\w.-]+)=(\d+)$", a)
        if not m or m.group(1) not in services:
            err("no such service: %s" % a.split("=")[0])
            return 1
        svc, n = m.group(1), int(m.group(2))
        st = svc_state(svc, services)
        old = int(st.get("replicas", 1))
        for i in range(old + 1, n + 1):
            err(" Container %s-%s-%d  Creating" % (project, svc, i))
            err(" Container %s-%s-%d  Created" % (project, svc, i))
            err(" Container %s-%s-%d  Starting" % (project, svc, i))
            err(" Container %s-%s-%d  Started" % (project, svc, i))
        for i in range(old, n, -1):
            err(" Container %s-%s-%d  Stopping" % (project, svc, i))
            err(" Container %s-%s-%d  Stopped" % (project, svc, i))
            err(" Container %s-%s-%d  Removing" % (project, svc, i))
            err(" Container %s-%s-%d  Removed" % (project, svc, i))
        st["replicas"] = n
        save_state(svc, st)
    return 0


# ------------------------------------------------------------------ database and migrations
def pg_bin(tool):
    for d in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: version_tuple(p), reverse=True):
        if os.path.exists(os.path.join(d, tool)):
            return os.path.join(d, tool)
    return tool


def psql(sql, db="mastodon_production"):
    r = subprocess.run([pg_bin("psql"), "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                        "-p", ENV.get("LAB_PG_PORT", "5432"), "-U", "mastodon", "-d", db, "-c", sql],
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(r.stderr.strip())
    return r.stdout


def migration_files():
    """(version, name, post, to_tag) of every migration the lab knows, from the upstream file lists."""
    result = []
    for path in glob.glob(os.path.join(LAB, "mastodon", "migrations", "*..*.added.txt")):
        to_tag = os.path.basename(path).split("..")[1].replace(".added.txt", "")
        for line in open(path):
            m = re.search(r"db/(migrate|post_migrate)/(\d+)_(\w+)\.rb$", line)
            if m:
                result.append((m.group(2), m.group(3), m.group(1) == "post_migrate", to_tag))
    return sorted(result)


def migrations_up_to(version):
    vt = version_tuple(version)
    return [m for m in migration_files() if version_tuple(m[3]) <= vt]


def camelize(name):
    return "".join(p[:1].upper() + p[1:] for p in name.split("_"))


def rails_say(text):
    return "== %s %s" % (text, "=" * max(0, 75 - len(text)))


def migration_body(name):
    m = re.match(r"add_(\w+?)_to_(\w+)$", name)
    if name.startswith("create_"):
        return ["-- create_table(:%s)" % name[7:]]
    if name.startswith("add_index_to_") or name.startswith("add_index_"):
        return ["-- add_index(:%s)" % name.split("_to_")[-1]] if "_to_" in name else []
    if m:
        return ["-- add_column(:%s, :%s, :string)" % (m.group(2), m.group(1))]
    m = re.match(r"remove_(\w+?)_from_(\w+)$", name)
    if m:
        return ["-- remove_column(:%s, :%s)" % (m.group(2), m.group(1))]
    return []


def db_migrate(env, image):
    version = image_version(image)
    skip_post = env.get("SKIP_POST_DEPLOYMENT_MIGRATIONS", "").lower() in ("true", "1", "yes")
    try:
        applied = set(psql("SELECT version FROM schema_migrations").split())
    except RuntimeError as e:
        err("rails aborted!")
        err("ActiveRecord::ConnectionNotEstablished: %s" % e)
        return 1
    pending = [m for m in migrations_up_to(version) if m[0] not in applied and not (skip_post and m[2])]
    for ver, name, post, _ in pending:
        cls = camelize(name)
        out(rails_say("%s %s: migrating" % (ver, cls)))
        sys.stdout.flush()
        if fault("migration"):
            err("bin/rails aborted!")
            err("StandardError: An error has occurred, this and all later migrations canceled: (StandardError)")
            err("")
            err("PG::DuplicateTable: ERROR:  relation \"index_%s\" already exists" % name[:50])
            err("/opt/mastodon/db/%s/%s_%s.rb:5:in `change'" % ("post_migrate" if post else "migrate", ver, name))
            err("")
            err("Caused by:")
            err("PG::DuplicateTable: ERROR:  relation \"index_%s\" already exists" % name[:50])
            err("Tasks: TOP => db:migrate")
            err("(See full trace by running task with --trace)")
            return 1
        for line in migration_body(name):
            out(line)
            out("   -> 0.0%03ds" % (int(ver[-3:]) % 90 + 5))
        psql("INSERT INTO schema_migrations (version) VALUES ('%s')" % ver)
        out(rails_say("%s %s: migrated (0.0%03ds)" % (ver, cls, int(ver[-3:]) % 90 + 7)))
        out("")
    return 0


def run_in_container(svc, image, cmd, env):
    words = list(cmd)
    while words and words[0] in ("bundle", "exec"):
        words.pop(0)
    if words[:1] in (["bin/rails"], ["rails"]) and words[1:2] == ["db:migrate"]:
        return db_migrate(env, image)
    if words[:1] in (["tootctl"], ["bin/tootctl"]):
        if words[1:2] == ["version"]:
            out(image_version(image))
            return 0
        if words[1:3] == ["media", "remove"]:
            out("Removed 1417 media attachments (approx. 2.3 GB)")
            return 0
        if words[1:3] == ["maintenance", "fix-duplicates"]:
            out("Deduplicating accounts… done")
            return 0
        err("Could not find command \"%s\"." % " ".join(words[1:2]))
        return 1
    if words[:1] in (["bin/rails"], ["rails"]) and words[1:2] == ["db:migrate:status"]:
        return migrate_status(image)
    if svc == "db" and words[:2] in (["postgres", "--version"], ["postgres", "-V"]):
        out("postgres (PostgreSQL) %s" % postgres_version(image))
        return 0
    if svc == "redis" and words[:2] in (["redis-server", "--version"], ["redis-server", "-v"]):
        v = REDIS_VERSIONS.get(image_major(image), image_major(image) + ".0.0")
        out("Redis server v=%s sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=%s" % (
            v, hashlib.sha256(image.encode()).hexdigest()[:16]))
        return 0
    if words[:1] == ["echo"]:
        out(" ".join(words[1:]))
        return 0
    if svc == "db" and words[:1] and words[0] in PG_CLIENTS:
        # PostgreSQL's own clients in the db container reach the lab's real cluster (which listens on
        # 127.0.0.1 and the lab's port, where the container's would be on its socket). A -h of their
        # own comes after ours and wins; the port stays the lab's.
        sys.stdout.flush()
        r = subprocess.run([pg_bin(words[0]), "-h", "127.0.0.1", "-p", ENV.get("LAB_PG_PORT", "5432")] + words[1:])
        return r.returncode
    if not words:
        return 0
    err('OCI runtime exec failed: exec failed: unable to start container process: exec: "%s": '
        'executable file not found in $PATH: unknown' % words[0])
    return 127


def parse_env_file(path):
    env = {}
    try:
        for line in open(path):
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                k, v = line.split("=", 1)
                env[k] = v
    except OSError:
        pass
    return env


def compose_images(project, services, args):
    """`docker compose images` (Compose v2, pkg/compose/images.go): the image of each container, with its
    ID (a digest, the same for the same image reference), table or --format json."""
    fmt = "table"
    for i, a in enumerate(args):
        if a == "--format" and i + 1 < len(args):
            fmt = args[i + 1]
        elif a.startswith("--format="):
            fmt = a.split("=", 1)[1]
    rows = []
    for svc in sorted(services):
        st = svc_state(svc, services)
        image = st.get("image") or services[svc]["image"]
        repo, _, tag = image.rpartition(":") if ":" in image.split("/")[-1] else (image, "", "latest")
        digest = "sha256:" + hashlib.sha256(image.encode()).hexdigest()
        size = 60_000_000 + int(hashlib.sha256(image.encode()).hexdigest()[:6], 16) * 100
        rows.append({"ID": digest, "ContainerName": "%s-%s-1" % (project, svc), "Repository": repo,
                     "Tag": tag, "Platform": "linux/amd64", "Size": size})
    if fmt == "json":
        out(json.dumps(rows))
        return 0
    table = [["CONTAINER", "REPOSITORY", "TAG", "PLATFORM", "IMAGE ID", "SIZE", "CREATED"]]
    for r in rows:
        table.append([r["ContainerName"], r["Repository"], r["Tag"], r["Platform"], r["ID"][7:19],
                      "%dMB" % (r["Size"] // 1_000_000), "3 weeks ago"])
    for line in tabwrite(table):
        out(line)
    return 0


def migrate_status(image):
    """`rails db:migrate:status` (ActiveRecord's databases.rake): every migration the image has, up or
    down as schema_migrations says, and applied versions the image does not know as NO FILE."""
    try:
        applied = set(psql("SELECT version FROM schema_migrations").split())
    except RuntimeError as e:
        err("bin/rails aborted!")
        err("ActiveRecord::ConnectionNotEstablished: %s" % e)
        return 1
    known = {m[0]: m[1] for m in migrations_up_to(image_version(image))}
    out("")
    out("database: mastodon_production")
    out("")
    out(" Status   Migration ID    Migration Name")
    out("--------------------------------------------------")
    for ver in sorted(set(known) | applied):
        status = "up" if ver in applied else "down"
        name = known[ver].replace("_", " ").capitalize() if ver in known else "********** NO FILE **********"
        out("%s  %s  %s" % (status.center(8), ver.ljust(14), name))
    out("")
    return 0


# The versions the lab's db and redis images report (the newest patch of each line at the time).
POSTGRES_VERSIONS = {"12": "12.20", "13": "13.16", "14": "14.13", "15": "15.8", "16": "16.4", "17": "17.2"}
REDIS_VERSIONS = {"6": "6.2.14", "7": "7.2.5", "8": "8.0.2"}


def image_major(image):
    m = re.search(r":(\d+)", image)
    return m.group(1) if m else ""


def postgres_version(image):
    return POSTGRES_VERSIONS.get(image_major(image), image_major(image) + ".0")


# The postgres image's clients that `docker compose exec db …` runs against the lab's cluster.
PG_CLIENTS = ("psql", "pg_dump", "pg_dumpall", "pg_restore", "vacuumdb", "pg_isready")


# ------------------------------------------------------------------ the db service's data directory
# The postgres image keeps its cluster in /var/lib/postgresql/data, which upstream's docker-compose.yml
# binds to ./postgres14 of the compose directory. The lab mirrors that directory in its /opt/mastodon:
# PG_VERSION (as in a real data directory) holds the major that initialised it; the rows live in the
# lab's one real cluster. A start of the db container reads it as the image's docker-entrypoint.sh and
# the server do: missing or empty, a new cluster is initialised (on the lab, the real cluster is emptied
# as a new one would be); made by the image's major, the server starts; made by another major, the
# server exits with PostgreSQL's "database files are incompatible with server".
PGDATA = "/var/lib/postgresql/data"


def lab_compose_dir():
    return os.path.join(LAB, "opt", "mastodon")


def db_data_dir(cdir, spec):
    """The host directory bound to the db container's PGDATA when the compose directory is the lab's
    /opt/mastodon; None for a named volume or another directory (no data directory is modelled)."""
    if not cdir or os.path.realpath(cdir) != os.path.realpath(lab_compose_dir()):
        return None
    for v in spec.get("volumes", []):
        parts = v.split(":")
        if len(parts) >= 2 and parts[1].rstrip("/") == PGDATA and parts[0].startswith((".", "/")):
            return os.path.normpath(os.path.join(cdir, parts[0]))
    return None


def quote_ident(name):
    return '"%s"' % name.replace('"', '""')


def psql_superuser(sql, db="template1"):
    r = subprocess.run([pg_bin("psql"), "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                        "-p", ENV.get("LAB_PG_PORT", "5432"), "-U", "postgres", "-d", db, "-c", sql],
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(r.stderr.strip())
    return [line for line in r.stdout.splitlines() if line]


def empty_cluster():
    """The lab's real cluster made what a new one is: the bootstrap superuser postgres, the templates and
    an empty postgres database (every other database dropped with its connections, every other role)."""
    for name in psql_superuser("SELECT datname FROM pg_database WHERE NOT datistemplate"):
        psql_superuser("DROP DATABASE %s WITH (FORCE)" % quote_ident(name))
    psql_superuser("CREATE DATABASE postgres")
    for role in psql_superuser("SELECT rolname FROM pg_roles WHERE rolname <> 'postgres' AND rolname !~ '^pg_'"):
        psql_superuser("DROP OWNED BY %s" % quote_ident(role))
        psql_superuser("DROP ROLE %s" % quote_ident(role))


def db_boot(cdir, spec, st):
    """The db container's start on its data directory; False when the server exited at once (the state
    is then exited with status 1, as `docker compose ps` shows it)."""
    path = db_data_dir(cdir, spec)
    major = image_major(st["image"])
    if not path or not major:
        return True
    version = postgres_version(st["image"])
    if not (os.path.isdir(path) and os.listdir(path)):
        try:
            empty_cluster()
        except RuntimeError as e:
            svc_log("db", "initdb: error: %s" % e)
            st.update(state="exited", finished=now(), exit=1)
            return False
        os.makedirs(path, exist_ok=True)
        with open(os.path.join(path, "PG_VERSION"), "w") as f:
            f.write(major + "\n")
        for line in ('The files belonging to this database system will be owned by user "postgres".',
                     "This user must also own the server process.", "",
                     "fixing permissions on existing directory %s ... ok" % PGDATA,
                     "creating subdirectories ... ok", "performing post-bootstrap initialization ... ok",
                     "syncing data to disk ... ok", "", "Success. You can now start the database server using:",
                     "", "    pg_ctl -D %s -l logfile start" % PGDATA, "",
                     "PostgreSQL init process complete; ready for start up.", "",
                     "LOG:  starting PostgreSQL %s on x86_64-pc-linux-musl" % version):
            svc_log("db", line)
        return True
    try:
        with open(os.path.join(path, "PG_VERSION")) as f:
            made_by = f.read().strip()
    except OSError:
        made_by = None
    if made_by is None:
        svc_log("db", 'initdb: error: directory "%s" exists but is not empty' % PGDATA)
        svc_log("db", 'initdb: hint: If you want to create a new database system, either remove or empty the '
                      'directory "%s" or run initdb with an argument other than "%s".' % (PGDATA, PGDATA))
        st.update(state="exited", finished=now(), exit=1)
        return False
    svc_log("db", "")
    svc_log("db", "PostgreSQL Database directory appears to contain a database; Skipping initialization")
    svc_log("db", "")
    if made_by != major:
        svc_log("db", "FATAL:  database files are incompatible with server")
        svc_log("db", "DETAIL:  The data directory was initialized by PostgreSQL version %s, which is not "
                      "compatible with this version %s." % (made_by, version))
        st.update(state="exited", finished=now(), exit=1)
        return False
    return True


def lab_datadir(lab):
    """The db service's data directory in the lab's /opt/mastodon, made when missing (its PG_VERSION the
    running db image's major), so that a lab made before it was modelled keeps its cluster at the next
    start of the db container instead of getting a new, empty one."""
    global LAB, ENV
    LAB = lab
    ENV = load_env()
    cdir = lab_compose_dir()
    try:
        services = parse_compose(os.path.join(cdir, "docker-compose.yml"))
    except OSError:
        return 0
    if "db" not in services:
        return 0
    path = db_data_dir(cdir, services["db"])
    major = image_major(svc_state("db", services)["image"])
    if path and major and not os.path.exists(path):
        os.makedirs(path)
        with open(os.path.join(path, "PG_VERSION"), "w") as f:
            f.write(major + "\n")
    return 0


def compose_run_exec(project, services, args, verb, cdir):
    env = parse_env_file(os.path.join(cdir, ".env.production"))
    i = 0
    while i < len(args) and args[i].startswith("-"):
        a = args[i]
        if a in ("-e", "--env"):
            i += 1
            k, _, v = args[i].partition("=")
            env[k] = v if "=" in args[i] else os.environ.get(k, "")
        elif a.startswith("--env="):
            k, _, v = a[6:].partition("=")
            env[k] = v
        elif a in ("-u", "--user", "-w", "--workdir", "--name", "--entrypoint", "-p", "--publish", "-v", "--volume"):
            i += 1
        i += 1
    if i >= len(args):
        err("service name required")
        return 1
    svc = args[i]
    cmd = args[i + 1:]
    if svc not in services:
        err("no such service: %s" % svc)
        return 1
    st = svc_state(svc, services)
    if verb == "exec":
        if st["state"] != "running":
            err('service "%s" is not running' % svc)
            return 1
        image = st["image"]
    else:
        image = services[svc]["image"]
        if image not in pulled_images():
            rc = pull_images(services, [svc])
            if rc:
                return rc
        for dep in ("db", "redis"):
            if dep in services and svc_state(dep, services)["state"] == "running":
                err(" Container %s-%s-1  Running" % (project, dep))
    return run_in_container(svc, image, cmd, env)


def compose_main(args, standalone):
    slow()
    project_dir = None
    files = []
    project = None
    while args and args[0].startswith("-"):
        a = args.pop(0)
        if a in ("-f", "--file"):
            files.append(args.pop(0))
        elif a == "--project-directory":
            project_dir = args.pop(0)
        elif a in ("-p", "--project-name"):
            project = args.pop(0)
        elif a in ("--ansi", "--progress", "--env-file", "--profile"):
            args.pop(0)
        elif a in ("-v", "--version"):
            args.insert(0, "version")
    if not args:
        out("Usage:  docker compose [OPTIONS] COMMAND")
        return 0
    cmd, rest = args[0], args[1:]
    if cmd == "version":
        if "--short" in rest:
            out(compose_versions(standalone))
        else:
            out("Docker Compose version v%s" % compose_versions(standalone))
        return 0
    cdir = project_dir or (os.path.dirname(os.path.abspath(files[0])) if files else compose_dir())
    if not cdir:
        err("no configuration file provided: not found")
        return 1
    path = os.path.abspath(files[0]) if files else compose_file(cdir)
    if not path or not os.path.exists(path):
        err("no configuration file provided: not found")
        return 1
    services = parse_compose(path)
    project = project or os.path.basename(cdir).lower()
    if cmd == "ps":
        return compose_ps(project, services, rest, standalone)
    if cmd == "logs":
        return compose_logs(project, services, rest)
    if cmd == "pull":
        return pull_images(services, [a for a in rest if not a.startswith("-")])
    if cmd == "up":
        return compose_up(project, services, rest, cdir)
    if cmd in ("stop", "start", "restart"):
        return compose_stop_start(project, services, cmd, rest, cdir)
    if cmd in ("run", "exec"):
        return compose_run_exec(project, services, rest, cmd, cdir)
    if cmd == "scale":
        return compose_scale(project, services, rest)
    if cmd == "images":
        return compose_images(project, services, rest)
    if cmd == "config" and "--services" in rest:
        for s in services:
            out(s)
        return 0
    if cmd == "config" and "--images" in rest:
        # One image a line, as the file names it (a service without one: PROJECT-SERVICE).
        for s in services:
            out(services[s]["image"] or "%s-%s" % (project, s))
        return 0
    err("unknown docker command: \"compose %s\"" % cmd)
    return 1


def docker_main(args):
    if args[:1] == ["compose"]:
        return compose_main(args[1:], False)
    if args[:1] == ["--version"] or args[:1] == ["version"]:
        out("Docker version 24.0.7, build afdd53b")
        return 0
    err("docker: '%s' is not a docker command.\nSee 'docker --help'" % (args[0] if args else ""))
    return 1


# ------------------------------------------------------------------ systemd
UNITS = {
    "mastodon.service": {"Description": "Mastodon (docker compose)", "Type": "oneshot", "remain": True,
                         "path": "/etc/systemd/system/mastodon.service"},
    "media-cleanup.service": {"Description": "Remove remote media older than 7 days", "Type": "oneshot",
                              "path": "/etc/systemd/system/media-cleanup.service"},
    "media-cleanup.timer": {"Description": "Daily remote media clean-up", "timer": "media-cleanup.service",
                            "calendar": 4 * 3600, "path": "/etc/systemd/system/media-cleanup.timer"},
    "certbot.service": {"Description": "Certbot", "Type": "oneshot", "path": "/lib/systemd/system/certbot.service"},
    "certbot.timer": {"Description": "Run certbot twice daily", "timer": "certbot.service", "calendar": 12 * 3600,
                      "path": "/lib/systemd/system/certbot.timer"},
    "pg-dump-to-s3.service": {"Description": "Dump the Mastodon database to S3", "Type": "oneshot",
                              "path": "/etc/systemd/system/pg-dump-to-s3.service"},
    "pg-dump-to-s3.timer": {"Description": "Nightly database backup to S3", "timer": "pg-dump-to-s3.service",
                            "calendar": 3 * 3600 + 1800, "path": "/etc/systemd/system/pg-dump-to-s3.timer"},
}


def unit_name(u):
    return u if "." in u else u + ".service"


def unit_state(u):
    st = read_json(os.path.join(LAB, "state", "units", u + ".json"))
    if st is None:
        st = {"active": "inactive", "sub": "dead", "since": now() - 86400, "result": "success", "pid": 0,
              "status": 0, "last": 0}
    pidfile = os.path.join(LAB, "state", "units", u + ".pid")
    if st["active"] == "activating":
        # The job runs while its process does; one killed (by `steward-lab stop`, say) failed with a
        # signal, as systemd would say, so that the next start runs it again.
        try:
            pid = int(open(pidfile).read())
            os.kill(pid, 0)
            with open("/proc/%d/stat" % pid) as f:
                if f.read().split()[2] == "Z":
                    raise OSError
        except (OSError, ValueError):
            st = read_json(os.path.join(LAB, "state", "units", u + ".json"), st)
            if st["active"] == "activating":
                st.update(active="failed", sub="failed", result="signal", since=now())
                save_unit(u, st)
    return st


def save_unit(u, st):
    write_json(os.path.join(LAB, "state", "units", u + ".json"), st)


def next_elapse(u):
    cal = UNITS[u]["calendar"]
    t = now()
    day = t - (t % 86400)
    if cal < 86400 and UNITS[u]["calendar"] == 12 * 3600:
        n = day + cal if t < day + cal else day + 86400
    else:
        n = day + cal if t < day + cal else day + 86400 + cal
    return n


def systemctl_main(args):
    slow()
    opts = [a for a in args if a.startswith("-")]
    words = [a for a in args if not a.startswith("-")]
    props = []
    value_only = "--value" in opts
    i = 0
    while i < len(args):
        if args[i] in ("-p", "--property"):
            props += args[i + 1].split(",")
            if args[i + 1] in words:
                words.remove(args[i + 1])
            i += 1
        elif args[i].startswith("--property="):
            props += args[i].split("=", 1)[1].split(",")
        i += 1
    if not words:
        words = ["list-units"]
    verb, units = words[0], [unit_name(u) for u in words[1:]]
    for u in units:
        if u not in UNITS and verb not in ("list-timers",):
            if verb == "is-active":
                out("inactive")
                return 3
            if verb == "status":
                err("Unit %s could not be found." % u)
                return 4
            if verb == "show":
                continue
            err("Failed to %s %s: Unit %s not found." % (verb, u, u))
            return 5
    if verb == "is-active":
        rc = 0
        for u in units:
            st = unit_state(u)
            out(st["active"])
            rc = rc or (0 if st["active"] == "active" else 3)
        return rc
    if verb == "is-failed":
        rc = 1
        for u in units:
            st = unit_state(u)
            out(st["active"])
            rc = 0 if st["active"] == "failed" else rc
        return rc
    if verb == "status":
        rc = 0
        for n, u in enumerate(units):
            if n:
                out("")
            rc = max(rc, unit_status(u))
        return rc
    if verb == "show":
        for n, u in enumerate(units):
            if n:
                out("")
            unit_show(u, props, value_only)
        return 0
    if verb == "list-timers":
        return list_timers("--all" in opts)
    if verb in ("start", "stop", "restart"):
        for u in units:
            rc = unit_start_stop(u, verb, "--no-block" in opts)
            if rc:
                return rc
        return 0
    if verb in ("daemon-reload", "enable", "disable"):
        return 0
    err("Unknown command verb '%s'." % verb)
    return 1


def unit_status(u):
    spec = UNITS[u]
    st = unit_state(u)
    dot = {"active": "●", "failed": "×", "activating": "●"}.get(st["active"], "○")
    out("%s %s - %s" % (dot, u, spec["Description"]))
    out("     Loaded: loaded (%s; enabled; preset: enabled)" % spec["path"])
    since = "since %s; %s ago" % (fmt_ts(st["since"]), fmt_relative(now() - st["since"]))
    active = "%s (%s) %s" % (st["active"], st["sub"], since)
    if st["active"] == "failed":
        active = "failed (Result: %s) %s" % (st.get("result", "exit-code"), since)
    out("     Active: %s" % active)
    if "timer" in spec:
        nx = next_elapse(u)
        out("    Trigger: %s; %s left" % (fmt_ts(nx), fmt_relative(nx - now())))
        out("   Triggers: ● %s" % spec["timer"])
    else:
        if st.get("pid") and st["active"] == "activating":
            out("   Main PID: %d (pg-dump-to-s3)" % st["pid"])
        elif st.get("pid"):
            out("    Process: %d ExecStart=%s (code=exited, status=%d/%s)" % (
                st["pid"], "/usr/local/bin/" + u.split(".")[0], st.get("status", 0),
                "SUCCESS" if st.get("status", 0) == 0 else "FAILURE"))
            out("   Main PID: %d (code=exited, status=%d/%s)" % (
                st["pid"], st.get("status", 0), "SUCCESS" if st.get("status", 0) == 0 else "FAILURE"))
        out("        CPU: 1.234s")
    lines = [e for e in read_journal()[0] if e.get("_SYSTEMD_UNIT") == u][-10:]
    if lines:
        out("")
        for e in lines:
            out(short_line(e))
    return 0 if st["active"] == "active" else 3


def unit_show(u, props, value_only):
    spec = UNITS.get(u, {})
    st = unit_state(u) if spec else {"active": "inactive", "sub": "dead", "since": 0, "result": "success"}
    d = {
        "Id": u, "Names": u, "Description": spec.get("Description", u),
        "LoadState": "loaded" if spec else "not-found",
        "ActiveState": st["active"], "SubState": st["sub"], "Result": st.get("result", "success"),
        "UnitFileState": "enabled" if spec else "",
        "FragmentPath": spec.get("path", ""),
        "StateChangeTimestamp": fmt_ts(st["since"]) if st["since"] else "",
        "ActiveEnterTimestamp": fmt_ts(st["since"]) if st["active"] == "active" and st["since"] else "",
        "InactiveEnterTimestamp": fmt_ts(st["since"]) if st["active"] != "active" and st["since"] else "",
    }
    if "timer" in spec:
        d["Unit"] = spec["timer"]
        d["NextElapseUSecRealtime"] = fmt_ts(next_elapse(u))
        last = unit_state(spec["timer"]).get("last", 0)
        d["LastTriggerUSec"] = fmt_ts(last) if last else "n/a"
    else:
        d["Type"] = spec.get("Type", "simple")
        d["MainPID"] = str(st.get("pid", 0) if st["active"] == "activating" else 0)
        d["ExecMainPID"] = str(st.get("pid", 0))
        d["ExecMainStatus"] = str(st.get("status", 0))
    keys = props or list(d)
    for k in keys:
        if k in d or props:
            out(d.get(k, "") if value_only else "%s=%s" % (k, d.get(k, "")))


def list_timers(all_):
    rows = [["NEXT", "LEFT", "LAST", "PASSED", "UNIT", "ACTIVATES"]]
    timers = sorted((u for u in UNITS if "timer" in UNITS[u]), key=next_elapse)
    for u in timers:
        nx = next_elapse(u)
        last = unit_state(UNITS[u]["timer"]).get("last", 0)
        rows.append([fmt_ts(nx), fmt_relative(nx - now()) + " left", fmt_ts(last) if last else "-",
                     fmt_relative(now() - last) + " ago" if last else "-", u, UNITS[u]["timer"]])
    widths = [max(len(r[i]) for r in rows) for i in range(6)]
    for r in rows:
        out(" ".join(r[i].ljust(widths[i]) for i in range(6)).rstrip())
    out("")
    out("%d timers listed." % len(timers))
    if not all_:
        out("Pass --all to see loaded but inactive timers, too.")
    return 0


def unit_start_stop(u, verb, no_block):
    st = unit_state(u)
    spec = UNITS[u]
    if verb == "stop":
        pidfile = os.path.join(LAB, "state", "units", u + ".pid")
        if os.path.exists(pidfile):
            try:
                os.killpg(int(open(pidfile).read()), 15)
            except (OSError, ValueError):
                pass
            os.unlink(pidfile)
        if u == "mastodon.service":
            compose_main(["--project-directory", os.path.join(LAB, "opt", "mastodon"), "stop"], False)
        systemd_log(u, "Stopped %s - %s." % (u, spec["Description"]))
        st.update(active="inactive", sub="dead", since=now())
        save_unit(u, st)
        return 0
    if "timer" in spec:
        st.update(active="active", sub="waiting", since=now())
        save_unit(u, st)
        return 0
    if u == "mastodon.service":
        systemd_log(u, "Starting %s - %s..." % (u, spec["Description"]))
        rc = compose_main(["--project-directory", os.path.join(LAB, "opt", "mastodon"), "up", "-d"], False)
        st.update(active="active" if rc == 0 else "failed", sub="exited" if rc == 0 else "failed", since=now(),
                  status=rc, result="success" if rc == 0 else "exit-code", last=now())
        save_unit(u, st)
        systemd_log(u, "Finished %s - %s." % (u, spec["Description"]))
        return rc
    if st["active"] == "activating":
        return 0
    st.update(active="activating", sub="start", since=now(), last=now())
    save_unit(u, st)
    systemd_log(u, "Starting %s - %s..." % (u, spec["Description"]))
    logf = open(os.path.join(LAB, "log", "units.log"), "a")
    p = subprocess.Popen([sys.executable, os.path.realpath(__file__), "--run-unit", u], start_new_session=True,
                         stdin=subprocess.DEVNULL, stdout=logf, stderr=logf)
    with open(os.path.join(LAB, "state", "units", u + ".pid"), "w") as f:
        f.write(str(p.pid))
    st["pid"] = p.pid
    save_unit(u, st)
    if no_block:
        return 0
    rc = p.wait()
    if rc:
        err("Job for %s failed because the control process exited with error code." % u)
        err('See "systemctl status %s" and "journalctl -xeu %s" for details.' % (u, u))
        return 1
    return 0


def run_unit(u):
    """The unit's ExecStart, run detached; finishes the unit state and logs to the journal."""
    pid = os.getpid()
    ident = u.rsplit(".", 1)[0]
    rc = 0
    try:
        if u == "pg-dump-to-s3.service":
            rc = backup(lambda m, p=6: journal(u, m, ident=ident, pid=pid, priority=p))
        elif u == "media-cleanup.service":
            journal(u, "Removing remote media older than 7 days", ident=ident, pid=pid)
            time.sleep(1)
            journal(u, "Removed 1417 media attachments (approx. 2.3 GB)", ident=ident, pid=pid)
        elif u == "certbot.service":
            journal(u, "No renewals were attempted.", ident=ident, pid=pid)
    except Exception as e:  # noqa: BLE001 - the unit fails with the message, as systemd would show it
        journal(u, str(e), ident=ident, pid=pid, priority=3)
        rc = 1
    st = read_json(os.path.join(LAB, "state", "units", u + ".json"), {})
    spec = UNITS[u]
    if rc == 0:
        st.update(active="inactive", sub="dead", result="success", status=0, since=now())
        systemd_log(u, "%s: Deactivated successfully." % u)
        systemd_log(u, "Finished %s - %s." % (u, spec["Description"]))
    else:
        st.update(active="failed", sub="failed", result="exit-code", status=rc, since=now())
        systemd_log(u, "%s: Main process exited, code=exited, status=%d/FAILURE" % (u, rc))
        systemd_log(u, "%s: Failed with result 'exit-code'." % u)
        systemd_log(u, "Failed to start %s - %s." % (u, spec["Description"]))
    save_unit(u, st)
    try:
        os.unlink(os.path.join(LAB, "state", "units", u + ".pid"))
    except OSError:
        pass
    return rc


def backup(log):
    total = float(ENV.get("LAB_BACKUP_SECONDS", "20"))
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H%M%SZ")
    name = "mastodon_production-%s.dump.gz" % stamp
    tmp = os.path.join(LAB, "tmp", name)
    log("Dumping database mastodon_production to %s" % name)
    if fault("disk-full"):
        time.sleep(total / 4)
        log("pg_dump: error: could not write to output file: No space left on device", 3)
        return 1
    with open(tmp, "wb") as f:
        dump = subprocess.Popen([pg_bin("pg_dump"), "-Fc", "-Z0", "-h", "127.0.0.1", "-p", ENV["LAB_PG_PORT"],
                                 "-U", "mastodon", "mastodon_production"], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        gz = subprocess.Popen(["gzip", "-c"], stdin=dump.stdout, stdout=f)
        dump.stdout.close()
        gz.wait()
        e = dump.stderr.read().decode()
        if dump.wait() or gz.returncode:
            log("pg_dump: error: %s" % e.strip(), 3)
            return 1
    size = os.path.getsize(tmp)
    steps = 4
    for n in range(1, steps + 1):
        time.sleep(total / 2 / steps)
        log("Dump progress: %d%%" % (n * 100 // steps))
    log("Dump finished: %d bytes compressed" % size)
    bucket = ENV.get("LAB_BUCKET", "lab-backups")
    port = ENV["LAB_S3_PORT"]
    if fault("upload"):
        port = "9"  # the discard port: nothing listens, the upload really fails
    log("Uploading to s3://%s/%s" % (bucket, name))
    env = dict(os.environ, AWS_ACCESS_KEY_ID="lab", AWS_SECRET_ACCESS_KEY="lab", AWS_DEFAULT_REGION="us-east-1",
               AWS_MAX_ATTEMPTS="1", AWS_EC2_METADATA_DISABLED="true", HOME=os.path.join(LAB, "home"))
    r = subprocess.run(["aws", "--endpoint-url", "http://127.0.0.1:%s" % port, "--cli-connect-timeout", "2",
                        "s3", "cp", "--only-show-errors", tmp, "s3://%s/%s" % (bucket, name)],
                       capture_output=True, text=True, env=env)
    os.unlink(tmp)
    time.sleep(total / 4)
    if r.returncode:
        for line in (r.stderr.strip() or "upload failed").splitlines():
            log(line, 3)
        return 1
    log("Upload finished: s3://%s/%s (%d bytes)" % (bucket, name, size))
    return 0


# ------------------------------------------------------------------ journalctl
def read_journal(offset=0, needles=None):
    """The lab journal's entries from a byte offset on, and the offset after the last complete line (an
    entry being written is left for the next read). needles: when given, only lines holding one of these
    byte strings are decoded (a cheap first cut, as journald's per-field index is; the caller's own match
    still decides)."""
    try:
        with open(JOURNAL, "rb") as f:
            f.seek(offset)
            data = f.read()
    except OSError:
        return [], offset
    end = data.rfind(b"\n") + 1
    entries = []
    for line in data[:end].split(b"\n"):
        if needles is not None and not any(n in line for n in needles):
            continue
        if line.strip():
            try:
                entries.append(json.loads(line))
            except ValueError:
                pass
    return entries, offset + end


def read_journal_tail(needles, match, count):
    """The last count entries that match, in journal order, and the offset after the last complete line."""
    try:
        with open(JOURNAL, "rb") as f:
            data = f.read()
    except OSError:
        return [], 0
    end = data.rfind(b"\n") + 1
    picked = []
    if count > 0:
        for line in reversed(data[:end].split(b"\n")):
            if needles is not None and not any(n in line for n in needles):
                continue
            if not line.strip():
                continue
            try:
                e = json.loads(line)
            except ValueError:
                continue
            if match(e):
                picked.append(e)
                if len(picked) >= count:
                    break
    picked.reverse()
    return picked, end


def field_bytes(value):
    return bytes(value) if isinstance(value, list) else str(value).encode("utf-8")


def printable(data, newline):
    """systemd's utf8_is_printable_newline(): valid UTF-8 without control characters (TAB is allowed, and
    newlines when newline is set)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    for c in text:
        o = ord(c)
        if (o < 32 and c != "\t" and not (newline and c == "\n")) or 0x7F <= o <= 0x9F:
            return False
    return True


def message_text(e):
    """The message as text (invalid UTF-8 replaced), for matching and the short outputs."""
    return field_bytes(e.get("MESSAGE", "")).decode("utf-8", "replace")


# Fields journalctl always prints in the export and JSON outputs, whatever --output-fields says, in the
# order the export format has them.
JOURNAL_META = ["__CURSOR", "__REALTIME_TIMESTAMP", "__MONOTONIC_TIMESTAMP", "__SEQNUM", "__SEQNUM_ID", "_BOOT_ID"]


def entry_fields(e, fields):
    keys = [k for k in JOURNAL_META if k in e]
    keys += [k for k in e if k not in JOURNAL_META and (fields is None or k in fields)]
    return keys


def export_entry(e, fields):
    """Journal Export Format (systemd.io/JOURNAL_EXPORT_FORMATS): FIELD=value lines; a value that is not
    printable UTF-8 or holds a newline as the name, a newline, its size as a 64-bit little-endian number,
    the bytes and a newline; an empty line after the entry."""
    parts = []
    for k in entry_fields(e, fields):
        data = field_bytes(e[k])
        if printable(data, False):
            parts.append(k.encode() + b"=" + data + b"\n")
        else:
            parts.append(k.encode() + b"\n" + len(data).to_bytes(8, "little") + data + b"\n")
    return b"".join(parts) + b"\n"


def json_entry(e, fields, all_, pretty):
    """Journal JSON Format: every value a string; one that is not printable UTF-8 an array of byte values;
    one over 4096 bytes null unless --all."""
    obj = {}
    for k in entry_fields(e, fields):
        data = field_bytes(e[k])
        if not all_ and len(data) > 4096:
            obj[k] = None
        elif printable(data, True):
            obj[k] = data.decode("utf-8")
        else:
            obj[k] = list(data)
    if pretty:
        return json.dumps(obj, indent=8, ensure_ascii=False)
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def cursor_seqnum(cursor):
    """The entry's sequence number in a cursor ("s=…;i=HEX;b=…;…"); a malformed cursor is refused as
    journalctl does."""
    parts = dict(p.split("=", 1) for p in cursor.split(";") if "=" in p)
    try:
        return int(parts["i"], 16)
    except (KeyError, ValueError):
        raise UsageError("Failed to seek to cursor: Invalid argument")


def entry_seqnum(e):
    if "__SEQNUM" in e:
        return int(e["__SEQNUM"])
    return cursor_seqnum(e["__CURSOR"])


def local_time(ts, utc=False):
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc) if utc else dt.datetime.fromtimestamp(ts).astimezone()


def short_message(e, all_=False):
    """The message as the short outputs show it: "[N B blob data]" for one that is not printable, unless
    --all (then with its invalid bytes replaced)."""
    data = field_bytes(e.get("MESSAGE", ""))
    if not all_ and not printable(data, True):
        return "[%dB blob data]" % len(data)
    return data.decode("utf-8", "replace")


def short_line(e, iso=False, utc=False, hostname=True, all_=False):
    """journalctl's short and short-iso lines, in local time (or UTC with --utc)."""
    d = local_time(int(e["__REALTIME_TIMESTAMP"]) / 1e6, utc)
    if iso:
        offset = d.strftime("%z")
        stamp = d.strftime("%Y-%m-%dT%H:%M:%S") + offset[:3] + ":" + offset[3:]
    else:
        stamp = d.strftime("%b %d %H:%M:%S")
    host = (" " + e["_HOSTNAME"]) if hostname else ""
    return "%s%s %s[%s]: %s" % (stamp, host, e["SYSLOG_IDENTIFIER"], e["_PID"], short_message(e, all_))


SPAN_UNITS = {"us": 1e-6, "usec": 1e-6, "ms": 1e-3, "msec": 1e-3, "s": 1, "sec": 1, "second": 1, "seconds": 1,
              "m": 60, "min": 60, "minute": 60, "minutes": 60, "h": 3600, "hr": 3600, "hour": 3600,
              "hours": 3600, "d": 86400, "day": 86400, "days": 86400, "w": 604800, "week": 604800,
              "weeks": 604800, "M": 2629800, "month": 2629800, "months": 2629800, "y": 31557600,
              "year": 31557600, "years": 31557600}


def parse_span(text):
    total, pos = 0.0, 0
    for m in re.finditer(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]+)", text):
        if m.start() != pos or m.group(2) not in SPAN_UNITS:
            return None
        total += float(m.group(1)) * SPAN_UNITS[m.group(2)]
        pos = m.end()
    return total if pos == len(text) and pos else None


def parse_since(s):
    """A timestamp as journalctl's --since/--until read it (systemd.time(7)): local time unless it
    ends in UTC; "today", "yesterday", "tomorrow", "now", "@EPOCH", "-10min", "+1h", "2h ago"."""
    text = s.strip()
    t = now()
    midnight = dt.datetime.combine(dt.date.today(), dt.time()).timestamp()
    special = {"now": t, "today": midnight, "yesterday": midnight - 86400, "tomorrow": midnight + 86400}
    if text in special:
        return special[text]
    if text.startswith("@"):
        try:
            return float(text[1:])
        except ValueError:
            pass
    for sign, body in (("-", text[1:] if text.startswith("-") else None),
                       ("+", text[1:] if text.startswith("+") else None),
                       ("-", text[:-4] if text.endswith(" ago") else None)):
        if body is not None:
            span = parse_span(body)
            if span is not None:
                return t - span if sign == "-" else t + span
    tz = None
    if text.endswith(" UTC"):
        text, tz = text[:-4], dt.timezone.utc
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%H:%M:%S", "%H:%M"):
        try:
            d = dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
        if fmt.startswith("%H"):
            d = dt.datetime.combine(dt.date.today(), d.time())
        return d.replace(tzinfo=tz).timestamp()  # a naive time is local time
    raise UsageError("Failed to parse timestamp: %s" % s)


PRIORITIES = ["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"]

JOURNALCTL_OPTIONS = [
    ("h", "help", "n"), (None, "version", "n"), (None, "no-pager", "n"), ("e", "pager-end", "n"),
    ("f", "follow", "n"), ("o", "output", "r"), ("a", "all", "n"), ("l", "full", "n"), (None, "no-full", "n"),
    ("n", "lines", "o"), (None, "no-tail", "n"), ("q", "quiet", "n"), ("m", "merge", "n"), ("b", "boot", "o"),
    (None, "list-boots", "n"), ("k", "dmesg", "n"), (None, "system", "n"), (None, "user", "n"),
    ("D", "directory", "r"), (None, "file", "r"), (None, "root", "r"), (None, "header", "n"),
    ("t", "identifier", "r"), ("p", "priority", "r"), (None, "facility", "r"), ("g", "grep", "r"),
    (None, "case-sensitive", "o"), ("c", "cursor", "r"), (None, "cursor-file", "r"), (None, "after-cursor", "r"),
    (None, "show-cursor", "n"), ("S", "since", "r"), ("U", "until", "r"), ("u", "unit", "r"),
    (None, "user-unit", "r"), ("F", "field", "r"), ("N", "fields", "n"), ("x", "catalog", "n"),
    ("r", "reverse", "n"), ("M", "machine", "r"), (None, "utc", "n"), (None, "no-hostname", "n"),
    (None, "output-fields", "r"), (None, "disk-usage", "n"),
]


def priority_range(text):
    def level(v):
        if v.isdigit() and int(v) < 8:
            return int(v)
        if v in PRIORITIES:
            return PRIORITIES.index(v)
        raise UsageError("Unknown log level %s" % v)
    low, _, high = text.partition("..")
    return (level(low), level(high)) if high else (0, level(low))


def journalctl_main(args):
    slow()
    units, idents, matches = [], [], []
    n, follow, output, since, until, reverse, utc, hostname = None, False, "short", None, None, False, False, True
    prio, grep, quiet, no_tail, all_, fields = None, None, False, False, False, None
    cursor, after_cursor, show_cursor = None, None, False
    opts = GnuOptions("journalctl", args, JOURNALCTL_OPTIONS)
    try:
        for name, value in opts:
            if name == "unit":
                units.append(unit_name(value))
            elif name == "lines":
                if value is None:
                    # As journalctl: -n alone is 10, unless the next word is a count.
                    nxt = opts.peek()
                    value = opts.take() if nxt is not None and (nxt == "all" or nxt.isdigit()) else "10"
                if value != "all" and not value.isdigit():
                    raise UsageError("Failed to parse lines '%s'" % value)
                n = value
            elif name == "pager-end":
                n = n or "1000"
            elif name == "boot":
                nxt = opts.peek()
                if value is None and nxt is not None and re.match(r"^([0-9a-f]{32})?[+-]?\d*$", nxt) and nxt:
                    opts.take()
            elif name == "follow":
                follow = True
            elif name == "output":
                if value not in ("short", "short-iso", "short-precise", "cat", "json", "json-pretty", "verbose",
                                 "export", "with-unit", "short-full", "short-monotonic", "short-unix",
                                 "json-sse", "json-seq", "short-iso-precise", "short-delta"):
                    raise UsageError("Unknown output format '%s'." % value)
                output = value
            elif name == "since":
                since = parse_since(value)
            elif name == "until":
                until = parse_since(value)
            elif name == "identifier":
                idents.append(value)
            elif name == "priority":
                prio = priority_range(value)
            elif name == "grep":
                grep = re.compile(value, 0 if any(c.isupper() for c in value) else re.IGNORECASE)
            elif name == "reverse":
                reverse = True
            elif name == "quiet":
                quiet = True
            elif name == "utc":
                utc = True
            elif name == "no-hostname":
                hostname = False
            elif name == "no-tail":
                no_tail = True
            elif name == "all":
                all_ = True
            elif name == "output-fields":
                fields = set(f for f in value.split(",") if f)
            elif name == "cursor":
                cursor = cursor_seqnum(value)
            elif name == "after-cursor":
                after_cursor = cursor_seqnum(value)
            elif name == "show-cursor":
                show_cursor = True
            elif name == "version":
                out("systemd 257 (257.9-1~deb13u1)")
                return 0
        for operand in opts.operands:
            field, eq, value = operand.partition("=")
            if not eq or not re.match(r"^[A-Z0-9_]+$", field):
                raise UsageError("Failed to add match '%s': Invalid argument" % operand)
            matches.append((field, value))
    except UsageError as e:
        err(str(e))
        return 1
    if no_tail:
        n = None  # --no-tail: every entry, even with -f or -n

    def match(e):
        ts = int(e["__REALTIME_TIMESTAMP"]) / 1e6
        if units and e.get("_SYSTEMD_UNIT") not in units:
            return False
        if idents and e.get("SYSLOG_IDENTIFIER") not in idents:
            return False
        if any(e.get(f) != v for f, v in matches):
            return False
        if prio is not None and not prio[0] <= int(e.get("PRIORITY", "6")) <= prio[1]:
            return False
        if grep is not None and not grep.search(message_text(e)):
            return False
        if since is not None and ts < since:
            return False
        if until is not None and ts > until:
            return False
        if cursor is not None and entry_seqnum(e) < cursor:
            return False
        if after_cursor is not None and entry_seqnum(e) <= after_cursor:
            return False
        return True

    binary = sys.stdout.buffer

    def show(e):
        if output == "export":
            sys.stdout.flush()
            binary.write(export_entry(e, fields))
            binary.flush()
        elif output.startswith("json"):
            text = json_entry(e, fields, all_, output == "json-pretty")
            if output == "json-seq":
                text = "\x1e" + text
            elif output == "json-sse":
                text = "data: " + text + "\n"
            out(text)
        elif output == "cat":
            out(short_message(e, all_))
        elif output.startswith("short-iso"):
            out(short_line(e, True, utc, hostname, all_))
        else:
            out(short_line(e, False, utc, hostname, all_))

    # With -u, only the lines naming one of the units are decoded (the unit's name appears, JSON-quoted,
    # in each of its entries): a unit's history out of a large journal in a fraction of the time.
    needles = [json.dumps(u).encode("utf-8") for u in units] if units else None
    # -f shows the last 10 entries, unless told otherwise (--lines, --no-tail, a time or a cursor to start at).
    if n is None and follow and not no_tail and since is None and cursor is None and after_cursor is None:
        n = "10"
    if n not in (None, "all"):
        # The last n matching entries: decoded from the end of the file until n are found (the same
        # entries as matching all of them and keeping the last n, without decoding the whole journal).
        entries, offset = read_journal_tail(needles, match, int(n))
    else:
        journal, offset = read_journal(0, needles)
        entries = [e for e in journal if match(e)]
    if reverse:
        entries.reverse()
    # journalctl says so unless quiet (-q, and the json, export and cat outputs imply it).
    if not entries and not follow and not quiet and not output.startswith("json") and output not in ("cat", "export"):
        out("-- No entries --")
    for e in entries:
        show(e)
    if show_cursor and entries and not output.startswith("json") and output not in ("export", "cat"):
        out("-- cursor: %s" % entries[-1]["__CURSOR"])
    sys.stdout.flush()
    if follow:
        # From the end of what was read above: an entry written meanwhile is shown, not lost.
        while True:
            time.sleep(0.2)
            fresh, offset = read_journal(offset, needles)
            for e in fresh:
                if match(e):
                    show(e)
            sys.stdout.flush()
    return 0


# ------------------------------------------------------------------ df, lsblk, lvs
GIB = 1024 * 1024  # in 1K blocks


def filesystems():
    opt_size = 39 * GIB
    opt_used = 21 * GIB + 345678
    if fault("disk-full"):
        opt_used = int(opt_size * 0.95)  # ext4 reserves 5% for root: nothing is left for users
    return [
        ("udev", "devtmpfs", 4030408, 0, "/dev"),
        ("tmpfs", "tmpfs", 809432, 1208, "/run"),
        ("/dev/mapper/vg0-root1", "ext4", 30832548, 9876543, "/"),
        ("tmpfs", "tmpfs", 4047152, 0, "/dev/shm"),
        ("/dev/sda2", "ext4", 482922, 98765, "/boot"),
        ("/dev/mapper/vg0-opt", "ext4", opt_size, opt_used, "/opt"),
        ("tmpfs", "tmpfs", 809428, 0, "/run/user/0"),
    ]


def human(count, si=False):
    """coreutils' human_readable() with -h (powers of 1024) or -H (powers of 1000): rounded up, one
    decimal below 10. count: bytes (inode counts are passed as is)."""
    base = 1000.0 if si else 1024.0
    v = float(count)
    for unit in ("", "K", "M", "G", "T", "P"):
        if v < base or unit == "P":
            if unit == "":
                return "%d" % v
            if v < 10:
                return "%.1f%s" % (math.ceil(v * 10) / 10, unit)
            return "%d%s" % (math.ceil(v), unit)
        v /= base
    return "%d" % v


DF_OPTIONS = [
    ("a", "all", "n"), ("B", "block-size", "r"), ("i", "inodes", "n"), ("h", "human-readable", "n"),
    ("H", "si", "n"), ("k", None, "n"), ("l", "local", "n"), ("m", None, "n"), (None, "output", "o"),
    ("P", "portability", "n"), (None, "total", "n"), ("t", "type", "r"), ("T", "print-type", "n"),
    ("x", "exclude-type", "r"), ("v", None, "n"), ("F", None, "r"), (None, "sync", "n"), (None, "no-sync", "n"),
    (None, "help", "n"), (None, "version", "n"),
]
DF_FIELDS = ["source", "fstype", "itotal", "iused", "iavail", "ipcent", "size", "used", "avail", "pcent", "file",
             "target"]


def block_size(text):
    """-B SIZE: (bytes per block, suffix printed after each number, header prefix)."""
    m = re.match(r"^(\d*)([KMGTP]?)(i?B?)$", text)
    if not m or not (m.group(1) or m.group(2)):
        raise UsageError("df: invalid --block-size argument '%s'" % text)
    power = "KMGTP".find(m.group(2)) + 1 if m.group(2) else 0
    unit = (1000 if m.group(3) == "B" else 1024) ** power
    size = int(m.group(1) or 1) * unit
    suffix = "" if m.group(1) else m.group(2) + m.group(3)
    header = m.group(1) + m.group(2) + m.group(3) if m.group(1) else "1" + m.group(2) + m.group(3)
    return size, suffix, header


def df_main(args):
    slow()
    h = si = posix = show_type = inodes = total = False
    output, types, excluded = None, [], []
    blocks = (1024, "", "1K")
    opts = GnuOptions("df", args, DF_OPTIONS)
    try:
        for name, value in opts:
            if name == "human-readable":
                h, si = True, False
            elif name == "si":
                si, h = True, False
            elif name == "portability":
                posix = True
            elif name == "print-type":
                show_type = True
            elif name == "inodes":
                inodes = True
            elif name == "total":
                total = True
            elif name in ("type", "F"):
                types.append(value)
            elif name == "exclude-type":
                excluded.append(value)
            elif name == "k":
                h = si = False
                blocks = (1024, "", "1K")
            elif name == "m":
                h = si = False
                blocks = (1024 * 1024, "", "1M")
            elif name == "block-size":
                h = si = False
                blocks = block_size(value)
            elif name == "output":
                output = value.split(",") if value else list(DF_FIELDS)
                for f in output:
                    if f not in DF_FIELDS:
                        raise UsageError("df: option --output: field '%s' unknown" % f)
    except UsageError as e:
        err(str(e))
        if str(e).startswith("df: invalid option") or str(e).startswith("df: unrecognized option") \
                or "requires an argument" in str(e):
            err("Try 'df --help' for more information.")
        return 1
    clash = [o for o, on in (("-i", inodes), ("-T", show_type), ("-P", posix)) if on]
    if output and clash:
        err("df: options %s and --output are mutually exclusive" % clash[0])
        err("Try 'df --help' for more information.")
        return 1
    paths = opts.operands
    fss = filesystems()
    if paths:
        sel = []
        for p in paths:
            rp = p
            if rp.startswith(LAB + "/opt"):
                rp = rp[len(LAB):]
            best = max((f for f in fss if rp == f[4] or rp.startswith(f[4].rstrip("/") + "/")), key=lambda f: len(f[4]))
            sel.append(best)
        fss = sel
    fss = [f for f in fss if (not types or f[1] in types) and f[1] not in excluded]
    if not fss:
        err("df: no file systems processed")
        return 1

    def number(kb):
        if h or si:
            return human(kb * 1024, si)
        return "%d%s" % (-(-kb * 1024 // blocks[0]), blocks[1])

    def count(n):
        return human(n, si) if (h or si) else str(n)

    def percent(used, avail):
        return "-" if used + avail == 0 else "%d%%" % -(-used * 100 // (used + avail))

    stats = []
    for src, typ, size, used, target in fss:
        avail = max(0, int(size * 0.95) - used) if typ == "ext4" else size - used
        itotal = size // 16 if typ == "ext4" else size // 4
        iused = used // 64
        stats.append((src, typ, size, used, avail, itotal, iused, target))
    if total:
        stats.append(("total", "-", sum(x[2] for x in stats), sum(x[3] for x in stats), sum(x[4] for x in stats),
                      sum(x[5] for x in stats), sum(x[6] for x in stats), "-"))
    rows = []
    for src, typ, size, used, avail, itotal, iused, target in stats:
        rows.append({"source": src, "fstype": typ, "size": number(size), "used": number(used), "avail": number(avail),
                     "pcent": percent(used, avail), "target": target, "itotal": count(itotal),
                     "iused": count(iused), "iavail": count(itotal - iused), "ipcent": percent(iused, itotal - iused),
                     "file": "-"})
    size_hdr = "Size" if (h or si) else ("1024-blocks" if posix and blocks[0] == 1024 else blocks[2] + "-blocks")
    headers = {"source": "Filesystem", "fstype": "Type", "size": size_hdr, "used": "Used",
               "avail": "Avail" if (output or h or si) else "Available", "pcent": "Capacity" if posix else "Use%",
               "target": "Mounted on", "itotal": "Inodes", "iused": "IUsed", "iavail": "IFree", "ipcent": "IUse%",
               "file": "File"}
    if output:
        fields = output
    elif inodes:
        fields = ["source"] + (["fstype"] if show_type else []) + ["itotal", "iused", "iavail", "ipcent", "target"]
    else:
        fields = ["source"] + (["fstype"] if show_type else []) + ["size", "used", "avail", "pcent", "target"]
    left = {"source", "fstype", "target", "file"}
    minw = {"source": 14, "size": 5, "used": 5, "avail": 5} if not output else {}
    if output:
        minw = {"size": 5, "used": 5, "avail": 5} if (h or si) else {}
    widths = {f: max([len(headers[f]), minw.get(f, 0)] + [len(r[f]) for r in rows]) for f in fields}
    lines = []
    for row in [headers] + rows:
        cells = []
        for n, f in enumerate(fields):
            v = row[f]
            if f == "target" or (n == len(fields) - 1 and f in left):
                cells.append(v)
            elif f in left:
                cells.append(v.ljust(widths[f]))
            else:
                cells.append(v.rjust(widths[f]))
        lines.append(" ".join(cells))
    for line in lines:
        out(line)
    return 0


BLOCK = [
    {"name": "sda", "maj:min": "8:0", "size": "100G", "type": "disk", "mountpoints": [None], "children": [
        {"name": "sda1", "maj:min": "8:1", "size": "1M", "type": "part", "mountpoints": [None]},
        {"name": "sda2", "maj:min": "8:2", "size": "476M", "type": "part", "mountpoints": ["/boot"]},
        {"name": "sda3", "maj:min": "8:3", "size": "99.5G", "type": "part", "mountpoints": [None], "children": [
            {"name": "vg0-root1", "maj:min": "254:0", "size": "30G", "type": "lvm", "mountpoints": ["/"]},
            {"name": "vg0-root2", "maj:min": "254:1", "size": "30G", "type": "lvm", "mountpoints": [None]},
            {"name": "vg0-opt", "maj:min": "254:2", "size": "39G", "type": "lvm", "mountpoints": ["/opt"]},
        ]},
    ]},
    {"name": "sr0", "maj:min": "11:0", "size": "1024M", "type": "rom", "mountpoints": [None], "rm": True},
]


def lsblk_main(args):
    slow()
    if "-J" in args or "--json" in args:
        def conv(d):
            o = {"name": d["name"], "maj:min": d["maj:min"], "rm": d.get("rm", False), "size": d["size"],
                 "ro": False, "type": d["type"], "mountpoints": d["mountpoints"]}
            if "children" in d:
                o["children"] = [conv(c) for c in d["children"]]
            return o
        text = json.dumps({"blockdevices": [conv(d) for d in BLOCK]}, indent=3)
        out(text)
        return 0
    rows = []

    def walk(d, prefix, last, depth):
        tree = "" if depth == 0 else prefix + ("└─" if last else "├─")
        rows.append([tree + d["name"], d["maj:min"], "1" if d.get("rm") else "0", d["size"], "0", d["type"],
                     ",".join(m for m in d["mountpoints"] if m)])
        kids = d.get("children", [])
        for n, c in enumerate(kids):
            walk(c, ("" if depth == 0 else prefix + ("  " if last else "│ ")), n == len(kids) - 1, depth + 1)

    for d in BLOCK:
        walk(d, "", True, 0)
    hdr = ["NAME", "MAJ:MIN", "RM", "SIZE", "RO", "TYPE", "MOUNTPOINTS"]
    table = [hdr] + rows
    w = [max(len(r[i]) for r in table) for i in range(7)]
    right = {1, 2, 3, 4}
    for r in table:
        cells = []
        for i in range(7):
            if i == 1:
                # MAJ:MIN is aligned on the colon
                cells.append(r[i].rjust(w[i]) if r is hdr else r[i].split(":")[0].rjust(3) + ":" + r[i].split(":")[1].ljust(w[i] - 4))
            elif i in right:
                cells.append(r[i].rjust(w[i]))
            elif i == 6:
                cells.append(r[i])
            else:
                cells.append(r[i].ljust(w[i]))
        out(" ".join(cells))
    return 0


LVS = [("opt", "vg0", "-wi-ao----", 39), ("root1", "vg0", "-wi-ao----", 30), ("root2", "vg0", "-wi-a-----", 30)]


def lvs_main(args):
    slow()
    fields = ["lv_name", "vg_name", "lv_attr", "lv_size", "pool_lv", "origin", "data_percent",
              "metadata_percent", "move_pv", "mirror_log", "copy_percent", "convert_lv"]
    titles = {"lv_name": "LV", "vg_name": "VG", "lv_attr": "Attr", "lv_size": "LSize", "pool_lv": "Pool",
              "origin": "Origin", "data_percent": "Data%", "metadata_percent": "Meta%", "move_pv": "Move",
              "mirror_log": "Log", "copy_percent": "Cpy%Sync", "convert_lv": "Convert", "lv_path": "Path",
              "lv_dm_path": "DMPath"}
    units, suffix, headings, sep, jsonfmt = "h", True, True, None, False
    i = 0
    while i < len(args):
        a = args[i]
        if a == "-o" or a == "--options":
            i += 1
            v = args[i]
            fields = fields + v[1:].split(",") if v.startswith("+") else v.split(",")
        elif a == "--units":
            i += 1
            units = args[i]
        elif a == "--nosuffix":
            suffix = False
        elif a == "--noheadings":
            headings = False
        elif a == "--separator":
            i += 1
            sep = args[i]
        elif a == "--reportformat":
            i += 1
            jsonfmt = args[i].startswith("json")
        i += 1
    aliases = {"name": "lv_name", "size": "lv_size", "attr": "lv_attr", "vg": "vg_name"}
    fields = [aliases.get(f, f) for f in fields]

    def size(g):
        if units == "b":
            return "%d%s" % (g * 1024 ** 3, "B" if suffix else "")
        if units == "m":
            return "%.2f%s" % (g * 1024.0, "m" if suffix else "")
        return "%.2f%s" % (g, "g" if suffix else "")

    rows = []
    for name, vg, attr, g in LVS:
        rows.append({"lv_name": name, "vg_name": vg, "lv_attr": attr, "lv_size": size(g),
                     "lv_path": "/dev/%s/%s" % (vg, name), "lv_dm_path": "/dev/mapper/%s-%s" % (vg, name)})
    if jsonfmt:
        out("  {")
        out('      "report": [')
        out("          {")
        out('              "lv": [')
        for n, r in enumerate(rows):
            body = ", ".join('"%s":"%s"' % (f, r.get(f, "")) for f in fields)
            out("                  {%s}%s" % (body, "," if n < len(rows) - 1 else ""))
        out("              ]")
        out("          }")
        out("      ]")
        out("  }")
        return 0
    table = ([[titles.get(f, f) for f in fields]] if headings else []) + [[r.get(f, "") for f in fields] for r in rows]
    if sep is not None:
        for r in table:
            out("  " + sep.join(r))
        return 0
    w = [max(len(r[i]) for r in table) for i in range(len(fields))]
    for r in table:
        cells = [r[i].rjust(w[i]) if fields[i] == "lv_size" else r[i].ljust(w[i]) for i in range(len(fields))]
        out("  " + " ".join(cells))
    return 0


# ------------------------------------------------------------------ set-up helpers
def lab_init(lab):
    """Journal history, service and unit states of a new lab."""
    global LAB, JOURNAL, ENV
    LAB = lab
    JOURNAL = os.path.join(LAB, "journal", "journal.jsonl")
    ENV = load_env()
    cdir = os.path.join(LAB, "opt", "mastodon")
    services = parse_compose(os.path.join(cdir, "docker-compose.yml"))
    t = now() - 3 * 86400
    for svc, spec in services.items():
        st = {"state": "running", "image": spec["image"], "created": t, "started": t, "finished": 0, "exit": 0,
              "replicas": 1}
        save_state(svc, st)
        started_log(svc, st)
    set_pulled({s["image"] for s in services.values()})
    lab_datadir(lab)
    for u, spec in UNITS.items():
        if "timer" in spec:
            st = {"active": "active", "sub": "waiting", "since": t, "result": "success", "pid": 0, "status": 0}
        elif u == "mastodon.service":
            st = {"active": "active", "sub": "exited", "since": t, "result": "success", "pid": 812, "status": 0}
        else:
            st = {"active": "inactive", "sub": "dead", "since": t, "result": "success", "pid": 0, "status": 0,
                  "last": now() - 20 * 3600}
        save_unit(u, st)
    journal("mastodon.service", "Starting mastodon.service - Mastodon (docker compose)...", "systemd", 1, ts=t)
    journal("mastodon.service", "Finished mastodon.service - Mastodon (docker compose).", "systemd", 1, ts=t + 9)
    for day in (2, 1):
        b = now() - day * 86400
        journal("pg-dump-to-s3.service", "Starting pg-dump-to-s3.service - Dump the Mastodon database to S3...",
                "systemd", 1, ts=b)
        journal("pg-dump-to-s3.service", "Upload finished", "pg-dump-to-s3", 4000 + day, ts=b + 300)
        journal("pg-dump-to-s3.service", "pg-dump-to-s3.service: Deactivated successfully.", "systemd", 1, ts=b + 301)
        journal("media-cleanup.service", "Removed 1321 media attachments (approx. 2.1 GB)", "media-cleanup",
                5000 + day, ts=b + 3600)
        journal("certbot.service", "No renewals were attempted.", "certbot", 6000 + day, ts=b + 7200)
    return 0


def lab_schema(lab):
    """SQL for the Mastodon-shaped database: real table and column names, generated rows."""
    global LAB, ENV
    LAB = lab
    ENV = load_env()
    accounts = int(ENV.get("LAB_ACCOUNTS", "20000"))
    statuses = int(ENV.get("LAB_STATUSES", "300000"))
    applied = migrations_up_to(ENV.get("LAB_VERSION", "v4.2.10"))
    versions = ",".join("('%s')" % m[0] for m in applied) or "('20160220174730')"
    out("""
CREATE TABLE schema_migrations (version character varying PRIMARY KEY);
CREATE TABLE ar_internal_metadata (key character varying PRIMARY KEY, value character varying,
  created_at timestamp(6) without time zone NOT NULL, updated_at timestamp(6) without time zone NOT NULL);
CREATE TABLE accounts (
  id bigint PRIMARY KEY, username character varying DEFAULT '' NOT NULL, domain character varying,
  private_key text, public_key text DEFAULT '' NOT NULL,
  created_at timestamp without time zone NOT NULL, updated_at timestamp without time zone NOT NULL,
  note text DEFAULT '' NOT NULL, display_name character varying DEFAULT '' NOT NULL,
  uri character varying DEFAULT '' NOT NULL, url character varying,
  avatar_file_name character varying, avatar_content_type character varying, avatar_file_size integer,
  locked boolean DEFAULT false NOT NULL, last_webfingered_at timestamp without time zone,
  inbox_url character varying DEFAULT '' NOT NULL, outbox_url character varying DEFAULT '' NOT NULL,
  shared_inbox_url character varying DEFAULT '' NOT NULL, followers_url character varying DEFAULT '' NOT NULL,
  protocol integer DEFAULT 0 NOT NULL, memorial boolean DEFAULT false NOT NULL, moved_to_account_id bigint,
  actor_type character varying, discoverable boolean, silenced_at timestamp without time zone,
  suspended_at timestamp without time zone, trendable boolean, indexable boolean DEFAULT false NOT NULL);
CREATE UNIQUE INDEX index_accounts_on_username_and_domain_lower ON accounts (lower(username), COALESCE(lower(domain), ''));
CREATE TABLE statuses (
  id bigint PRIMARY KEY, uri character varying, text text DEFAULT '' NOT NULL,
  created_at timestamp without time zone NOT NULL, updated_at timestamp without time zone NOT NULL,
  in_reply_to_id bigint, reblog_of_id bigint, url character varying, sensitive boolean DEFAULT false NOT NULL,
  visibility integer DEFAULT 0 NOT NULL, spoiler_text text DEFAULT '' NOT NULL, reply boolean DEFAULT false NOT NULL,
  language character varying, conversation_id bigint, local boolean,
  account_id bigint NOT NULL REFERENCES accounts(id), application_id bigint, in_reply_to_account_id bigint,
  poll_id bigint, deleted_at timestamp without time zone, edited_at timestamp without time zone,
  trendable boolean, ordered_media_attachment_ids bigint[]);
CREATE INDEX index_statuses_20190820 ON statuses (account_id, id DESC, visibility, updated_at) WHERE deleted_at IS NULL;
CREATE TABLE media_attachments (
  id bigint PRIMARY KEY, status_id bigint REFERENCES statuses(id) ON DELETE SET NULL,
  file_file_name character varying, file_content_type character varying, file_file_size integer,
  file_updated_at timestamp without time zone, remote_url character varying DEFAULT '' NOT NULL,
  created_at timestamp without time zone NOT NULL, updated_at timestamp without time zone NOT NULL,
  shortcode character varying, type integer DEFAULT 0 NOT NULL, file_meta json,
  account_id bigint REFERENCES accounts(id) ON DELETE SET NULL, description text, scheduled_status_id bigint,
  blurhash character varying, processing integer, file_storage_schema_version integer,
  thumbnail_file_name character varying, thumbnail_content_type character varying,
  thumbnail_file_size integer, thumbnail_updated_at timestamp without time zone, thumbnail_remote_url character varying);
CREATE INDEX index_media_attachments_on_status_id ON media_attachments (status_id);
CREATE TABLE follows (
  id bigint PRIMARY KEY, created_at timestamp without time zone NOT NULL,
  updated_at timestamp without time zone NOT NULL, account_id bigint NOT NULL REFERENCES accounts(id),
  target_account_id bigint NOT NULL REFERENCES accounts(id), show_reblogs boolean DEFAULT true NOT NULL,
  uri character varying, notify boolean DEFAULT false NOT NULL, languages character varying[]);
CREATE UNIQUE INDEX index_follows_on_account_id_and_target_account_id ON follows (account_id, target_account_id);
""")
    out("INSERT INTO schema_migrations (version) VALUES %s;" % versions)
    out("INSERT INTO ar_internal_metadata VALUES ('environment', 'production', now(), now());")
    out("""
INSERT INTO accounts (id, username, domain, public_key, created_at, updated_at, note, display_name, uri, url,
  locked, actor_type, discoverable, indexable)
SELECT g, 'user' || g, CASE WHEN g %% 5 = 0 THEN NULL ELSE 'remote' || (g %% 97) || '.example' END,
  '-----BEGIN PUBLIC KEY-----', now() - (g || ' minutes')::interval, now(), 'A generated lab account',
  'User ' || g, 'https://remote' || (g %% 97) || '.example/users/user' || g,
  'https://remote' || (g %% 97) || '.example/@user' || g, g %% 13 = 0, 'Person', g %% 3 = 0, false
FROM generate_series(1::bigint, %d) g;
INSERT INTO statuses (id, uri, text, created_at, updated_at, visibility, language, local, account_id, reply, sensitive)
SELECT g, 'https://lab.invalid/statuses/' || g, 'Generated status ' || g || ' with some text for size',
  now() - (g || ' seconds')::interval, now(), g %% 4, 'en', g %% 5 = 0, 1 + (g * 7919) %% %d, g %% 9 = 0, false
FROM generate_series(1::bigint, %d) g;
INSERT INTO media_attachments (id, status_id, file_file_name, file_content_type, file_file_size, file_updated_at,
  remote_url, created_at, updated_at, shortcode, type, account_id, description)
SELECT g, g * 10, 'image' || g || '.png', 'image/png', 20000 + g %% 50000, now(),
  CASE WHEN g %% 5 = 0 THEN '' ELSE 'https://remote.example/media/' || g || '.png' END,
  now() - ((g * 10) || ' seconds')::interval, now(), NULL, 0, 1 + (g * 10 * 7919) %% %d, 'generated'
FROM generate_series(1::bigint, %d) g;
INSERT INTO follows (id, created_at, updated_at, account_id, target_account_id, show_reblogs, notify)
SELECT row_number() OVER (), now(), now(), a, b, true, false FROM (
  SELECT DISTINCT 1 + (g * 31) %% %d AS a, 1 + (g * 17 + g / %d) %% %d AS b FROM generate_series(1::bigint, %d) g) p
WHERE a <> b;
ANALYZE accounts, statuses, media_attachments, follows, schema_migrations;
""" % (accounts, accounts, statuses, accounts, statuses // 10, accounts, accounts, accounts, accounts * 5))
    return 0


def last_log_time(svc):
    """The time of the last line of a service's container log (None when it has none)."""
    try:
        with open(log_path(svc), "rb") as f:
            f.seek(0, os.SEEK_END)
            f.seek(max(0, f.tell() - 4096))
            lines = f.read().decode("utf-8", "replace").splitlines()
    except OSError:
        return None
    return log_line_time(lines[-1]) if lines else None


def end_redis_incident():
    """redis runs again: the incident of the "redis" fault is over (sidekiq and streaming reconnect)."""
    mark = os.path.join(LAB, "faults", "redis")
    if os.path.exists(mark):
        os.unlink(mark)
        svc_log("sidekiq", "pid=7 tid=2kb9 INFO: Redis is reachable again (redis:6379)")
        svc_log("streaming", '{"level":"info","time":%d,"msg":"Redis connection restored"}' % int(now() * 1000))


def redis_incident(on):
    """The "redis" fault, an incident rather than a switch: on, the kernel's OOM killer has just killed
    redis-server (the container exited with 137, what SIGKILL leaves) and sidekiq and streaming log that they
    cannot reach it, as on a real night; what shows why is in the containers' logs. Starting redis again
    (docker compose start, up -d or restart) ends the incident and removes the fault's file; off starts it too."""
    cdir = lab_compose_dir()
    services = parse_compose(compose_file(cdir))
    project = os.path.basename(cdir).lower()
    st = svc_state("redis", services)
    if not on:
        # steward-lab removed the fault's file already; redis is started again if the incident left it down.
        if st["state"] != "running":
            return compose_stop_start(project, services, "start", ["redis"], cdir)
        return 0
    # The incident began up to 40 seconds ago, but not before what the logs already hold (a container's log
    # is in time order): its lines are spread from then to now.
    t = now()
    begin = max([t - 40] + [last_log_time(svc) or 0 for svc in ("redis", "sidekiq", "streaming")])
    step = (t - begin) / 10
    svc_log("redis", "1:M * 10000 changes in 60 seconds. Saving...", begin)
    svc_log("redis", "1:M * Background saving started by pid 27", begin + step / 2)
    st.update(state="exited", finished=begin + step, exit=137)
    save_state("redis", st)
    for k in range(6):
        svc_log("sidekiq", "pid=7 tid=2kb9 WARN: Redis::CannotConnectError: Error connecting to Redis on "
                "redis:6379 (Errno::ECONNREFUSED)", begin + (k + 1.2) * step)
    svc_log("sidekiq", "pid=7 tid=2kb9 WARN: /opt/mastodon/vendor/bundle/ruby/3.2.0/gems/redis-client-0.22.2/"
            "lib/redis_client/ruby_connection.rb:138:in `rescue in connect'", begin + 7.5 * step)
    svc_log("streaming", '{"level":"error","time":%d,"msg":"Redis connection error: connect ECONNREFUSED '
            '172.18.0.3:6379"}' % int((begin + 1.3 * step) * 1000), begin + 1.3 * step)
    svc_log("streaming", '{"level":"error","time":%d,"msg":"Error: connect ECONNREFUSED 172.18.0.3:6379"}'
            % int((begin + 8 * step) * 1000), begin + 8 * step)
    return 0


def main():
    name = os.path.basename(sys.argv[0])
    args = sys.argv[1:]
    if name.endswith(".py"):
        if args[:1] == ["--lab-init"]:
            return lab_init(args[1])
        if args[:1] == ["--lab-schema"]:
            return lab_schema(args[1])
        if args[:1] == ["--lab-datadir"]:
            return lab_datadir(args[1])
        if args[:1] == ["--run-unit"]:
            return run_unit(args[1])
        if args[:1] == ["--journal-generate"]:
            return journal_generate(args[1], args[2], args[3] if len(args) > 3 and args[3] else None,
                                    int(args[4]) if len(args) > 4 and args[4] else None,
                                    args[5] if len(args) > 5 and args[5] else None)
        if args[:1] == ["--chatty"]:
            return chatty(args[1], args[2])
        if args[:1] == ["--redis-incident"]:
            return redis_incident(args[1] == "on")
        if args:
            name, args = args[0], args[1:]
    table = {"docker": docker_main, "docker-compose": lambda a: compose_main(a, True), "systemctl": systemctl_main,
             "journalctl": journalctl_main, "df": df_main, "lsblk": lsblk_main, "lvs": lvs_main}
    if name not in table:
        err("labshim: unknown tool %s" % name)
        return 2
    try:
        return table[name](args)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
