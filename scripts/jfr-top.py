#!/usr/bin/env python3
"""Top frames of a JFR recording, for one scenario of the side-by-side benchmark.

  scripts/jfr-top.py bench/target/jfr/xai-java.jfr XaiContender.call [N]

Keeps the samples whose stack passes through the given method (e.g. XaiContender.stream,
XaiContender.call) and prints, for jdk.ExecutionSample, the top (leaf) frames and the
inclusive frames of our own packages; for jdk.ObjectAllocationSample, the allocation sites
and classes weighted by the sampled bytes.
"""
import collections
import json
import subprocess
import sys


def frames(event):
    st = event["values"].get("stackTrace") or {}
    out = []
    for f in st.get("frames", []):
        m = f["method"]
        cls = m["type"]["name"].replace("/", ".")
        out.append(f'{cls.split(".")[-1] if "." in cls else cls}.{m["name"]}'
                   f' ({cls.rsplit(".", 1)[0] if "." in cls else ""})')
    return out


def short(frame):
    return frame.split(" (")[0]


def main():
    path, through = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    data = json.loads(subprocess.run(
        ["jfr", "print", "--json", "--stack-depth", "512", "--events", "jdk.ExecutionSample,jdk.ObjectAllocationSample",
         path], capture_output=True, text=True, check=True).stdout)
    events = data["recording"]["events"]
    cpu_leaf, cpu_incl = collections.Counter(), collections.Counter()
    alloc_site, alloc_class, alloc_incl = collections.Counter(), collections.Counter(), collections.Counter()
    cpu_total = alloc_total = 0
    for e in events:
        fs = frames(e)
        if not any(short(f).endswith(through) for f in fs):
            continue
        if e["type"] == "jdk.ExecutionSample":
            cpu_total += 1
            cpu_leaf[short(fs[0])] += 1
            for f in dict.fromkeys(fs):
                if "xaijava" in f:
                    cpu_incl[short(f)] += 1
        else:
            w = e["values"].get("weight", 0)
            alloc_total += w
            cls = e["values"]["objectClass"]["name"]
            alloc_class[cls] += w
            site = next((short(f) for f in fs if not f.split(" (")[1].startswith(("java.", "jdk.", "sun."))), short(fs[0]))
            alloc_site[f"{site} -> {cls.split('.')[-1]}"] += w
            for f in dict.fromkeys(fs):
                if "xaijava" in f or "okhttp3" in f or "okio" in f or "gson" in f or "retrofit2" in f:
                    alloc_incl[short(f)] += w

    def show(title, counter, total, unit):
        print(f"\n{title} (total {total}{unit})")
        for k, v in counter.most_common(n):
            print(f"  {100.0 * v / max(total, 1):5.1f}%  {k}")

    print(f"samples through {through}")
    show("CPU: leaf frames", cpu_leaf, cpu_total, " samples")
    show("CPU: inclusive, our frames", cpu_incl, cpu_total, " samples")
    show("Allocation: first non-JDK frame -> class", alloc_site, alloc_total, " sampled bytes")
    show("Allocation: class", alloc_class, alloc_total, " sampled bytes")
    show("Allocation: inclusive library frames", alloc_incl, alloc_total, " sampled bytes")


if __name__ == "__main__":
    main()
