#include "commands.hpp"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "data_tables.hpp"
#include "inspect.hpp"
#include "ownercheck/ownercheck.hpp"

namespace ownercheck::cli {

namespace {

const char* kUsageText =
    "usage: ownercheck analyze CASE.json [--format json|markdown|text] [--redact]\n"
    "       ownercheck ua|ip|address|place|email < ITEMS\n"
    "       ownercheck --help | --version\n";

const char* kHelp =
    "ownercheck: checks an account-recovery request against the account's own logs.\n"
    "\n"
    "  ownercheck analyze CASE.json [--format json|markdown|text] [--redact]\n"
    "      Reads a case (ownercheck.case/1; '-' reads stdin) and prints the report\n"
    "      (ownercheck.report/1 JSON by default).\n"
    "      --redact  replace emails, IPs, crypto addresses and the account name with keyed\n"
    "                tags (HMAC-SHA256, key from OWNERCHECK_REDACT_KEY, else random per run)\n"
    "  ownercheck ua|ip|address|place|email\n"
    "      Reads one item per line on stdin (a user agent, an IP, a crypto address, a place,\n"
    "      an email address) and writes what ownercheck makes of it, one JSON object per line.\n"
    "  ownercheck --version\n"
    "\n"
    "Data tables (IP networks, cities) are read from $OWNERCHECK_DATA_DIR, else from data/ next\n"
    "to the executable; without them the report says what was limited.\n"
    "\n"
    "Exit codes: 0 report printed, 2 usage error, 3 input that cannot be read as a case.\n";

int usage_error(std::ostream& err, const std::string& why) {
    err << "ownercheck: " << why << "\n" << kUsageText;
    return kUsage;
}

bool read_input(const std::string& path, std::istream& in, std::string& out, std::string& why) {
    std::ostringstream buf;
    if (path == "-") {
        buf << in.rdbuf();
    } else {
        std::ifstream f(path, std::ios::binary);
        if (!f) {
            why = path + ": cannot open file";
            return false;
        }
        buf << f.rdbuf();
        if (f.bad()) {
            why = path + ": read error";
            return false;
        }
    }
    out = buf.str();
    return true;
}

int analyze_command(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
    AnalyzeOptions options;
    std::string path;
    for (size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--format" || a.rfind("--format=", 0) == 0) {
            std::string v;
            if (a == "--format") {
                if (++i >= args.size()) return usage_error(err, "--format needs a value: json, markdown, text");
                v = args[i];
            } else {
                v = a.substr(9);
            }
            if (v == "json") options.format = ReportFormat::Json;
            else if (v == "markdown" || v == "md") options.format = ReportFormat::Markdown;
            else if (v == "text") options.format = ReportFormat::Text;
            else return usage_error(err, "unknown format '" + v + "', must be: json, markdown, text");
        } else if (a == "--redact") {
            options.redact = true;
        } else if (a.size() > 1 && a[0] == '-' && a != "-") {
            return usage_error(err, "unknown option '" + a + "'");
        } else if (path.empty()) {
            path = a;
        } else {
            return usage_error(err, "one case file at a time ('" + path + "' and '" + a + "')");
        }
    }
    if (path.empty()) return usage_error(err, "analyze needs a case file");
    if (options.redact) {
        if (const char* key = std::getenv("OWNERCHECK_REDACT_KEY")) options.redact_key = key;
    }
    std::string text, why;
    if (!read_input(path, in, text, why)) {
        err << "ownercheck: " << why << "\n";
        return kBadInput;
    }
    const AnalyzeResult r = analyze(text, options);
    switch (r.status) {
        case Status::Ok:
            out << r.output;
            out.flush();
            return kOk;
        case Status::InvalidCase:
            err << "ownercheck: " << (path == "-" ? "<stdin>" : path) << ": " << r.error << "\n";
            return kBadInput;
        case Status::InternalError:
            break;
    }
    err << "ownercheck: " << r.error << "\n";
    return kInternal;
}

}  // namespace

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
    if (args.empty()) return usage_error(err, "no command");
    const std::string& cmd = args[0];
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        out << kHelp;
        return kOk;
    }
    if (cmd == "--version" || cmd == "version") {
        out << "ownercheck " << version() << "\n";
        return kOk;
    }
    if (cmd == "analyze") {
        load_data_tables(err);
        return analyze_command(args, in, out, err);
    }
    if (is_inspect_command(cmd)) {
        if (args.size() > 1) return usage_error(err, cmd + " reads its items from stdin, one per line");
        load_data_tables(err);
        return run_inspect(cmd, in, out);
    }
    return usage_error(err, "unknown command '" + cmd + "', must be: analyze, ua, ip, address, place, email");
}

}  // namespace ownercheck::cli
