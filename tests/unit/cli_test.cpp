#include <doctest/doctest.h>

#include <sstream>

#include "commands.hpp"
#include "test_support.hpp"

using namespace ownercheck;

namespace {

struct Run {
    int code;
    std::string out, err;
};

Run run_cli(std::vector<std::string> args, const std::string& stdin_text = "") {
    std::istringstream in(stdin_text);
    std::ostringstream out, err;
    const int code = cli::run(args, in, out, err);
    return {code, out.str(), err.str()};
}

}  // namespace

TEST_CASE("CLI: --help and --version exit 0") {
    CHECK(run_cli({"--help"}).code == 0);
    CHECK(run_cli({"--help"}).out.find("ownercheck analyze CASE.json") != std::string::npos);
    const Run v = run_cli({"--version"});
    CHECK(v.code == 0);
    CHECK(v.out.rfind("ownercheck ", 0) == 0);
}

TEST_CASE("CLI: usage errors exit 2") {
    CHECK(run_cli({}).code == 2);
    CHECK(run_cli({"frobnicate"}).code == 2);
    CHECK(run_cli({"analyze"}).code == 2);
    const Run bad_format = run_cli({"analyze", "x.json", "--format", "xml"});
    CHECK(bad_format.code == 2);
    CHECK(bad_format.err.find("must be: json, markdown, text") != std::string::npos);
    CHECK(run_cli({"analyze", "x.json", "--bogus"}).code == 2);
}

TEST_CASE("CLI: unreadable input exits 3 with one line saying where and why") {
    const Run missing = run_cli({"analyze", "/nonexistent/case.json"});
    CHECK(missing.code == 3);
    CHECK(missing.err == "ownercheck: /nonexistent/case.json: cannot open file\n");
    const Run bad = run_cli({"analyze", "-"}, R"({"evidence": [{"kind": "nope"}]})");
    CHECK(bad.code == 3);
    CHECK(bad.err == "ownercheck: <stdin>: $.evidence[0].kind: unknown kind 'nope', must be: logs, answers, auto\n");
}

TEST_CASE("CLI: a case gives a report in every format") {
    const std::string c = R"({"case_id": "T-9", "evidence": [{"kind": "logs", "text": ""}]})";
    const Run json = run_cli({"analyze", "-"}, c);
    CHECK(json.code == 0);
    CHECK(json.out.find("\"schema\": \"ownercheck.report/1\"") != std::string::npos);
    const Run md = run_cli({"analyze", "-", "--format", "markdown"}, c);
    CHECK(md.code == 0);
    CHECK(md.out.rfind("# ownercheck: ", 0) == 0);
    const Run text = run_cli({"analyze", "-", "--format=text"}, c);
    CHECK(text.code == 0);
    CHECK(text.out.find("Fingerprint: sha256:") != std::string::npos);
}
