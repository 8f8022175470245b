#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
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

TEST_CASE("CLI: reports writes every case's report in the three formats, as analyze prints them, in one process") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "ownercheck-cli-reports-test";
    fs::remove_all(dir);
    fs::create_directories(dir);  // "out/" itself is made by the command
    const std::string good = (dir / "good.json").string(), bad = (dir / "bad.json").string();
    std::ofstream(good) << R"({"case_id": "T-9", "evidence": [{"kind": "logs", "text": "2026-03-01 10:00:00 login ok 81.2.69.142"}]})";
    std::ofstream(bad) << R"({"evidence": [{"kind": "nope"}]})";
    const Run r = run_cli({"reports", (dir / "out").string(), good, bad, good});
    CHECK(r.code == 3);  // one case could not be read: said, and the others still written
    CHECK(r.out == "0001 " + good + "\n0002 " + bad + "\n0003 " + good + "\n");
    auto slurp = [](const fs::path& p) {
        std::ifstream f(p, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
    };
    CHECK(slurp(dir / "out" / "0001.json") == run_cli({"analyze", good}).out);
    CHECK(slurp(dir / "out" / "0001.md") == run_cli({"analyze", good, "--format", "markdown"}).out);
    CHECK(slurp(dir / "out" / "0001.txt") == run_cli({"analyze", good, "--format", "text"}).out);
    CHECK(slurp(dir / "out" / "0002.error").find("unknown kind 'nope'") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "out" / "0002.json"));
    CHECK(slurp(dir / "out" / "0003.json") == slurp(dir / "out" / "0001.json"));  // nothing carried over
    CHECK(run_cli({"reports", (dir / "out").string()}).code == 2);
    const Run blocked = run_cli({"reports", good + "/out", good});  // under a file: no directory can be made
    CHECK(blocked.code == 1);
    CHECK(blocked.err.find("cannot make the output directory") != std::string::npos);
    fs::remove_all(dir);
}
