#!/usr/bin/env python3
"""gen_uap_table.py — compile ua-parser's regexes.yaml into a C++ source for the core.

Usage: gen_uap_table.py REGEXES_YAML OUT_CPP [--version V]

The output defines the three rule lists declared in core/src/enrich/ua_table.hpp
(user agent, OS, device), in the file's order: order is meaning in ua-parser
(the first rule that matches wins). The regexes are kept verbatim and evaluated
with RE2 at run time (core/src/enrich/ua_parser.cpp); RE2 has no lookarounds or
backreferences, so the generator refuses any regex that uses them rather than
emitting a rule that would silently mean something else. uap-core 0.16.0 has
none (checked: every regex compiles under RE2).

Each rule also carries its "atoms": literal substrings every match of the
regex contains (found with Python's own regex parser, see required_atoms), ASCII
lower-cased. ua_parser.cpp skips a rule whose atoms are absent from the string
without compiling it, so a run compiles only the few regexes it needs instead of
all ~1,160 (0.7 s natively). Atoms are only ever a necessary condition: when in
doubt the extraction emits fewer of them, and a rule with none is always tried.
tests/unit/ua_prefilter_test.cpp checks them against uap-core's test strings.

Run at build time by cmake/uap_table.cmake; needs python3 with PyYAML
(Debian: python3-yaml). Deterministic: same input, same bytes out.
"""

import argparse
import hashlib
import os
import re
import sys
import warnings

try:
    import yaml
except ImportError:  # pragma: no cover - depends on the machine
    sys.exit("gen_uap_table.py: PyYAML is missing (apt-get install python3-yaml)")

try:  # Python's regex parser: re._parser since 3.11, sre_parse before
    import re._parser as sre_parse
    from re import _constants as sre_c
except ImportError:  # pragma: no cover - older Python
    import sre_parse
    import sre_constants as sre_c

# Constructs PCRE accepts and RE2 rejects or reads differently. A regex using one
# needs a hand rewrite (add it to REWRITES with the reason) before it can ship.
PCRE_ONLY = [
    (re.compile(r"\(\?[=!]"), "lookahead"),
    (re.compile(r"\(\?<[=!]"), "lookbehind"),
    (re.compile(r"\(\?>"), "atomic group"),
    (re.compile(r"(?<!\\)\\[1-9]"), "backreference"),
    (re.compile(r"[*+?}]\+"), "possessive quantifier"),
    (re.compile(r"\\Z"), "\\Z anchor"),
]

# Hand rewrites: exact regex -> (equivalent RE2 regex, why it is equivalent).
# Empty for uap-core 0.16.0.
REWRITES = {}

# Per section: the replacement keys, in the order the C++ rule stores them.
SECTIONS = [
    ("user_agent_parsers", "kUserAgentRules",
     ["family_replacement", "v1_replacement", "v2_replacement", "v3_replacement", None]),
    ("os_parsers", "kOsRules",
     ["os_replacement", "os_v1_replacement", "os_v2_replacement", "os_v3_replacement",
      "os_v4_replacement"]),
    ("device_parsers", "kDeviceRules",
     ["device_replacement", "brand_replacement", "model_replacement", None, None]),
]


# --- Required literals ("atoms") -------------------------------------------------------------
#
# Python's parser and RE2 agree on everything uap-core uses; where they could differ the walk
# errs towards fewer atoms: a regex Python cannot parse (or warns about) gets none, anything but
# a plain literal or a one-letter class ([Kk]) ends a literal run, and only ASCII printable
# characters take part, so the C++ side can compare against an ASCII-lower-cased copy of the
# string (plus the two non-ASCII letters RE2's case folding maps onto ASCII; see ua_parser.cpp).

MIN_ATOM = 3  # shorter literals occur in almost every string: no use as a filter
_BREAK = None  # a token that ends a literal run
_REPEATS = {sre_c.MAX_REPEAT, sre_c.MIN_REPEAT} | (
    {sre_c.POSSESSIVE_REPEAT} if hasattr(sre_c, "POSSESSIVE_REPEAT") else set())


def _char(code):
    """The folded byte for a literal code point, or None when it cannot be part of an atom."""
    return chr(code).lower() if 0x20 <= code < 0x7F else None


def _class_char(items):
    """A class of one letter in either case ([Kk]) is that letter once folded; else None."""
    chars = set()
    for op, av in items:
        if op is not sre_c.LITERAL or _char(av) is None:
            return None
        chars.add(_char(av))
    return chars.pop() if len(chars) == 1 else None


def _token(op, av):
    if op is sre_c.LITERAL:
        return _char(av)
    if op is sre_c.IN:
        return _class_char(av)
    return None


def _lead(items):
    """(literal every match of items starts with, whether that literal is all of items)."""
    out = ""
    for op, av in items:
        if op is sre_c.SUBPATTERN:  # (group, add_flags, del_flags, items): mandatory
            sub, complete = _lead(av[-1])
            out += sub
            if not complete:
                return out, False
            continue
        c = _token(op, av)
        if c is None:
            return out, False
        out += c
    return out, True


def _requirements(items):
    """What every match of the sequence `items` contains: a list of groups, each a list of
    literals of which at least one occurs (a group of one is a plain required literal)."""
    tokens = []  # folded characters, _BREAK between runs that need not be adjacent
    groups = []

    def walk(items):
        for op, av in items:
            if op is sre_c.SUBPATTERN:
                walk(av[-1])
            elif op in _REPEATS:
                lo, hi, body = av
                if lo >= 1 and hi == 1:
                    walk(body)  # exactly once: part of the run
                else:
                    tokens.append(_BREAK)  # iterations repeat or vanish: no run goes through
                    if lo >= 1:
                        groups.extend(_requirements(body))
                    tokens.append(_BREAK)
            elif op is sre_c.BRANCH:
                # The run before the alternation, extended by each branch's leading literal;
                # or the branch's own best literal. A group only if every branch has one.
                before = []
                for t in reversed(tokens):
                    if t is _BREAK:
                        break
                    before.append(t)
                before = "".join(reversed(before))
                tokens.append(_BREAK)
                # A branch with only alternatives of its own (an inner alternation) gives its
                # smallest group: every match through it contains one of those.
                alts = []
                for branch in av[1]:
                    inner = _requirements(branch)
                    best = max([before + _lead(branch)[0]] + [g[0] for g in inner if len(g) == 1],
                               key=len)
                    if len(best) >= MIN_ATOM:
                        alts.append(best)
                    elif inner:
                        alts.extend(min(inner, key=len))
                    else:
                        alts = None
                        break
                if alts:
                    groups.append(alts)
                tokens.append(_BREAK)
            else:
                tokens.append(_token(op, av))

    walk(items)
    run = []
    for t in tokens + [_BREAK]:
        if t is _BREAK:
            if len(run) >= MIN_ATOM:
                groups.append(["".join(run)])
            run = []
        else:
            run.append(t)
    return groups


def required_atoms(regex):
    """The rule's atom groups, simplified: an alternative that contains another is dropped
    (the shorter one is found whenever it is), a group of one is a plain atom, a plain atom
    inside a longer plain atom is dropped, and so is a group one of whose alternatives a plain
    atom contains. Plain atoms first, longest first: the likeliest to reject a string."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # e.g. "possible nested set": leave such a regex alone
        try:
            tree = sre_parse.parse(regex)
        except Exception:  # noqa: BLE001 - any doubt means no atoms, never wrong ones
            return []
    groups = []
    for g in _requirements(list(tree)):
        alts = sorted(set(g))
        alts = [a for a in alts if not any(b != a and b in a for b in alts)]
        groups.append(alts)
    plain = sorted({g[0] for g in groups if len(g) == 1}, key=lambda a: (-len(a), a))
    kept = []
    for a in plain:
        if not any(a in k for k in kept):
            kept.append(a)
    ors = []
    for g in groups:
        if len(g) > 1 and g not in ors and not any(alt in k for alt in g for k in kept):
            ors.append(g)
    return [[a] for a in kept] + ors


def c_string(s):
    """A C++ string literal holding the UTF-8 bytes of s. Octal escapes are
    always three digits, so a following digit can never extend them."""
    out = ['"']
    for b in s.encode("utf-8"):
        ch = chr(b)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif 0x20 <= b < 0x7F:
            out.append(ch)
        else:
            out.append("\\%03o" % b)
    out.append('"')
    return "".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("regexes")
    ap.add_argument("out")
    ap.add_argument("--version", default="unknown")
    args = ap.parse_args()

    with open(args.regexes, "rb") as f:
        raw = f.read()
    sha = hashlib.sha256(raw).hexdigest()
    doc = yaml.safe_load(raw)

    problems = []
    parts = []
    counts = {}
    rewritten = 0
    atom_ids = {}     # atom text -> index in kAtoms, in order of first use
    group_atoms = []  # kGroupAtoms: atom indexes, group after group
    groups = []       # kGroups: (first, count) into kGroupAtoms
    no_atoms = 0
    for section, array, keys in SECTIONS:
        rules = doc.get(section) or []
        counts[section] = len(rules)
        lines = []
        for i, rule in enumerate(rules):
            regex = rule["regex"]
            if regex in REWRITES:
                regex = REWRITES[regex][0]
                rewritten += 1
            for pat, what in PCRE_ONLY:
                if pat.search(regex):
                    problems.append(f"{section}[{i}]: {what}: {regex}")
            flag = rule.get("regex_flag")
            if flag not in (None, "i"):
                problems.append(f"{section}[{i}]: unknown regex_flag {flag!r}")
            unknown = set(rule) - {"regex", "regex_flag"} - {k for k in keys if k}
            if unknown:
                problems.append(f"{section}[{i}]: unknown keys {sorted(unknown)}")
            repl = []
            for k in keys:
                v = rule.get(k) if k else None
                repl.append("nullptr" if v is None else c_string(str(v)))
            rule_groups = required_atoms(regex)
            if not rule_groups:
                no_atoms += 1
            first_group = len(groups)
            for alts in rule_groups:
                groups.append((len(group_atoms), len(alts)))
                group_atoms.extend(atom_ids.setdefault(a, len(atom_ids)) for a in alts)
            lines.append("    {%s, %s, {%s}, %d, %d}," % (
                c_string(regex), "true" if flag == "i" else "false", ", ".join(repl),
                first_group, len(rule_groups)))
        parts.append("const UapRule %s[] = {\n%s\n};\n" % (array, "\n".join(lines)))

    atoms = sorted(atom_ids, key=atom_ids.get)
    if not atoms:  # also keeps the arrays below non-empty, as C++ requires
        problems.append("no rule has a required literal: the atom extraction is broken")
    parts.append("const UapAtom kAtoms[] = {\n%s\n};\n" % "\n".join(
        "    {%s, %d}," % (c_string(a), len(a)) for a in atoms))
    parts.append("const std::uint32_t kGroupAtoms[] = {\n%s\n};\n" % "\n".join(
        "    " + ", ".join(str(x) for x in group_atoms[j:j + 16]) + ","
        for j in range(0, len(group_atoms), 16)))
    parts.append("const UapAtomGroup kGroups[] = {\n%s\n};\n" % "\n".join(
        "    {%d, %d}," % g for g in groups))

    if problems:
        sys.exit("gen_uap_table.py: cannot build the table (a regex RE2 cannot run as written "
                 "needs a rewrite):\n  "
                 + "\n  ".join(problems))

    body = [
        "// Generated by scripts/gen_uap_table.py from %s. Do not edit." % os.path.basename(args.regexes),
        "// ua-parser/uap-core %s, regexes.yaml sha256 %s (Apache-2.0)." % (args.version, sha),
        '#include "enrich/ua_table.hpp"',
        "",
        "namespace ownercheck::uap {",
        "namespace {",
        "",
    ]
    body += parts
    body += [
        "}  // namespace",
        "",
        "const UapTable& table() {",
        "    static const UapTable t{",
        "        {kUserAgentRules, sizeof kUserAgentRules / sizeof kUserAgentRules[0]},",
        "        {kOsRules, sizeof kOsRules / sizeof kOsRules[0]},",
        "        {kDeviceRules, sizeof kDeviceRules / sizeof kDeviceRules[0]},",
        "        {kAtoms, sizeof kAtoms / sizeof kAtoms[0]},",
        "        {kGroups, sizeof kGroups / sizeof kGroups[0]},",
        "        kGroupAtoms,",
        "        %d," % no_atoms,
        "        %s, %s, %s, %d};" % (c_string(args.version), c_string(sha),
                                    c_string(os.path.abspath(args.regexes)), rewritten),
        "    return t;",
        "}",
        "",
        "}  // namespace ownercheck::uap",
        "",
    ]
    text = "\n".join(body)
    tmp = args.out + ".tmp"
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(tmp, "w", encoding="ascii", newline="\n") as f:
        f.write(text)
    # Rewrite only on change, so an unchanged table does not recompile.
    if os.path.exists(args.out):
        with open(args.out, encoding="ascii") as f:
            if f.read() == text:
                os.remove(tmp)
                return
    os.replace(tmp, args.out)
    print("gen_uap_table.py: %d user-agent, %d os, %d device rules; %d distinct atoms, "
          "%d rules without one" % (counts["user_agent_parsers"], counts["os_parsers"],
                                   counts["device_parsers"], len(atoms), no_atoms))


if __name__ == "__main__":
    main()
