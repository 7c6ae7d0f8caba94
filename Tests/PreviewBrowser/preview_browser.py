#!/usr/bin/env python3
"""Drives `policykit preview` (which runs policykit-preview, beside policykit) in a real
browser (headless Chromium through Selenium) and over raw HTTP, the way a user and an
attacker would, and prints what it saw as JSON.

    preview_browser.py POLICYKIT EXAMPLE_FOLDER            the checks (PreviewBrowserTests)
    preview_browser.py POLICYKIT EXAMPLE_FOLDER --bench N  timings (scripts/bench)

The example's folder (without its documents) is copied to a temporary folder first: the
preview is started on the copy of its settings file, which is edited, broken, deleted and
fixed; the example is not touched.
"""
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
except ImportError:
    sys.exit("selenium is not installed: `scripts/install-dependencies --tests` installs it (pip install selenium)")

NAME_LINE = re.compile(r"^(  name:).*$", re.MULTILINE)


def find(*names):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    return None


class Preview:
    """A running `policykit preview` on a copy of the example's settings."""

    def __init__(self, policykit, example):
        self.folder = tempfile.mkdtemp(prefix="policykit-preview-")
        self.settings = os.path.join(self.folder, "settings.yaml")
        # The whole example, so the files its settings name (the logo) come along.
        shutil.copytree(example, self.folder, dirs_exist_ok=True, ignore=shutil.ignore_patterns("documents"))
        with open(self.settings, encoding="utf-8") as f:
            self.original = f.read()
        started = time.monotonic()
        self.process = subprocess.Popen([policykit, "preview", self.settings, "--port", "0"],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not match:
            self.stop()
            raise SystemExit(f"preview printed no address: {line!r} {self.process.stderr.read()!r}")
        self.address = match.group(0)
        self.port = int(match.group(1))
        with urllib.request.urlopen(self.address, timeout=5) as response:
            assert response.status == 200
        self.startup = time.monotonic() - started

    def write(self, text):
        # As an editor saves: the whole file rewritten in place.
        with open(self.settings, "w", encoding="utf-8") as f:
            f.write(text)

    def with_name(self, value):
        return NAME_LINE.sub(lambda m: m.group(1) + " " + value, self.original, count=1)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


def raw_get(port, target, host):
    """The status line and body of a GET sent byte for byte, as no browser would send it."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status = int(head.split(b" ")[1]) if head else 0
    return status, body.decode("utf-8", "replace")


def browser():
    chromium = find("chromium", "chromium-browser", "google-chrome")
    driver = find("chromedriver")
    if not chromium or not driver:
        sys.exit("chromium and chromedriver are needed: `scripts/install-dependencies --tests` installs "
                 "the Debian packages chromium and chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(executable_path=driver), options=options)


FRAME_TEXT = """
const frame = document.getElementById('document');
const body = frame && frame.contentDocument && frame.contentDocument.body;
return body ? body.innerText : '';
"""
ERRORS_TEXT = "const e = document.getElementById('errors'); return e ? e.innerText : '';"


def wait_for(driver, script, test, limit=10.0):
    """Polls the page until `test` holds for what `script` returns; the value, or None after `limit` s."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            value = driver.execute_script(script)
        except Exception:
            value = None  # the page is reloading
        if value is not None and test(value):
            return value
        time.sleep(0.005)
    return None


def checks(policykit, example):
    preview = Preview(policykit, example)
    driver = browser()
    report = {}
    try:
        driver.get(preview.address)
        poster = wait_for(driver, FRAME_TEXT, lambda text: len(text) > 0) or ""
        report["first_page"] = {"title": driver.title, "document": poster[:2000]}

        marker = "Harbourview Preview Test Office"
        preview.write(preview.with_name(marker))
        started = time.monotonic()
        shown = wait_for(driver, FRAME_TEXT, lambda text: marker in text)
        report["edit"] = {"shown": shown is not None, "seconds": time.monotonic() - started}

        # The commonest slip: no space after the colon.
        preview.write(NAME_LINE.sub(lambda m: "  name:Broken", preview.original, count=1))
        errors = wait_for(driver, ERRORS_TEXT, lambda text: len(text) > 0) or ""
        report["broken"] = {"errors": errors, "document": driver.execute_script(FRAME_TEXT) or ""}

        fixed = "Harbourview Fixed Office"
        preview.write(preview.with_name(fixed))
        recovered = wait_for(driver, FRAME_TEXT, lambda text: fixed in text)
        report["fixed"] = {"shown": recovered is not None, "errors": driver.execute_script(ERRORS_TEXT) or ""}

        os.remove(preview.settings)
        missing = wait_for(driver, ERRORS_TEXT, lambda text: len(text) > 0) or ""
        # Half a file, as a save caught midway leaves it.
        # Cut at the end of a line, so the first problem is the unfinished text itself.
        cut = preview.original.rfind("\n", 0, len(preview.original) // 3) + 1
        preview.write(preview.original[:cut] + '  "unfinished')
        half = wait_for(driver, ERRORS_TEXT, lambda text: len(text) > 0 and text != missing) or ""
        again = "Harbourview Saved Again"
        preview.write(preview.with_name(again))
        back = wait_for(driver, FRAME_TEXT, lambda text: again in text)
        report["deleted"] = {"errors": missing, "half_written_errors": half, "recovered": back is not None,
                             "errors_after": driver.execute_script(ERRORS_TEXT) or ""}

        hostile = '"<img src=x onerror=alert(1)><script>alert(2)</script> & Co"'
        preview.write(preview.with_name(hostile))
        text = wait_for(driver, FRAME_TEXT, lambda text: "& Co" in text) or ""
        # The poster's own logo is an image too: only one the value made (src=x) counts.
        markup = driver.execute_script(
            "return document.getElementById('document').contentDocument"
            ".querySelectorAll('main img[src=\"x\"], main script').length")
        # The same text in an error message, which the page itself shows.
        preview.write(NAME_LINE.sub(lambda m: "  name:<script>alert(3)</script>", preview.original, count=1))
        message = wait_for(driver, ERRORS_TEXT, lambda text: "alert(3)" in text) or ""
        message_markup = driver.execute_script("return document.querySelectorAll('#errors script, #errors img').length")
        report["hostile"] = {"document": text[:2000], "document_elements": markup,
                             "errors": message, "errors_elements": message_markup}

        report["traversal"] = {}
        for target in ("/documents/../settings.yaml", "/documents/%2e%2e/settings.yaml", "/%2E%2E/%2E%2E/etc/passwd",
                       "/documents/..%2Fsettings.yaml", "/documents/%252e%252e/settings.yaml", "/documents/poster.html/..",
                       "/../documents/poster.html", "/settings.yaml"):
            status, body = raw_get(preview.port, target, f"127.0.0.1:{preview.port}")
            report["traversal"][target] = {"status": status, "leaked": "organisation:" in body or "root:" in body}
        good, _ = raw_get(preview.port, "/documents/poster.html", f"127.0.0.1:{preview.port}")
        report["document_status"] = good
        report["hosts"] = {host: raw_get(preview.port, "/", host)[0] for host in (
            f"evil.example:{preview.port}", f"localhost:{preview.port}", f"127.0.0.1.evil.example:{preview.port}",
            "localhost", f"[::1]:{preview.port}")}
    finally:
        driver.quit()
        preview.stop()
    # `policykit preview` becomes policykit-preview (same process), so stopping the
    # program that was started stops the server: nothing is left listening.
    report["stopped"] = {"exit_signal": -preview.process.returncode if preview.process.returncode < 0 else 0,
                         "still_listening": listening(preview.port)}
    return report


def listening(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def bench(policykit, example, runs):
    startups, saves = [], []
    for _ in range(runs):
        preview = Preview(policykit, example)
        startups.append(preview.startup)
        preview.stop()
    preview = Preview(policykit, example)
    driver = browser()
    try:
        driver.get(preview.address)
        wait_for(driver, FRAME_TEXT, lambda text: len(text) > 0)
        for run in range(runs):
            marker = f"Harbourview Timing Office {run}"
            preview.write(preview.with_name(marker))
            started = time.monotonic()
            if wait_for(driver, FRAME_TEXT, lambda text: marker in text) is None:
                raise SystemExit(f"the page never showed {marker!r}")
            saves.append(time.monotonic() - started)
            time.sleep(0.2)
    finally:
        driver.quit()
        preview.stop()
    return {"runs": runs, "startup": startups, "save_to_page": saves,
            "startup_median": statistics.median(startups), "save_to_page_median": statistics.median(saves),
            "startup_max": max(startups), "save_to_page_max": max(saves)}


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    policykit, example = sys.argv[1], sys.argv[2]
    # `policykit preview` runs the server program installed beside policykit.
    sibling = os.path.join(os.path.dirname(os.path.realpath(policykit)), "policykit-preview")
    if not os.access(sibling, os.X_OK):
        sys.exit(f"{sibling} is not built: `swift build --product policykit-preview` builds it beside policykit")
    if len(sys.argv) >= 5 and sys.argv[3] == "--bench":
        print(json.dumps(bench(policykit, example, int(sys.argv[4])), indent=1))
    else:
        print(json.dumps(checks(policykit, example), indent=1))


if __name__ == "__main__":
    main()
