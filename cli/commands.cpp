#include "commands.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
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
    "       ownercheck reports OUTDIR CASE.json...\n"
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
    "  ownercheck reports OUTDIR CASE.json...\n"
    "      Batch use: analyzes each case once in one process and writes its report in the\n"
    "      three formats to OUTDIR/NNNN.json, .md and .txt (NNNN: the case's position, from\n"
    "      0001), or NNNN.error with the reason a case could not be read; prints one line\n"
    "      \"NNNN PATH\" per case.\n"
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

// One process for many cases: the node (wasm) CLI spends a second or two starting up, longer than
// an analysis, so a determinism check of hundreds of cases run one by one is mostly start-up.
int reports_command(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
    if (args.size() < 3) return usage_error(err, "reports needs an output directory and at least one case file");
    const std::string& dir = args[1];
    std::error_code made;  // a directory that is not there yet is made, as `mkdir -p` would
    std::filesystem::create_directories(dir, made);
    if (made || !std::filesystem::is_directory(dir)) {
        err << "ownercheck: " << dir << ": cannot make the output directory" << (made ? ": " + made.message() : "") << "\n";
        return kInternal;
    }
    int unreadable = 0;
    for (size_t i = 2; i < args.size(); ++i) {
        char number[24];  // any size_t in decimal
        std::snprintf(number, sizeof number, "%04zu", i - 1);
        const std::string base = dir + "/" + number;
        auto write = [&](const std::string& name, const std::string& body) {
            std::ofstream f(name, std::ios::binary);
            f << body;
            if (!f) {
                err << "ownercheck: " << name << ": cannot write\n";
                return false;
            }
            return true;
        };
        out << number << " " << args[i] << "\n";
        std::string text, why;
        if (!read_input(args[i], in, text, why)) {
            ++unreadable;
            if (!write(base + ".error", why + "\n")) return kInternal;
            continue;
        }
        static constexpr std::pair<ReportFormat, const char*> kFormats[] = {
            {ReportFormat::Json, ".json"}, {ReportFormat::Markdown, ".md"}, {ReportFormat::Text, ".txt"}};
        for (const auto& [format, ext] : kFormats) {
            AnalyzeOptions options;
            options.format = format;
            const AnalyzeResult r = analyze(text, options);
            if (r.status != Status::Ok) {
                ++unreadable;
                if (!write(base + ".error", r.error + "\n")) return kInternal;
                break;
            }
            if (!write(base + ext, r.output)) return kInternal;
        }
    }
    out.flush();
    return unreadable ? kBadInput : kOk;
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
    if (cmd == "reports") {
        load_data_tables(err);
        return reports_command(args, in, out, err);
    }
    if (is_inspect_command(cmd)) {
        if (args.size() > 1) return usage_error(err, cmd + " reads its items from stdin, one per line");
        load_data_tables(err);
        return run_inspect(cmd, in, out);
    }
    return usage_error(err, "unknown command '" + cmd + "', must be: analyze, reports, ua, ip, address, place, email");
}

}  // namespace ownercheck::cli
