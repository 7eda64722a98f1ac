#!/usr/bin/python3
"""make bench — daihoi count: acknowledged ballots per second and latency with 3 clerks entering at once over HTTP,
then the time from the last ballot of a 297-ballot, 46-candidate round to the rendered vote-count minutes (HTML+ODT).

usage: count_bench.py DAIHOI_BINARY SAMPLE_FOLDER WORK_FOLDER
"""
import http.client, json, os, random, re, shutil, statistics, subprocess, sys, threading, time

binary, sample, work = sys.argv[1:4]
shutil.rmtree(work, ignore_errors=True)
shutil.copytree(sample, work)
congress = os.path.join(work, "congress.yaml")
port = 30000 + random.randrange(20000)
server = subprocess.Popen([binary, "count", congress, "--port", str(port), "--entries-per-pile", "3"],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
tokens = {}
for line in server.stdout:
    m = re.match(r"^  ([A-Z0-9-]{23})  (.+?): (.+)$", line)
    if m: tokens.setdefault(m.group(2), []).append(m.group(1))
    if f"127.0.0.1:{port}" in line: break
head, clerks = tokens["Trưởng Ban Kiểm phiếu"][0], tokens["người nhập phiếu"][:3]
BALLOTS = 297
rng = random.Random(3)
# Each ballot strikes the 5 names the congress file's own count did not elect (so the file's later elections, at the
# new committee's first meeting, still agree with the count and the minutes render), in the ballot's order.
import urllib.request, yaml
with open(congress, encoding="utf-8") as f:
    data = yaml.safe_load(f)
own = next(e for e in data["elections"] if e["id"] == "bch")["rounds"][0]["votes"]
people = {p["id"]: p["name"] for p in data["people"]}
order = next(r for r in json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/api/state"))["rounds"] if r["election"] == "bch")["names"]
losers = {order.index(people[i]) + 1 for i in sorted(own, key=lambda k: -own[k])[41:]}
readings = ["K:" + ",".join(str(n) for n in range(1, 47) if n not in losers) for _ in range(BALLOTS)]

def call(conn, method, path, token, body):
    conn.request(method, path, body=json.dumps(body), headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    response = conn.getresponse()
    data = response.read()
    return response.status, data

latencies, lock = [], threading.Lock()
def clerk(token):
    conn = http.client.HTTPConnection("127.0.0.1", port)
    mine = []
    for position, reading in enumerate(readings, start=1):
        t = time.perf_counter()
        status, data = call(conn, "POST", "/api/enter", token, {"election": "bch", "round": 1, "pile": 1, "position": position, "reading": reading})
        mine.append(time.perf_counter() - t)
        if status != 201: raise SystemExit(f"status {status}: {data}")
    call(conn, "POST", "/api/close", token, {"election": "bch", "round": 1, "pile": 1, "ballots": BALLOTS})
    with lock: latencies.extend(mine)

# The hall view on the projector: an SSE connection open while the clerks enter (HALL_VIEWS, default 1).
hall_stop, hall_events = threading.Event(), [0]
def hall():
    while not hall_stop.is_set():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", "/api/events")
        response = conn.getresponse()
        while not hall_stop.is_set():
            line = response.fp.readline()
            if not line: break
            if line.startswith(b"event: state"): hall_events[0] += 1
        conn.close()
halls = [threading.Thread(target=hall, daemon=True) for _ in range(int(os.environ.get("HALL_VIEWS", "1")))]
for h in halls: h.start()

try:
    threads = [threading.Thread(target=clerk, args=(t,)) for t in clerks]
    started = time.perf_counter()
    for t in threads: t.start()
    for t in threads: t.join()
    elapsed = time.perf_counter() - started
    hall_stop.set()
    latencies.sort()
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000
    print(f"[count] 3 clerks at once: {len(latencies)} ballots acknowledged in {elapsed:.2f} s = {len(latencies) / elapsed:.0f}/s; "
          f"latency p50 {p(0.50):.1f} ms, p99 {p(0.99):.1f} ms, max {latencies[-1] * 1000:.1f} ms; "
          f"{len(halls)} hall view(s) got {hall_events[0]} updates")
    t0 = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port)
    call(conn, "POST", "/api/handed-out", head, {"election": "bch", "round": 1, "issued": BALLOTS, "collected": BALLOTS})
    status, data = call(conn, "POST", "/api/publish", head, {"election": "bch", "round": 1})
    if status != 200: raise SystemExit(f"publish: {status} {data}")
    with open(congress, "a", encoding="utf-8") as f:
        f.write("vote_count_results: {file: ket-qua-kiem-phieu.yaml}\n")
    render = subprocess.run([binary, "render", congress, "--doc", "vote-count", "--format", "html", "--format", "odt",
                             "-o", os.path.join(work, "out")], capture_output=True, text=True)
    t1 = time.perf_counter()
    print(f"[count] last ballot → published → vote-count minutes (HTML+ODT): {t1 - t0:.2f} s (render exit {render.returncode})")
finally:
    server.kill()
    server.wait()
