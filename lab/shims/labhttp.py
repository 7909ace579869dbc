#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The steward-lab web front: what nginx in front of Mastodon's web and streaming containers answers.

    labhttp.py PORT          (STEWARD_LAB_DIR in the environment; started by steward-lab)

One HTTP/1.1 server on 127.0.0.1:PORT, the lab instance's public URL (lab/README.md, "HTTP"):
  - every path: 503 and the maintenance page while $LAB/opt/mastodon/maintenance exists (our nginx's
    `if (-f …/maintenance) { return 503; }` with its error_page);
  - /api/v1/streaming/…: the streaming container (502 and nginx's own page while it is not running);
    /api/v1/streaming/health answers "OK" as the streaming server does;
  - everything else: the web container (502 while it is not running): /health "OK",
    /api/v2/instance (Mastodon's Instance entity, `version` the running web image's, as
    `tootctl version` prints it), GET /api/v1/accounts/verify_credentials and POST /api/v1/statuses
    (a stand-in that records each post in $LAB/http/statuses.jsonl) with the lab's token
    ($LAB/http/token), Idempotency-Key, scheduled_at, the character limit and the `rate-limit` fault.
The response shapes are Mastodon's (REST::InstanceSerializer, REST::StatusSerializer,
REST::CredentialAccountSerializer, REST::ScheduledStatusSerializer, Api::BaseController's errors,
Doorkeeper's 401, RateLimitHeaders) and nginx's (error pages, `Server: nginx`).
"""

import datetime as dt
import email.parser
import email.policy
import html
import http.server
import json
import os
import re
import secrets
import sys
import threading
import time
import unicodedata
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.realpath(__file__)))
import labshim  # noqa: E402  (the compose state, faults and settings of the same lab)

LAB = labshim.LAB
HTTP_DIR = os.path.join(LAB, "http")
STATUSES = os.path.join(HTTP_DIR, "statuses.jsonl")
DOMAIN = "lab.invalid"  # LOCAL_DOMAIN of the lab's .env.production
MAX_CHARACTERS = int(labshim.ENV.get("LAB_MAX_CHARACTERS", "500"))
URL_PLACEHOLDER_CHARS = 23  # StatusLengthValidator::URL_PLACEHOLDER_CHARS
IDEMPOTENCY_SECONDS = 3600  # PostStatusService: redis.setex(idempotency_key, 3_600, …)
MIN_SCHEDULE_OFFSET = 300  # PostStatusService::MIN_SCHEDULE_OFFSET
STATUS_RATE_LIMIT = 300  # RateLimiter FAMILIES[:statuses]: 300 per 3 hours
STATUS_RATE_PERIOD = 3 * 3600
ADMIN_ID = "109348726536417001"
APPLICATION = {"name": "Steward", "website": "https://github.com/social-coop-tech/steward"}
LOCK = threading.Lock()

# nginx's own error pages (ngx_http_special_response.c): CRLF line ends, "nginx" in the footer.
NGINX_PAGE = ("<html>\r\n<head><title>%(code)d %(reason)s</title></head>\r\n<body>\r\n"
              "<center><h1>%(code)d %(reason)s</h1></center>\r\n<hr><center>nginx</center>\r\n"
              "</body>\r\n</html>\r\n")

MAINTENANCE_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Down for maintenance - %(domain)s</title>
</head>
<body>
<main>
<h1>We are upgrading %(domain)s</h1>
<p>The server is down for maintenance. Your account and your posts are safe; please come back in a few
minutes.</p>
</main>
</body>
</html>
"""


def token():
    try:
        with open(os.path.join(HTTP_DIR, "token")) as f:
            return f.read().strip()
    except OSError:
        return ""


def iso_ms(ts):
    """Mastodon's timestamps: "2026-11-22T00:10:00.000Z"."""
    d = dt.datetime.fromtimestamp(ts, dt.timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)


def snowflake(ts):
    """Mastodon::Snowflake: milliseconds since the epoch, shifted by 16 bits, and a sequence."""
    return str((int(ts * 1000) << 16) | secrets.randbelow(1 << 16))


def service_running(svc):
    services = labshim.parse_compose(os.path.join(LAB, "opt", "mastodon", "docker-compose.yml"))
    if svc not in services:
        return None
    st = labshim.svc_state(svc, services)
    if st.get("state") != "running" or int(st.get("replicas", 1)) < 1:
        return None
    return st


def account(statuses_count, last_status_at):
    created = time.time() - 400 * 86400
    return {
        "id": ADMIN_ID, "username": "admin", "acct": "admin", "display_name": "Lab admin", "locked": False,
        "bot": False, "discoverable": True, "group": False, "created_at": iso_ms(created - created % 86400),
        "note": "<p>The steward-lab instance&#39;s admin account.</p>",
        "url": "https://%s/@admin" % DOMAIN,
        "avatar": "https://%s/avatars/original/missing.png" % DOMAIN,
        "avatar_static": "https://%s/avatars/original/missing.png" % DOMAIN,
        "header": "https://%s/headers/original/missing.png" % DOMAIN,
        "header_static": "https://%s/headers/original/missing.png" % DOMAIN,
        "followers_count": 42, "following_count": 7, "statuses_count": statuses_count,
        "last_status_at": last_status_at, "noindex": False, "emojis": [], "roles": [], "fields": [],
    }


def credential_account():
    posts = [p for p in read_posts() if not p.get("scheduled")]
    last = dt.datetime.fromtimestamp(posts[-1]["at"], dt.timezone.utc).strftime("%Y-%m-%d") if posts else None
    a = account(len(posts), last)
    a["source"] = {"privacy": "public", "sensitive": False, "language": "en", "note": "The steward-lab "
                   "instance's admin account.", "fields": [], "follow_requests_count": 0}
    a["role"] = {"id": "3", "name": "Owner", "permissions": "1048575", "color": "", "highlighted": True}
    return a


def instance(version):
    major_minor = tuple(int(x) for x in re.findall(r"\d+", version)[:2]) or (4, 2)
    doc = {
        "domain": DOMAIN,
        "title": "Steward lab",
        "version": version,
        "source_url": "https://github.com/mastodon/mastodon",
        "description": "The steward-lab rehearsal instance: a stand-in of social.coop on this machine.",
        "usage": {"users": {"active_month": int(labshim.ENV.get("LAB_ACCOUNTS", "20000")) // 10}},
        "thumbnail": {"url": "https://%s/packs/media/images/preview-6399aebd96ccf025654e2977454f168f.png" % DOMAIN},
        "languages": ["en"],
        "configuration": {
            "urls": {"streaming": "wss://%s" % DOMAIN, "status": None},
            "accounts": {"max_featured_tags": 10},
            "statuses": {"max_characters": MAX_CHARACTERS, "max_media_attachments": 4,
                         "characters_reserved_per_url": URL_PLACEHOLDER_CHARS},
            "media_attachments": {
                "supported_mime_types": ["image/jpeg", "image/png", "image/gif", "image/heic", "image/heif",
                                         "image/webp", "image/avif", "video/webm", "video/mp4", "video/quicktime",
                                         "video/ogg", "audio/wave", "audio/wav", "audio/x-wav", "audio/x-pn-wave",
                                         "audio/vnd.wave", "audio/ogg", "audio/vorbis", "audio/mpeg", "audio/mp3",
                                         "audio/webm", "audio/flac", "audio/aac", "audio/m4a", "audio/x-m4a",
                                         "audio/mp4", "audio/3gpp", "video/x-ms-asf"],
                "image_size_limit": 16777216, "image_matrix_limit": 33177600, "video_size_limit": 103809024,
                "video_frame_rate_limit": 120, "video_matrix_limit": 8294400},
            "polls": {"max_options": 4, "max_characters_per_option": 50, "min_expiration": 300,
                      "max_expiration": 2629746},
            "translation": {"enabled": False},
        },
        "registrations": {"enabled": False, "approval_required": True,
                          "message": "<p>Registrations are closed on the lab.</p>"},
        "contact": {"email": "tech@%s" % DOMAIN, "account": account(0, None)},
        "rules": [{"id": "1", "text": "Be excellent to each other.", "hint": ""}],
    }
    if major_minor >= (4, 3):
        # 4.3 added the icons, the API version and the VAPID key (REST::InstanceSerializer).
        doc["icon"] = [{"src": "https://%s/packs/media/icons/android-chrome-%dx%d.png" % (DOMAIN, s, s),
                        "size": "%dx%d" % (s, s)} for s in (36, 72, 144, 192, 256, 384, 512)]
        doc["api_versions"] = {"mastodon": 2}
        doc["configuration"]["vapid"] = {"public_key": "BLabLabLabLabLabLabLabLabLabLabLabLabLabLabLabLab"
                                                       "LabLabLabLabLabLabLabLabLabLabLabLabLabLabLab="}
        doc["configuration"]["urls"]["about"] = "https://%s/about" % DOMAIN
        doc["configuration"]["urls"]["privacy_policy"] = "https://%s/privacy-policy" % DOMAIN
        doc["configuration"]["accounts"]["max_pinned_statuses"] = 5
        doc["configuration"]["media_attachments"]["description_limit"] = 1500
        doc["registrations"]["reason_required"] = False
        doc["registrations"]["min_age"] = None
        doc["registrations"]["url"] = None
    return doc


# ------------------------------------------------------------------ statuses
def read_posts():
    posts = []
    try:
        with open(STATUSES) as f:
            for line in f:
                line = line.strip()
                if line:
                    try:
                        posts.append(json.loads(line))
                    except ValueError:
                        pass
    except OSError:
        pass
    return posts


def countable_length(text):
    """StatusLengthValidator: a URL counts as 23 characters, a remote mention as its local part, the rest
    as grapheme clusters (approximated: combining marks, variation selectors and ZWJ sequences join the
    character before them)."""
    text = re.sub(r"https?://[^\s<>\"]+", "x" * URL_PLACEHOLDER_CHARS, text)
    text = re.sub(r"(?<![\w/])@(\w+)@[\w.-]+\w", r"@\1", text)
    count = 0
    join = False
    for ch in text:
        if unicodedata.combining(ch) or 0xFE00 <= ord(ch) <= 0xFE0F or 0x1F3FB <= ord(ch) <= 0x1F3FF:
            continue
        if ch == "\u200d":
            join = True
            continue
        if join:
            join = False
            continue
        count += 1
    return count


def format_content(text):
    """Plain text as Mastodon's TextFormatter renders a local status: paragraphs, <br />, links."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    out = []
    for p in paragraphs:
        escaped = html.escape(p, quote=True).replace("&#x27;", "&#39;")
        escaped = re.sub(r"(https?://[^\s<>&]+)",
                         lambda m: '<a href="%s" target="_blank" rel="nofollow noopener noreferrer">%s</a>'
                         % (m.group(1), m.group(1)), escaped)
        out.append("<p>" + escaped.replace("\n", "<br />") + "</p>")
    return "".join(out)


def status_entity(post):
    sid = post["id"]
    return {
        "id": sid, "created_at": iso_ms(post["at"]), "in_reply_to_id": None, "in_reply_to_account_id": None,
        "sensitive": post["sensitive"], "spoiler_text": post["spoiler_text"], "visibility": post["visibility"],
        "language": post["language"], "uri": "https://%s/users/admin/statuses/%s" % (DOMAIN, sid),
        "url": "https://%s/@admin/%s" % (DOMAIN, sid), "replies_count": 0, "reblogs_count": 0,
        "favourites_count": 0, "edited_at": None, "favourited": False, "reblogged": False, "muted": False,
        "bookmarked": False, "pinned": False, "content": format_content(post["text"]), "filtered": [],
        "reblog": None, "application": APPLICATION,
        "account": account(post.get("statuses_count", 1), dt.datetime.fromtimestamp(
            post["at"], dt.timezone.utc).strftime("%Y-%m-%d")),
        "media_attachments": [], "mentions": [], "tags": [], "emojis": [], "card": None, "poll": None,
    }


def scheduled_entity(post):
    return {
        "id": post["id"], "scheduled_at": iso_ms(post["scheduled_at"]),
        "params": {"text": post["text"], "poll": None, "media_ids": None, "sensitive": post["sensitive_param"],
                   "visibility": post["visibility_param"], "language": post["language_param"],
                   "spoiler_text": post["spoiler_text_param"], "scheduled_at": None, "idempotency": None,
                   "with_rate_limit": False, "in_reply_to_id": None, "application_id": 1},
        "media_attachments": [],
    }


def parse_time(text):
    """scheduled_at as Ruby's String#to_datetime reads the ISO 8601 forms clients send."""
    t = text.strip()
    if t.endswith("Z"):
        t = t[:-1] + "+00:00"
    d = dt.datetime.fromisoformat(t)
    if d.tzinfo is None:
        d = d.replace(tzinfo=dt.timezone.utc)
    return d.timestamp()


def truthy(value):
    # ActiveModel::Type::Boolean: "0", "f", "false", "off" (and empty) are false.
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() not in ("", "0", "f", "false", "off")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "nginx"

    def version_string(self):
        return "nginx"

    def log_message(self, fmt, *args):
        try:
            with open(os.path.join(LAB, "log", "http.log"), "a") as f:
                f.write('%s - - [%s] %s\n' % (self.client_address[0], self.log_date_time_string(), fmt % args))
        except OSError:
            pass

    # -------------------------------------------------------------- replies
    def reply(self, code, body, content_type, headers=None):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def json(self, code, doc, headers=None):
        self.reply(code, json.dumps(doc, ensure_ascii=False, separators=(",", ":")),
                   "application/json; charset=utf-8", headers)

    def nginx_error(self, code):
        reason = self.responses.get(code, ("",))[0]
        self.reply(code, NGINX_PAGE % {"code": code, "reason": reason}, "text/html")

    def not_found(self, path):
        if path.startswith("/api/"):
            self.json(404, {"error": "Record not found"})
        else:
            self.reply(404, "<!DOCTYPE html>\n<html><head><title>The page you are looking for isn't here."
                       "</title></head><body><h1>404</h1></body></html>\n", "text/html; charset=utf-8")

    # -------------------------------------------------------------- requests
    def read_body(self):
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = 0
        return self.rfile.read(length) if length > 0 else b""

    def params(self, query):
        """Rails' params: the query string, then a form, multipart form or JSON body."""
        params = {k: v[-1] for k, v in urllib.parse.parse_qs(query, keep_blank_values=True).items()}
        body = self.body
        ctype = self.headers.get("Content-Type", "")
        if not body:
            return params
        if ctype.startswith("application/json"):
            try:
                doc = json.loads(body.decode("utf-8"))
            except (ValueError, UnicodeDecodeError) as e:
                raise ValueError("Error occurred while parsing request parameters") from e
            if isinstance(doc, dict):
                params.update(doc)
        elif ctype.startswith("multipart/form-data"):
            msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                b"Content-Type: " + ctype.encode("latin-1") + b"\r\n\r\n" + body)
            for part in msg.iter_parts():
                name = part.get_param("name", header="content-disposition")
                if name:
                    params[name] = part.get_payload(decode=True).decode("utf-8", "replace")
        else:
            params.update({k: v[-1] for k, v in urllib.parse.parse_qs(body.decode("utf-8", "replace"),
                                                                      keep_blank_values=True).items()})
        return params

    def bearer(self, query):
        auth = self.headers.get("Authorization", "")
        if auth.lower().startswith("bearer "):
            return auth[7:].strip()
        return urllib.parse.parse_qs(query).get("access_token", [""])[-1]

    def authorized(self, query):
        expected = token()
        given = self.bearer(query)
        if expected and given and secrets.compare_digest(given, expected):
            return True
        # Doorkeeper's answer to a missing, unknown or revoked token (Api::BaseController's render options).
        self.json(401, {"error": "The access token is invalid"}, {
            "WWW-Authenticate": 'Bearer realm="Doorkeeper", error="invalid_token", '
                                'error_description="The access token is invalid"'})
        return False

    def handle_any(self):
        # The whole request is read first, so that the connection stays usable whatever the answer.
        self.body = self.read_body()
        labshim.slow()
        url = urllib.parse.urlsplit(self.path)
        path = url.path
        if os.path.exists(os.path.join(LAB, "opt", "mastodon", "maintenance")):
            self.reply(503, MAINTENANCE_PAGE % {"domain": DOMAIN}, "text/html; charset=utf-8")
            return
        if path.startswith("/api/v1/streaming"):
            if not service_running("streaming"):
                self.nginx_error(502)
            elif path.rstrip("/") == "/api/v1/streaming/health" and self.command in ("GET", "HEAD"):
                self.reply(200, "OK", "text/plain")
            else:
                self.json(404, {"error": "Not found"})
            return
        web = service_running("web")
        if not web:
            self.nginx_error(502)
            return
        route = (self.command if self.command != "HEAD" else "GET", path.rstrip("/") or "/")
        if route == ("GET", "/health"):
            self.reply(200, "OK", "text/plain; charset=utf-8")
        elif route == ("GET", "/api/v2/instance"):
            self.json(200, instance(labshim.image_version(web["image"])))
        elif route == ("GET", "/api/v1/accounts/verify_credentials"):
            if self.authorized(url.query):
                self.json(200, credential_account())
        elif route == ("POST", "/api/v1/statuses"):
            self.post_status(url.query)
        else:
            self.not_found(path)

    def post_status(self, query):
        try:
            params = self.params(query)
        except ValueError as e:
            self.json(400, {"error": str(e)})
            return
        if not self.authorized(query):
            return
        key = self.headers.get("Idempotency-Key", "").strip()
        with LOCK:
            now = time.time()
            posts = read_posts()
            if key:
                for p in reversed(posts):
                    if p.get("idempotency_key") == key and now - p["at"] < IDEMPOTENCY_SECONDS:
                        self.json(200, p["response"], self.rate_headers(posts, now))
                        return
            text = str(params.get("status") or "")
            spoiler = str(params.get("spoiler_text") or "")
            if not text.strip() and spoiler.strip():
                text, spoiler = spoiler, ""  # PostStatusService: the spoiler becomes the text
            visibility = str(params.get("visibility") or "public")
            if visibility not in ("public", "unlisted", "private", "direct"):
                self.json(422, {"error": "Validation failed: Visibility is not included in the list"})
                return
            scheduled_at = None
            if params.get("scheduled_at"):
                try:
                    scheduled_at = parse_time(str(params["scheduled_at"]))
                except ValueError:
                    self.json(422, {"error": "Record invalid"})  # raise ActiveRecord::RecordInvalid
                    return
                if scheduled_at <= now + MIN_SCHEDULE_OFFSET:
                    scheduled_at = None  # too soon: posted now, as Mastodon does
            errors = []
            if not text.strip():
                errors.append("Text can't be blank")
            elif countable_length(text + spoiler) > MAX_CHARACTERS:
                errors.append("Text character limit of %d exceeded" % MAX_CHARACTERS)
            if errors:
                # A scheduled status is validated as a status first, then RecordInvalid without a record.
                self.json(422, {"error": "Record invalid" if scheduled_at else
                                "Validation failed: " + ", ".join(errors)})
                return
            if labshim.fault("rate-limit"):
                self.json(429, {"error": "Too many requests"}, self.rate_headers(posts, now, exhausted=True))
                return
            post = {
                "id": snowflake(now), "at": now, "idempotency_key": key or None, "text": text,
                "spoiler_text": spoiler, "visibility": visibility,
                "language": str(params.get("language") or "en"),
                "sensitive": truthy(params.get("sensitive", False)) or bool(spoiler),
                "scheduled": scheduled_at is not None,
                "statuses_count": 1 + sum(1 for p in posts if not p.get("scheduled")),
            }
            if scheduled_at:
                post.update(scheduled_at=scheduled_at, sensitive_param=params.get("sensitive"),
                            visibility_param=params.get("visibility"), language_param=params.get("language"),
                            spoiler_text_param=params.get("spoiler_text"))
                post["id"] = str(1 + sum(1 for p in posts if p.get("scheduled")))
                post["response"] = scheduled_entity(post)
            else:
                post["response"] = status_entity(post)
            os.makedirs(HTTP_DIR, exist_ok=True)
            with open(STATUSES, "a") as f:
                f.write(json.dumps(post, ensure_ascii=False, separators=(",", ":")) + "\n")
            posts.append(post)
            self.json(200, post["response"], self.rate_headers(posts, now))

    @staticmethod
    def rate_headers(posts, now, exhausted=False):
        """RateLimiter#to_headers for the statuses family (300 per 3 hours)."""
        window = now - now % STATUS_RATE_PERIOD
        used = sum(1 for p in posts if p["at"] >= window and not p.get("scheduled"))
        reset = dt.datetime.fromtimestamp(window + STATUS_RATE_PERIOD, dt.timezone.utc)
        return {
            "X-RateLimit-Limit": str(STATUS_RATE_LIMIT),
            "X-RateLimit-Remaining": "0" if exhausted else str(max(0, STATUS_RATE_LIMIT - used)),
            "X-RateLimit-Reset": reset.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        }

    do_GET = do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = handle_any


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: labhttp.py PORT (STEWARD_LAB_DIR in the environment)\n")
        return 2
    os.makedirs(HTTP_DIR, exist_ok=True)
    server = Server(("127.0.0.1", int(sys.argv[1])), Handler)
    sys.stdout.write("labhttp: listening on http://127.0.0.1:%d\n" % server.server_address[1])
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
