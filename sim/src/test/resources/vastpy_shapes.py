"""Replays the HTTP requests that vast-ai/vast-cli's vast.py makes for the commands Dumont relies on
(gpu names at start-up, search offers, create/show/list/label/stop/start/logs/destroy instances, show
user) against VAST_URL with VAST_API_KEY, and reads the answers the way vast.py reads them.

Written from reading vast.py: same URLs (including its missing trailing slashes), same query-string
encoding (api_key always in the query, non-strings JSON-encoded then quote_plus'ed), same JSON bodies
(null fields included), same 429 retry. No vast.py code is copied and nothing is fetched.
"""
import json
import os
import sys
import time
from urllib.parse import quote_plus

import requests

URL = os.environ["VAST_URL"]
KEY = os.environ["VAST_API_KEY"]
HEADERS = {"Authorization": "Bearer " + KEY}


def apiurl(subpath, query_args=None, key=KEY):
    args = dict(query_args or {})
    args["api_key"] = key
    query = "&".join(
        "{}={}".format(k, quote_plus(v if isinstance(v, str) else json.dumps(v))) for k, v in args.items()
    )
    return URL + "/api/v0" + subpath + "?" + query


def http(verb, url, body=None, headers=HEADERS, retry=3):
    wait = 0.15
    response = None
    for _ in range(retry):
        session = requests.Session()
        prepared = session.prepare_request(requests.Request(method=verb, url=url, headers=headers, json=body))
        response = session.send(prepared)
        if response.status_code != 429:
            break
        time.sleep(wait)
        wait *= 1.5
    return response


def check(condition, what):
    if not condition:
        print("FAILED: " + what)
        sys.exit(1)


def cli_row(row):
    """What show instance(s) does to each row before printing it."""
    row["duration"] = time.time() - row["start_date"]
    row["extra_env"] = {pair[0]: pair[1] for pair in row["extra_env"]}
    return row


# The GPU name list is fetched without a key when vast.py is imported (argument choices).
names = requests.get(URL + "/api/v0/gpu_names/unique/", headers={})
names.raise_for_status()
choices = [n.replace(" ", "_").replace("-", "_") for n in names.json()["gpu_names"]]
check("RTX_4090" in choices, "gpu_names lists RTX 4090")

# search offers 'gpu_name=RTX_4090 num_gpus=1 reliability>0.9' (values stay strings, as the CLI sends them)
query = {"verified": {"eq": True}, "external": {"eq": False}, "rentable": {"eq": True}, "rented": {"eq": False}}
query.update({"gpu_name": {"eq": "RTX 4090"}, "num_gpus": {"eq": "1"}, "reliability": {"gt": "0.9"}})
query["order"] = [["score", "desc"]]
query["type"] = "on-demand"
query["allocated_storage"] = 5.0
r = http("POST", apiurl("/bundles/"), query)
r.raise_for_status()
check(r.headers.get("Content-Type") == "application/json", "search answers exactly application/json")
offers = [o for o in r.json()["offers"] if o.get("rented") is False]
check(len(offers) > 0, "search finds RTX 4090 offers")
check(all(o["gpu_name"] == "RTX 4090" and o["num_gpus"] == 1 for o in offers), "search filters apply")

# create instance ID --image ... --env '-e JUPYTER_TOKEN=abc -p 8888:8888' --ssh --direct --label dumont:py:1
blob = {
    "client_id": "me",
    "image": "quay.io/jupyter/base-notebook:latest",
    "env": {"JUPYTER_TOKEN": "abc", "-p 8888:8888": "1"},
    "price": None,
    "disk": 10.0,
    "label": "dumont:py:1",
    "extra": None,
    "onstart": None,
    "image_login": None,
    "python_utf8": False,
    "lang_utf8": False,
    "use_jupyter_lab": False,
    "jupyter_dir": None,
    "force": False,
    "cancel_unavail": False,
    "template_hash_id": None,
    "user": None,
    "runtype": "ssh_direc ssh_proxy",
}
r = http("PUT", apiurl("/asks/{id}/".format(id=offers[0]["id"])), blob)
r.raise_for_status()
created = r.json()
check(created["success"] is True, "create succeeds")
instance_id = created["new_contract"]

# show instances (note: no trailing slash) and show instance
r = http("GET", apiurl("/instances", {"owner": "me"}))
r.raise_for_status()
rows = [cli_row(row) for row in r.json()["instances"]]
check([row["id"] for row in rows] == [instance_id], "show instances lists the new instance")

deadline = time.time() + 15
row = None
while time.time() < deadline:
    r = http("GET", apiurl("/instances/{id}/".format(id=instance_id), {"owner": "me"}))
    r.raise_for_status()
    row = cli_row(r.json()["instances"])
    if row["actual_status"] == "running" and row["intended_status"] == "running":
        break
    time.sleep(0.2)
check(row["actual_status"] == "running", "instance reaches running")
check(row["extra_env"].get("JUPYTER_TOKEN") == "abc", "extra_env pairs become a dict")
host_port = row["ports"]["8888/tcp"][0]["HostPort"]
app = requests.get("http://{}:{}/api".format(row["public_ipaddr"].strip(), host_port))
check(app.status_code == 200 and "version" in app.json(), "the instance's Jupyter answers /api")

# label instance ID LABEL; stop instance ID; start instance ID
for body in ({"label": "dumont:py:2"}, {"state": "stopped"}, {"state": "running"}):
    r = http("PUT", apiurl("/instances/{id}/".format(id=instance_id)), body)
    r.raise_for_status()
    check(r.json()["success"] is True, "PUT instance {}".format(body))

# show user pops api_key, which must therefore be present
r = http("GET", apiurl("/users/current", {"owner": "me"}))
r.raise_for_status()
user = r.json()
user.pop("api_key")
check("credit" in user, "show user has credit")

# logs ID --tail 1000
r = http("PUT", apiurl("/instances/request_logs/{id}/".format(id=instance_id)), {"tail": "1000"})
r.raise_for_status()
logs = requests.get(r.json()["result_url"])
check(logs.status_code == 200, "the log result_url answers")

# destroy instance ID
r = http("DELETE", apiurl("/instances/{id}/".format(id=instance_id)), {})
r.raise_for_status()
check(r.json()["success"] is True, "destroy succeeds")
r = http("GET", apiurl("/instances/{id}/".format(id=instance_id), {"owner": "me"}))
check(r.json()["instances"] is None, "a destroyed instance shows as null")

# a wrong key is an auth error the CLI recognises
r = http("GET", apiurl("/instances", {"owner": "me"}, key="wrong"), headers={"Authorization": "Bearer wrong"})
check(r.status_code == 401 and r.json().get("msg") == "Invalid user key", "a wrong key is refused")

print("vast.py request shapes: OK")
