"""The score Mozilla's HTTP Observatory would give a response, computed offline.

A transcription of the published rules of the MDN HTTP Observatory (github.com/mdn/
mdn-http-observatory): the modifiers are its `SCORE_TABLE` (src/grader/charts.js), each test
follows its analyzer (src/analyzer/tests/*.js) and the total its scanner (src/scanner/index.js):
start at 100, add every modifier, but count the bonuses only when the score without them is at
least 90; the grade is the chart's entry for the score rounded down to a multiple of 5, A+ from
100.

    test                          result (modifier)
    content-security-policy      no unsafe, default-src 'none' (+10); no unsafe (+5); unsafe only
                                 in style-src (0); http: images (-10); 'unsafe-eval' (-10);
                                 'unsafe-inline'/data:/broad sources in script-src or object-src,
                                 or either unrestricted (-20); http: sources (-20); none or
                                 unparsable (-25)
    cookies                      all Secure, sessions HttpOnly, all SameSite (+5); without
                                 SameSite (0); none (0); without Secure behind HSTS (-5), session
                                 (-10); without Secure (-20); SameSite invalid (-20); anti-CSRF
                                 without SameSite (-20); session without HttpOnly (-30); session
                                 without Secure (-40)
    cross-origin-resource-sharing  none, public or restricted (0); credentials for any origin (-50)
    redirection                  http to https on the same host (0); off host (-5); missing (-20)
    referrer-policy              no-referrer, same-origin, strict-origin(-when-cross-origin) (+5);
                                 absent (0); unsafe or invalid (-5)
    strict-transport-security    at least six months (0); less (-10); absent or invalid (-20);
                                 preloaded (+5, needs the browsers' preload list: not counted)
    subresource-integrity        no script, or all from the same origin (0); SRI on all (+5);
                                 foreign over https without SRI (-5); foreign over http (-50)
    x-content-type-options       nosniff (0); absent or invalid (-5)
    x-frame-options              CSP frame-ancestors (+5); DENY/SAMEORIGIN (0); absent (-20)
    cross-origin-resource-policy same-origin or same-site (+10); cross-origin or absent (0);
                                 invalid (-5)

Simplified, and never in the site's favour: one policy per header, the CORS test looks at the
response's own headers (the scanner also sends a foreign Origin), a script from another host
counts as foreign even on the same registrable domain, and HSTS preloading is never assumed.
"""

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

GRADES = [(100, "A+"), (90, "A"), (85, "A-"), (80, "B+"), (70, "B"), (65, "B-"), (60, "C+"),
          (50, "C"), (45, "C-"), (40, "D+"), (30, "D"), (25, "D-"), (0, "F")]  # fmt: skip
MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90
SIX_MONTHS = 15_552_000  # the Observatory's "white lie" for 15768000

DANGEROUSLY_BROAD = {"ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*",
                     "https://*.*"}  # fmt: skip
UNSAFE_INLINE = {"'unsafe-inline'", "data:"}
NONCES_HASHES = ("'sha256-", "'sha384-", "'sha512-", "'nonce-")


@dataclass
class Scan:
    score: int
    grade: str
    results: dict = field(default_factory=dict)  # test name → (result, modifier)

    def __str__(self):
        lines = [f"{self.score} ({self.grade})"]
        lines += [f"  {modifier:+4d} {test}: {result}" for test, (result, modifier) in self.results.items()]  # fmt: skip
        return "\n".join(lines)


def parse_csp(header):
    """{directive: set of sources}; ValueError when a directive repeats or a policy list is
    sent (one policy is all this site sends)."""
    if "," in header:
        raise ValueError("several policies")
    policy = {}
    for part in header.split(";"):
        tokens = part.strip().split()
        if not tokens:
            continue
        name = tokens[0].lower()
        if name in policy:
            raise ValueError(f"duplicate directive {name}")
        policy[name] = {token.lower() if not token.startswith(NONCES_HASHES) else token
                        for token in tokens[1:]}  # fmt: skip
    return policy


def csp_test(headers, https):
    header = headers.get("Content-Security-Policy")
    if not header:
        return "csp-not-implemented", -25, {}
    try:
        csp = parse_csp(header)
    except ValueError:
        return "csp-header-invalid", -25, {}
    if not csp:
        return "csp-not-implemented", -25, {}
    default = csp.get("default-src")
    object_src = set(csp.get("object-src") or default or {"*"})
    script_src = set(csp.get("script-src") or default or {"*"})
    style_src = set(csp.get("style-src") or default or {"*"})
    for sources in (script_src, style_src):
        if any(source.startswith(NONCES_HASHES) for source in sources):
            sources.discard("'unsafe-inline'")
    if "'strict-dynamic'" in script_src:
        if not any(source.startswith(NONCES_HASHES) for source in script_src):
            return "csp-header-invalid", -25, csp
        script_src = {source for source in script_src
                      if source not in ("'self'", "'unsafe-inline'")
                      and not any(source.startswith(broad) for broad in DANGEROUSLY_BROAD)}  # fmt: skip
    active = [source for name, sources in csp.items() if name not in ("img-src", "media-src", "script-src")
              for source in sources] + list(script_src)  # fmt: skip
    passive = [source for name in ("img-src", "media-src") for source in (csp.get(name) or default or ())]  # fmt: skip
    insecure = ("http:", "ftp:")
    if script_src & (DANGEROUSLY_BROAD | UNSAFE_INLINE) or object_src & DANGEROUSLY_BROAD:
        return "csp-implemented-with-unsafe-inline", -20, csp
    if https and any(source.startswith(insecure) for source in active):
        return "csp-implemented-with-insecure-scheme", -20, csp
    if "'unsafe-eval'" in script_src | style_src:
        return "csp-implemented-with-unsafe-eval", -10, csp
    if https and any(source.startswith(insecure) for source in passive):
        return "csp-implemented-with-insecure-scheme-in-passive-content-only", -10, csp
    if style_src & (DANGEROUSLY_BROAD | UNSAFE_INLINE):
        return "csp-implemented-with-unsafe-inline-in-style-src-only", 0, csp
    if default == {"'none'"}:
        return "csp-implemented-with-no-unsafe-default-src-none", 10, csp
    return "csp-implemented-with-no-unsafe", 5, csp


def hsts_test(headers):
    header = headers.get("Strict-Transport-Security")
    if not header:
        return "hsts-not-implemented", -20
    max_age = None
    for parameter in (part.strip().lower() for part in header.split(";")):
        if parameter.startswith("max-age="):
            try:
                max_age = int(parameter[8:])
            except ValueError:
                return "hsts-header-invalid", -20
    if max_age is None or "," in header:
        return "hsts-header-invalid", -20
    if max_age < SIX_MONTHS:
        return "hsts-implemented-max-age-less-than-six-months", -10
    return "hsts-implemented-max-age-at-least-six-months", 0


COOKIE_BADNESS = [  # from least to most serious, as the analyzer's `goodness` list
    ("cookies-without-secure-flag-but-protected-by-hsts", -5),
    ("cookies-without-secure-flag", -20),
    ("cookies-session-without-secure-flag-but-protected-by-hsts", -10),
    ("cookies-samesite-flag-invalid", -20),
    ("cookies-anticsrf-without-samesite-flag", -20),
    ("cookies-session-without-httponly-flag", -30),
    ("cookies-session-without-secure-flag", -40),
]


def cookies_test(cookies, hsts_passes):
    """`cookies`: the response's SimpleCookie."""
    if not cookies:
        return "cookies-not-found", 0
    rank = {name: index for index, (name, _modifier) in enumerate(COOKIE_BADNESS)}
    worst, missing_samesite = None, False

    def worse(result):
        nonlocal worst
        if worst is None or rank[result] > rank[worst]:
            worst = result

    for name, morsel in cookies.items():
        name = name.lower()
        secure, httponly = bool(morsel["secure"]), bool(morsel["httponly"])
        samesite = morsel["samesite"].lower()
        session, anticsrf = any(word in name for word in ("login", "sess")), "csrf" in name
        if samesite and samesite not in ("lax", "strict", "none"):
            worse("cookies-samesite-flag-invalid")
        if samesite == "none" and not secure:
            worse("cookies-samesite-flag-invalid")
        if not secure:
            worse("cookies-without-secure-flag-but-protected-by-hsts" if hsts_passes else "cookies-without-secure-flag")  # fmt: skip
        if anticsrf and not samesite:
            worse("cookies-anticsrf-without-samesite-flag")
        if session and not secure:
            worse("cookies-session-without-secure-flag-but-protected-by-hsts" if hsts_passes else "cookies-session-without-secure-flag")  # fmt: skip
        if session and not httponly:
            worse("cookies-session-without-httponly-flag")
        missing_samesite = missing_samesite or not samesite
    if worst:
        return worst, dict(COOKIE_BADNESS)[worst]
    if missing_samesite:
        return "cookies-secure-with-httponly-sessions", 0
    return "cookies-secure-with-httponly-sessions-and-samesite", 5


def cors_test(headers):
    origin = headers.get("Access-Control-Allow-Origin")
    if not origin:
        return "cross-origin-resource-sharing-not-implemented", 0
    if origin.strip() == "*":
        return "cross-origin-resource-sharing-implemented-with-public-access", 0
    if headers.get("Access-Control-Allow-Credentials", "").lower() == "true":
        return "cross-origin-resource-sharing-implemented-with-universal-access", -50
    return "cross-origin-resource-sharing-implemented-with-restricted-access", 0


def redirection_test(http_response, host):
    if http_response is None:
        return "redirection-not-needed-no-http", 0
    if http_response.status_code not in (301, 302, 303, 307, 308):
        return "redirection-missing", -20
    target = urlsplit(http_response["Location"])
    if target.scheme != "https":
        return "redirection-not-to-https", -20
    if target.hostname != host:
        return "redirection-off-host-from-http", -5
    return "redirection-to-https", 0


def referrer_policy_test(headers):
    header = headers.get("Referrer-Policy")
    if not header:
        return "referrer-policy-not-implemented", 0
    good = {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"}
    bad = {"origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade"}
    valid = [value.strip().lower() for value in header.split(",") if value.strip().lower() in good | bad]  # fmt: skip
    policy = valid[-1] if valid else ""
    if policy in good:
        return "referrer-policy-private", 5
    if policy in bad:
        return "referrer-policy-unsafe", -5
    return "referrer-policy-header-invalid", -5


class _Scripts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts.append(dict(attrs))


def sri_test(headers, html, host):
    if not headers.get("Content-Type", "").startswith("text/html"):
        return "sri-not-implemented-response-not-html", 0
    parser = _Scripts()
    parser.feed(html)
    with_src = [script for script in parser.scripts if script.get("src")]
    if not parser.scripts:
        return "sri-not-implemented-but-no-scripts-loaded", 0
    results = []
    for script in with_src:
        src, integrity = script["src"], script.get("integrity")
        parts = urlsplit(src)
        if not parts.scheme and not parts.netloc:
            continue  # same origin
        if parts.scheme in ("http", "https") and parts.hostname == host:
            continue  # same host (the Observatory also accepts the same registrable domain)
        if parts.scheme == "https":
            results.append(("sri-implemented-and-external-scripts-loaded-securely", 5) if integrity
                           else ("sri-not-implemented-but-external-scripts-loaded-securely", -5))  # fmt: skip
        else:
            results.append(("sri-not-implemented-and-external-scripts-not-loaded-securely", -50))
    if results:
        return min(results, key=lambda result: result[1])
    return "sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0


def xcto_test(headers):
    header = headers.get("X-Content-Type-Options")
    if not header:
        return "x-content-type-options-not-implemented", -5
    if header.strip().lower() == "nosniff":
        return "x-content-type-options-nosniff", 0
    return "x-content-type-options-header-invalid", -5


def xfo_test(headers, csp):
    if "frame-ancestors" in csp:
        return "x-frame-options-implemented-via-csp", 5
    header = headers.get("X-Frame-Options", "").strip().lower()
    if header in ("deny", "sameorigin"):
        return "x-frame-options-sameorigin-or-deny", 0
    if header.startswith("allow-from"):
        return "x-frame-options-allow-from-origin", 0
    if header:
        return "x-frame-options-header-invalid", -20
    return "x-frame-options-not-implemented", -20


def corp_test(headers):
    header = headers.get("Cross-Origin-Resource-Policy", "").strip().lower()
    if not header:
        return "cross-origin-resource-policy-not-implemented", 0
    if header in ("same-origin", "same-site"):
        return f"cross-origin-resource-policy-implemented-with-{header}", 10
    if header == "cross-origin":
        return "cross-origin-resource-policy-implemented-with-cross-origin", 0
    return "cross-origin-resource-policy-header-invalid", -5


def scan(response, *, host, http_response=None):
    """Grade `response` (a 2xx answer to an https request for `host`); `http_response` is the
    answer to the same request over http (None: the site is not reachable over http)."""
    assert 200 <= response.status_code < 300, response.status_code
    headers = response.headers
    html = response.content.decode(response.charset or "utf-8", errors="replace")
    csp_result, csp_modifier, csp = csp_test(headers, https=True)
    hsts = hsts_test(headers)
    results = {
        "content-security-policy": (csp_result, csp_modifier),
        "cookies": cookies_test(response.cookies, hsts_passes=hsts[1] >= 0),
        "cross-origin-resource-sharing": cors_test(headers),
        "redirection": redirection_test(http_response, host),
        "referrer-policy": referrer_policy_test(headers),
        "strict-transport-security": hsts,
        "subresource-integrity": sri_test(headers, html, host),
        "x-content-type-options": xcto_test(headers),
        "x-frame-options": xfo_test(headers, csp),
        "cross-origin-resource-policy": corp_test(headers),
    }
    with_extra_credit = 100 + sum(modifier for _result, modifier in results.values())
    uncurved = 100 + sum(modifier for _result, modifier in results.values() if modifier < 0)
    score = max(with_extra_credit if uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT else uncurved, 0)
    grade = next(grade for floor, grade in GRADES if min(score - score % 5, 100) >= floor)
    return Scan(score=score, grade=grade, results=results)
