#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the journal samples of tests/data/logs with a real systemd-journald and journalctl (systemd 257 of
# the build root), in a private mount namespace: tools/devroot exec tests/data/logs/make-journal-samples.sh
# Entries: plain text at several priorities, an ANSI-coloured message (not valid text for the journal: an
# array of bytes in JSON, a binary field in export), a multi-line message, invalid UTF-8, a 5000-byte
# message (null in -o json without --all), quotes, backslashes and non-ASCII text.
set -euo pipefail
out=$(cd "$(dirname "$0")" && pwd)
exec unshare --mount --propagation unchanged --pid --fork bash -s "$out" <<'INNER'
set -euo pipefail
out=$1
mkdir -p /run/systemd /run/log /var/log/journal
mount -t tmpfs tmpfs /run/log
mount -t tmpfs tmpfs /run/systemd
mkdir -p /run/systemd/journal
mount -t tmpfs tmpfs /var/log/journal
echo 0123456789abcdef0123456789abcdef > /tmp/machine-id
mount --bind /tmp/machine-id /etc/machine-id
/usr/lib/systemd/systemd-journald &
for _ in $(seq 50); do [ -S /run/systemd/journal/socket ] && break; sleep 0.1; done
python3 - <<'PY'
import socket, struct, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
def send(fields):
    data = b""
    for k, v in fields:
        v = v if isinstance(v, bytes) else v.encode()
        if b"\n" in v:
            data += k.encode() + b"\n" + struct.pack("<Q", len(v)) + v + b"\n"
        else:
            data += k.encode() + b"=" + v + b"\n"
    s.sendto(data, "/run/systemd/journal/socket")
    time.sleep(0.01)
unit = [("_SYSTEMD_UNIT_HINT", "x")]
send([("MESSAGE", "Started mastodon-web.service - Mastodon web."), ("PRIORITY", "6"), ("SYSLOG_IDENTIFIER", "systemd")])
send([("MESSAGE", "[ActionDispatch::RoutingError] No route matches [GET] \"/wp-login.php\""), ("PRIORITY", "3"), ("SYSLOG_IDENTIFIER", "mastodon-web")])
send([("MESSAGE", "disk usage above 90% on /opt"), ("PRIORITY", "4"), ("SYSLOG_IDENTIFIER", "steward-check")])
send([("MESSAGE", b"\x1b[1m\x1b[36mGET\x1b[0m /api/v1/timelines/home 200"), ("PRIORITY", "6"), ("SYSLOG_IDENTIFIER", "mastodon-web")])
send([("MESSAGE", "Traceback (most recent call last):\n  File \"backup.py\", line 3\nOSError: No space left on device"), ("PRIORITY", "3"), ("SYSLOG_IDENTIFIER", "pg-dump-to-s3")])
send([("MESSAGE", b"bad utf-8: \xff\xfe and a C0 \x01 byte"), ("PRIORITY", "5"), ("SYSLOG_IDENTIFIER", "steward-bin")])
send([("MESSAGE", "x" * 5000), ("PRIORITY", "7"), ("SYSLOG_IDENTIFIER", "steward-long")])
send([("MESSAGE", "quote \" backslash \\ tab\there caf\u00e9 \u2713 \U0001F418"), ("PRIORITY", "6"), ("SYSLOG_IDENTIFIER", "steward-text")])
PY
sleep 0.5
fields=MESSAGE,PRIORITY,_PID,SYSLOG_IDENTIFIER,_COMM,_SYSTEMD_UNIT
q() { journalctl --no-pager -q -t systemd -t mastodon-web -t steward-check -t pg-dump-to-s3 -t steward-bin -t steward-long -t steward-text "$@"; }
q -o json --all --output-fields=$fields > "$out/journal-all.json"
q -o json --output-fields=$fields > "$out/journal.json"
q -o json > "$out/journal-fullfields.json"
q -o export --output-fields=$fields > "$out/journal.export"
q -o short-iso-precise > "$out/journal.short-iso-precise"
INNER
