#!/usr/bin/python3
"""The counting room in a real browser (Chromium through Debian's chromium-driver and python3-selenium).

Two clerks enter the same 297 ballots of the Hưng Hà sample's Ban Chấp hành election (46 candidates, 41 places)
by keyboard on /nhap, in 3 piles of 99; the second clerk misreads 5 ballots. The head records the figures on
/truong-ban, resolves the 5 differences by choosing the first clerk's reading, publishes; the hall page shows the
elected; `daihoi render --doc vote-count` prints them with the check code. The expected result is computed here
from the ballots themselves, independently of the server.

usage: count_browser.py DAIHOI_BINARY SAMPLE_FOLDER WORK_FOLDER [SCREENSHOT_FOLDER]
"""
import json, os, random, re, shutil, subprocess, sys, time, urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

binary, sample, work = sys.argv[1:4]
shots = sys.argv[4] if len(sys.argv) > 4 else None
PILES, PER_PILE, SEATS, NAMES = 3, 99, 41, 46
MISREAD = {(1, 10), (1, 57), (2, 3), (2, 98), (3, 44)}   # (pile, position) the second clerk reads wrongly

shutil.rmtree(work, ignore_errors=True)
shutil.copytree(sample, work)
congress = os.path.join(work, "congress.yaml")
port = 30000 + random.randrange(20000)
server = subprocess.Popen([binary, "count", congress, "--port", str(port)], stdout=subprocess.PIPE, text=True)
tokens, base_url = {}, f"http://127.0.0.1:{port}"
for line in server.stdout:
    m = re.match(r"^  ([A-Z0-9-]{23})  (.+?): (.+)$", line)
    if m: tokens.setdefault(m.group(2), []).append(m.group(1))
    if base_url in line: break
head, clerks = tokens["Trưởng Ban Kiểm phiếu"][0], tokens["người nhập phiếu"][:2]

# The ballots as they lie: the congress file's own count elects 41 of the 46 (its later elections, at the new
# committee's first meeting, are among them), so every ballot strikes 4 or 5 of the 5 it did not elect and 0 to 3
# others (keeping 38 to 41 names); every 40th is invalid (not issued by the board). Deterministic.
import yaml
with open(congress, encoding="utf-8") as f:
    data = yaml.safe_load(f)
own = next(e for e in data["elections"] if e["id"] == "bch")["rounds"][0]["votes"]
losers = set(sorted(own, key=lambda k: -own[k])[SEATS:])
state0 = json.load(urllib.request.urlopen(base_url + "/api/state"))
order = next(r for r in state0["rounds"] if r["election"] == "bch")["names"]
people = {p["id"]: p["name"] for p in data["people"]}
loser_positions = sorted(order.index(people[i]) + 1 for i in losers)
others = [n for n in range(1, NAMES + 1) if n not in loser_positions]
rng = random.Random(46)
ballots = {}
for pile in range(1, PILES + 1):
    for pos in range(1, PER_PILE + 1):
        if (pile * PER_PILE + pos) % 40 == 0:
            ballots[(pile, pos)] = ("invalid", 1)
            continue
        struck = set(rng.sample(loser_positions, rng.choice([4, 5])))
        struck |= set(rng.sample(others, rng.randint(5 - len(struck) if len(struck) < 5 else 0, 3)))
        ballots[(pile, pos)] = ("struck", sorted(struck))

def keys_for(ballot, misread=False):
    kind, value = ballot
    if kind == "invalid":
        return "x" + str(value) + "\n"
    struck = list(value)
    if misread:                                              # one name more struck, or one fewer
        extra = next(n for n in range(1, NAMES + 1) if n not in struck)
        struck = struck[1:] if len(struck) > 5 else struck + [extra]
    return "".join(f"{n} " for n in struck) + "\n"

options = Options()
for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000", "--lang=vi"):
    options.add_argument(flag)
service = Service("/usr/bin/chromedriver")

def browser():
    return webdriver.Chrome(service=service, options=options)

def login(driver, path, token):
    driver.get(base_url + path)
    driver.find_element(By.ID, "token").send_keys(token + "\n")

def shot(driver, name):
    if shots:
        os.makedirs(shots, exist_ok=True)
        driver.save_screenshot(os.path.join(shots, name))

failures = []
try:
    started = time.time()
    for c, token in enumerate(clerks):
        d = browser()
        try:
            login(d, "/nhap", token)
            WebDriverWait(d, 20).until(lambda d: d.find_element(By.ID, "choose").is_displayed())
            for pile in range(1, PILES + 1):
                d.find_element(By.ID, "pile").clear()
                d.find_element(By.ID, "pile").send_keys(str(pile))
                d.find_element(By.ID, "start").click()
                WebDriverWait(d, 20).until(lambda d: d.find_element(By.ID, "enter").is_displayed())
                body = d.find_element(By.TAG_NAME, "body")
                for pos in range(1, PER_PILE + 1):
                    body.send_keys(keys_for(ballots[(pile, pos)], misread=(c == 1 and (pile, pos) in MISREAD)))
                    WebDriverWait(d, 20, poll_frequency=0.02).until(
                        lambda d: f"phiếu {pos}" in d.find_element(By.ID, "saved").text or d.find_element(By.ID, "msg").text)
                    if d.find_element(By.ID, "msg").text:
                        failures.append(f"clerk {c + 1} pile {pile} ballot {pos}: {d.find_element(By.ID, 'msg').text}")
                        break
                    if c == 0 and pile == 1 and pos == 3:
                        body.send_keys("12 ")
                        shot(d, "nhap-phieu.png")
                        body.send_keys("\x1b")     # Esc: start the ballot again
                body.send_keys("c")
                d.switch_to.alert.accept()
                WebDriverWait(d, 20).until(lambda d: "Đã chốt" in d.find_element(By.ID, "saved").text)
                d.get(base_url + "/nhap")            # back to the choice of pile (the token stays in this tab)
                d.find_element(By.ID, "token").send_keys(token + "\n")
                WebDriverWait(d, 20).until(lambda d: d.find_element(By.ID, "choose").is_displayed())
        finally:
            d.quit()
    entered = time.time()

    d = browser()
    try:
        login(d, "/truong-ban", head)
        WebDriverWait(d, 20).until(lambda d: d.find_element(By.ID, "work").is_displayed())
        total = PILES * PER_PILE
        d.find_element(By.ID, "issued").send_keys(str(total))
        d.find_element(By.ID, "collected").send_keys(str(total))
        d.find_element(By.ID, "figures").click()
        WebDriverWait(d, 20).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#recon h3")) == len(MISREAD))
        shot(d, "truong-ban-doi-chieu.png")
        # The list is drawn anew every few seconds: an element may go stale between finding and clicking it.
        def decided(d):
            try:
                return sum("đã quyết định" in h.text for h in d.find_elements(By.CSS_SELECTOR, "#recon h3"))
            except StaleElementReferenceException:
                return -1
        def choose_first_open(d):
            try:
                for box in d.find_elements(By.CSS_SELECTOR, "#recon > div"):
                    if "đã quyết định" not in box.find_element(By.TAG_NAME, "h3").text:
                        box.find_elements(By.TAG_NAME, "button")[0].click()   # the first clerk's reading
                        return True
            except StaleElementReferenceException:
                return False
            return False
        for k in range(len(MISREAD)):
            WebDriverWait(d, 20).until(choose_first_open)
            WebDriverWait(d, 20).until(lambda d: decided(d) >= k + 1)
        WebDriverWait(d, 20).until(lambda d: "có thể công bố" in d.find_element(By.ID, "problems").text)
        d.find_element(By.ID, "publish").click()
        WebDriverWait(d, 20).until(lambda d: "Đã công bố" in d.find_element(By.ID, "published").text)
        published_text = d.find_element(By.ID, "published").text
    finally:
        d.quit()
    published = time.time()

    state = json.load(urllib.request.urlopen(base_url + "/api/state"))
    bch = next(r for r in state["rounds"] if r["election"] == "bch")
    # The expected result, from the ballots: votes per name in ballot order, more than half of the base, the 41 most.
    votes = [0] * NAMES
    valid = 0
    for kind, value in ballots.values():
        if kind == "invalid":
            continue
        valid += 1
        for n in range(1, NAMES + 1):
            if n not in value:
                votes[n - 1] += 1
    base = bch["base"]
    passing = sorted((i for i in range(NAMES) if votes[i] * 2 > base), key=lambda i: (-votes[i], i))
    expected = [bch["names"][i] for i in passing[:SEATS]]
    if [r["votes"] for r in bch["results"]] != votes: failures.append(f"votes {[r['votes'] for r in bch['results']]} != {votes}")
    if bch["valid"] != valid: failures.append(f"valid {bch['valid']} != {valid}")
    if bch["elected"] != expected: failures.append(f"elected {bch['elected']} != {expected}")
    code = bch["check_code"]
    if code not in published_text: failures.append("the head's page does not show the check code")

    d = browser()
    try:
        d.get(base_url + "/")
        WebDriverWait(d, 20).until(lambda d: "Trúng cử" in d.find_element(By.TAG_NAME, "body").text)
        hall = d.find_element(By.TAG_NAME, "body").text
        for name in expected:
            if name not in hall: failures.append(f"hall lacks {name}")
        if code not in hall: failures.append("hall lacks the check code")
        shot(d, "hoi-truong.png")
    finally:
        d.quit()

    with open(congress, "a", encoding="utf-8") as f:
        f.write("vote_count_results: {file: ket-qua-kiem-phieu.yaml}\n")
    t0 = time.time()
    out = os.path.join(work, "out")
    render = subprocess.run([binary, "render", congress, "--doc", "vote-count", "--format", "html", "--format", "odt", "-o", out],
                            capture_output=True, text=True)
    rendered = time.time()
    if render.returncode != 0: failures.append("render: " + render.stderr[-400:])
    page = " ".join(open(os.path.join(out, "vote-count.html"), encoding="utf-8").read().split())
    if code not in page: failures.append("the minutes lack the check code")
    for name in expected:
        if " ".join(name.split()) not in page: failures.append(f"the minutes lack {name}")
    print(f"entered {2 * PILES * PER_PILE} ballots by keyboard in {entered - started:.1f} s; "
          f"reconciled and published in {published - entered:.1f} s; minutes (HTML+ODT) rendered in {rendered - t0:.2f} s; "
          f"elected {len(expected)}; check code {code}")
finally:
    server.kill()
    server.wait()

for f in failures:
    print("FAIL:", f)
print(f"{0 if failures else 1} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
