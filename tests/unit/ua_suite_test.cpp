// uap-core's own test suite (test_ua.yaml, test_os.yaml, test_device.yaml) run through
// describe_user_agent: the issue asks for at least 99.5% per file. Every failure is printed with
// what was expected and what came out, so a regression names its strings.

#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "enrich/ua_parser.hpp"
#include "enrich/ua_table.hpp"
#include "enrich/user_agent.hpp"

namespace {

using Value = std::optional<std::string>;
using Case = std::map<std::string, Value>;

// The YAML subset the uap-core test files use: "- key: value" starts a case, "key: value" adds
// to it; a value is '...' (with '' for a quote), "..." (backslash escapes), a plain scalar, or
// nothing (null). Anything else fails the test rather than being guessed at.
Value yaml_scalar(const std::string& v, const std::string& where) {
    if (v.empty() || v == "~" || v == "null") return std::nullopt;
    if (v.front() == '\'') {
        REQUIRE_MESSAGE((v.size() >= 2 && v.back() == '\''), "unterminated quote at " << where);
        std::string out;
        for (std::size_t i = 1; i + 1 < v.size(); ++i) {
            out += v[i];
            if (v[i] == '\'' && v[i + 1] == '\'') ++i;
        }
        return out;
    }
    if (v.front() == '"') {
        REQUIRE_MESSAGE((v.size() >= 2 && v.back() == '"'), "unterminated quote at " << where);
        std::string out;
        for (std::size_t i = 1; i + 1 < v.size(); ++i) {
            if (v[i] != '\\') {
                out += v[i];
                continue;
            }
            char e = v[++i];
            switch (e) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case '\\': out += '\\'; break;
                case '"': out += '"'; break;
                case '/': out += '/'; break;
                default: FAIL("unsupported escape \\" << e << " at " << where);
            }
        }
        return out;
    }
    return v;
}

std::string rtrim(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t')) s.pop_back();
    return s;
}

std::vector<Case> read_suite(const std::string& path) {
    std::ifstream in(path);
    REQUIRE_MESSAGE(in.good(), "cannot read " << path << " (apt-get install uap-core)");
    std::vector<Case> cases;
    std::string line;
    int n = 0, starts = 0;
    while (std::getline(in, line)) {
        ++n;
        line = rtrim(line);
        auto b = line.find_first_not_of(' ');
        if (b == std::string::npos || line[b] == '#' || line == "test_cases:") continue;
        std::string rest = line.substr(b);
        bool start = rest.rfind("- ", 0) == 0;
        if (start) {
            rest = rest.substr(2);
            cases.emplace_back();
            ++starts;
        }
        auto colon = rest.find(':');
        REQUIRE_MESSAGE((colon != std::string::npos && !cases.empty()), path << ":" << n << ": not understood");
        std::string key = rest.substr(0, colon);
        std::string val = rest.substr(colon + 1);
        val = val.empty() ? val : val.substr(val.find_first_not_of(' ') == std::string::npos ? val.size() : val.find_first_not_of(' '));
        cases.back()[key] = yaml_scalar(val, path + ":" + std::to_string(n));
    }
    CHECK(static_cast<int>(cases.size()) == starts);
    return cases;
}

std::string suite_dir() {
    std::string src = ownercheck::uap::table().source;  // .../uap-core/regexes.yaml
    return src.substr(0, src.find_last_of('/')) + "/tests";
}

std::string show(const Value& v) { return v ? "'" + *v + "'" : "null"; }

Value json_value(const nlohmann::ordered_json& j) {
    if (j.is_null()) return std::nullopt;
    return j.get<std::string>();
}

struct Result {
    int total = 0, passed = 0;
    double ms = 0;
};

Result run_suite(const char* file, const char* section, std::vector<const char*> fields) {
    auto cases = read_suite(suite_dir() + "/" + file);
    Result r;
    std::ostringstream failures;
    auto t0 = std::chrono::steady_clock::now();
    for (const Case& c : cases) {
        auto it = c.find("user_agent_string");
        REQUIRE(it != c.end());
        REQUIRE(it->second.has_value());
        const std::string& ua = *it->second;
        auto j = ownercheck::describe_user_agent(ua);
        ++r.total;
        std::string diff;
        for (const char* f : fields) {
            auto want = c.find(f);
            Value expected = want == c.end() ? Value() : want->second;
            Value got = json_value(j[section][f]);
            if (got != expected) diff += std::string(" ") + f + ": want " + show(expected) + " got " + show(got) + ";";
        }
        if (diff.empty())
            ++r.passed;
        else
            failures << "  " << ua << "\n   " << diff << "\n";
    }
    r.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    double rate = r.total ? 100.0 * r.passed / r.total : 0;
    std::printf("uap-core %s: %d/%d pass (%.2f%%) in %.0f ms\n", file, r.passed, r.total, rate, r.ms);
    if (r.passed != r.total) std::printf("failures in %s:\n%s", file, failures.str().c_str());
    CHECK_MESSAGE(r.total > 0, file << " has no cases");
    CHECK_MESSAGE(rate >= 99.5, file << ": " << rate << "% < 99.5%");
    return r;
}

}  // namespace

TEST_CASE("ua: uap-core's regexes all run under RE2") {
    const auto& st = ownercheck::uap_table_status();
    for (const auto& r : st.rejected) MESSAGE(r);
    CHECK(st.rules > 1000);  // 1,162 in uap-core 0.16.0
    CHECK(st.rejected.empty());
    CHECK(st.compiled == st.rules);
    CHECK(st.sha256.size() == 64);
}

TEST_CASE("ua: uap-core test_ua.yaml >= 99.5%") {
    run_suite("test_ua.yaml", "user_agent", {"family", "major", "minor", "patch"});
}

TEST_CASE("ua: uap-core test_os.yaml >= 99.5%") {
    run_suite("test_os.yaml", "os", {"family", "major", "minor", "patch", "patch_minor"});
}

TEST_CASE("ua: uap-core test_device.yaml >= 99.5%") {
    run_suite("test_device.yaml", "device", {"family", "brand", "model"});
}

