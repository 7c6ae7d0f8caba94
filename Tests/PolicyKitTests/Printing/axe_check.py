"""Runs axe-core 4 over HTML files in headless Chromium, on screen and in print.

Usage: python3 axe_check.py FILE.html...
Prints one JSON object: for each file and medium, the rules that failed (id, impact,
help, the first few elements) and how many passed. Exits 3 with a message naming what
to install when something is missing.

axe-core is the axe.min.js carried by the PyPI package axe-playwright-python (installed
with --no-deps: only its copy of axe-core is used); selenium drives Debian's chromium
through chromium-driver's chromedriver.
"""
import importlib.util
import json
import os
import pathlib
import shutil
import sys

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def missing(what):
    print(f"{what} is missing: `scripts/install-dependencies --tests` installs it", file=sys.stderr)
    sys.exit(3)


def axe_source():
    # Found without importing the package, which would want Playwright.
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        missing("axe-core (PyPI axe-playwright-python, installed with --no-deps)")
    path = pathlib.Path(list(spec.submodule_search_locations)[0]) / "axe.min.js"
    if not path.exists():
        missing(f"axe.min.js in {path.parent}")
    return path.read_text(encoding="utf-8")


def main(files):
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        missing("selenium (PyPI)")
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    driver_path = shutil.which("chromedriver")
    if browser is None:
        missing("chromium (Debian package chromium)")
    if driver_path is None:
        missing("chromedriver (Debian package chromium-driver)")
    axe = axe_source()
    options = Options()
    options.binary_location = browser
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]:
        options.add_argument(argument)
    # The driver is given, so selenium downloads nothing.
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    driver.set_script_timeout(120)
    run = """
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: %s}})
            .then(r => done({
                violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))})),
                passes: r.passes.length,
                version: r.testEngine.version}))
            .catch(e => done({error: String(e)}));
    """ % json.dumps(TAGS)
    results = {}
    try:
        for file in files:
            for medium in ["screen", "print"]:
                driver.get(pathlib.Path(file).absolute().as_uri())
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": medium})
                driver.execute_script(axe)
                results[f"{file} ({medium})"] = driver.execute_async_script(run)
    finally:
        driver.quit()
    print(json.dumps(results, indent=1, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1:])
