#!/usr/bin/env python3
"""Writes fuzz seed corpora from case files.

fuzz_seeds.py OUT_DIR CASE_DIR... -> OUT_DIR/fuzz_case/ (whole cases), OUT_DIR/fuzz_case_json/
(whole cases and small edge-of-JSON documents), OUT_DIR/blocks/ (each evidence block's text),
OUT_DIR/fuzz_claims/ (answers blocks), OUT_DIR/fuzz_ua/ (user-agent-looking fields),
OUT_DIR/fuzz_timestamp/ (first field of each log line).
"""
import hashlib, json, os, re, sys


def put(folder, data):
    os.makedirs(folder, exist_ok=True)
    b = data.encode('utf-8', 'replace') if isinstance(data, str) else data
    with open(os.path.join(folder, hashlib.sha1(b).hexdigest()[:16]), 'wb') as f:
        f.write(b)


def case_file_seeds(out):
    """Headers a real encrypted case file starts with, so the fuzzer gets past the magic quickly."""
    base = b'OCCASE' + bytes([1, 1, 10, 1, 1]) + bytes(16) + bytes(12)
    for tail in (b'', bytes(16), bytes(64)):
        put(os.path.join(out, 'fuzz_case_file'), base + tail)


def json_edge_seeds(out):
    """Small documents at the edges of JSON, so the reader's differential target starts there."""
    docs = [b'{"a":1,"a":[2,{"b":null}]}', b'\xef\xbb\xbf{"k":true}', b'"\\ud83d\\ude00 \\u00e9 \\/ \\u001F"',
            '"caf\u00e9 \u4f60\u597d \U0001f600 \x7f"'.encode('utf-8'), b'[-0,1.0,1e2,1E+2,-1.5e-3,12345678901234567890]',
            b'[1e400]', b'"\\ud800"', b'"\xc0\x80"', b'{"a":1}\x00x', b'[' * 70 + b']' * 70]
    for doc in docs:
        put(os.path.join(out, 'fuzz_case_json'), doc)


def main():
    out, dirs = sys.argv[1], sys.argv[2:]
    case_file_seeds(out)
    json_edge_seeds(out)
    for d in dirs:
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            if not name.endswith('.json') or name.endswith('.report.json'):
                continue
            raw = open(os.path.join(d, name), 'rb').read()
            put(os.path.join(out, 'fuzz_case'), raw)
            put(os.path.join(out, 'fuzz_case_json'), raw)
            try:
                case = json.loads(raw)
            except ValueError:
                continue
            for block in case.get('evidence', []):
                text = block.get('text', '')
                put(os.path.join(out, 'blocks'), text)
                if block.get('kind') == 'answers':
                    put(os.path.join(out, 'fuzz_claims'), text)
                for ua in re.findall(r'(Mozilla/5\.0[^"\t\n]*|Kraken/[^"\t\n,]*)', text)[:20]:
                    put(os.path.join(out, 'fuzz_ua'), ua)
                for line in text.splitlines()[:30]:
                    put(os.path.join(out, 'fuzz_timestamp'), re.split(r'[,\t]', line)[0][:40])
                for addr in re.findall(r'\b(bc1[0-9a-z]{20,90}|0x[0-9a-fA-F]{40}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b', text):
                    put(os.path.join(out, 'fuzz_address'), addr)


if __name__ == '__main__':
    main()
