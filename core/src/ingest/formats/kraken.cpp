// Kraken exports. ledgers.csv (every header variant: 10 to 16 columns, with or without wallet,
// subclass, amountusd...): one row per balance change, so a trade is two rows sharing a refid
// (they become one Trade event, the second row cited in `also`), and a deposit or withdrawal may
// show first as a pending row without txid, then settled with one (counted as rows, one event).
// trades.csv: one row per fill, pair split into base and quote.

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "ingest/assets.hpp"
#include "ingest/formats/csv_reader.hpp"
#include "ingest/formats/formats.hpp"
#include "ingest/text.hpp"

namespace ownercheck::ingest {

namespace {

// Column index by normalised header name, -1 when absent.
class Columns {
public:
    explicit Columns(const std::vector<std::string_view>& header) {
        for (size_t i = 0; i < header.size(); ++i) index_.emplace(normalize_key(header[i]), static_cast<int>(i));
    }
    std::string_view get(const std::vector<std::string_view>& row, const char* name) const { return at(row, index(name)); }
    // The column's position, -1 when absent: resolve once, read every row with at().
    int index(const char* name) const {
        auto it = index_.find(name);
        return it == index_.end() ? -1 : it->second;
    }
    static std::string_view at(const std::vector<std::string_view>& row, int i) {
        if (i < 0 || i >= static_cast<int>(row.size())) return {};
        return trim(row[static_cast<size_t>(i)]);
    }

private:
    std::map<std::string, int, std::less<>> index_;
};

struct LedgerRow {
    Event ev;
    bool pending = false;  // no txid yet
    bool consumed = false;
};

std::string raw_type_of(std::string_view type, std::string_view subtype) {
    std::string t(type);
    if (!subtype.empty()) t += "/" + std::string(subtype);
    return t;
}

bool read_header(CsvReader& reader, std::vector<std::string>& store, std::vector<std::string_view>& header) {
    std::vector<std::string_view> fields;
    int line = 0;
    if (!reader.next(fields, line)) return false;
    for (auto f : fields) store.emplace_back(trim(f));
    for (const auto& s : store) header.push_back(s);
    return true;
}

}  // namespace

void parse_kraken_ledger(const Detection& d, BlockContext& ctx, BlockIngest& out) {
    const std::string_view text = ctx.text();
    CsvReader reader(text, d.delim, d.header_offset, d.header_line);
    std::vector<std::string> store;
    std::vector<std::string_view> header;
    if (!read_header(reader, store, header)) return;
    const Columns col(header);
    const int c_time = col.index("time"), c_amount = col.index("amount"), c_txid = col.index("txid"),
              c_refid = col.index("refid"), c_type = col.index("type"), c_subtype = col.index("subtype"),
              c_asset = col.index("asset"), c_subclass = col.index("subclass"), c_fee = col.index("fee");
    // A ledger repeats a few assets and types on every row: each distinct one is read once.
    struct AssetInfo {
        Interned ticker;
        bool fiat = false;
    };
    std::unordered_map<const void*, AssetInfo> assets;
    std::unordered_map<IdKey<2>, Interned, IdKeyHash> raw_types;

    std::vector<LedgerRow> rows;
    std::vector<std::string_view> f;
    int line = 0;
    while (reader.next(f, line)) {
        if (f.size() == 1 && trim(f[0]).empty()) continue;
        ++out.rows;
        if (f.size() != header.size())
            out.warn(line, "row has " + std::to_string(f.size()) + " fields for " + std::to_string(header.size()) + " columns");
        const std::string_view time = Columns::at(f, c_time);
        auto ts = parse_time_value(time, ctx);
        if (!ts) {
            out.warn(line, time.empty() ? std::string("no time in this ledger row")
                                        : "unparseable timestamp '" + excerpt(time) + "'");
            ++out.skipped;
            continue;
        }
        const std::string_view amount_text = Columns::at(f, c_amount);
        auto amount = parse_amount(amount_text);
        if (!amount) {
            out.warn(line, "unreadable amount '" + excerpt(amount_text) + "'");
            ++out.skipped;
            continue;
        }
        LedgerRow r;
        Event& ev = r.ev;
        ev.src = Ref{ctx.block(), line};
        ev.time = ts->sec;
        ev.time_ms = ts->ms;
        ev.txid = Columns::at(f, c_txid);
        ev.refid = Columns::at(f, c_refid);
        const Interned type = Columns::at(f, c_type), subtype = Columns::at(f, c_subtype);
        const IdKey<2> type_key{{type.id(), subtype.id()}};
        auto rt = raw_types.find(type_key);
        if (rt == raw_types.end()) rt = raw_types.emplace(type_key, Interned(raw_type_of(type, subtype))).first;
        ev.raw_type = rt->second;
        ev.type = ctx.vocab().event(type).type;
        if (ev.type == EventType::Unknown || ev.type == EventType::LoginSuccess || ev.type == EventType::LoginFailure)
            ev.type = EventType::Other;
        ev.asset_raw = Columns::at(f, c_asset);
        auto asset = assets.find(ev.asset_raw.id());
        if (asset == assets.end()) {
            AssetInfo info;
            info.ticker = normalize_asset(ev.asset_raw);
            info.fiat = is_fiat(info.ticker);
            asset = assets.emplace(ev.asset_raw.id(), info).first;
        }
        ev.asset = asset->second.ticker;
        ev.fiat = asset->second.fiat || iequals(Columns::at(f, c_subclass), "fiat");
        ev.amount = *amount;
        if (auto fee = parse_amount(Columns::at(f, c_fee))) ev.fee = *fee;
        r.pending = ev.txid.empty();
        rows.push_back(std::move(r));
    }

    // Rows grouped by refid, in row order within a group. Each group is judged on its own, so the
    // order of the groups does not matter and their (interned) identity is key enough.
    std::vector<std::pair<const void*, size_t>> by_ref;
    for (size_t i = 0; i < rows.size(); ++i)
        if (!rows[i].ev.refid.empty()) by_ref.emplace_back(rows[i].ev.refid.id(), i);
    std::sort(by_ref.begin(), by_ref.end());
    std::vector<std::vector<size_t>> groups;
    for (size_t i = 0; i < by_ref.size();) {
        size_t j = i;
        while (j < by_ref.size() && by_ref[j].first == by_ref[i].first) ++j;
        if (j - i > 1) {  // a lone row has no twin and no other leg
            std::vector<size_t>& g = groups.emplace_back();
            for (size_t k = i; k < j; ++k) g.push_back(by_ref[k].second);
        }
        i = j;
    }

    // Pending rows whose settled twin (same refid, type and asset, with a txid) is in the paste.
    for (const auto& idx : groups) {
        for (size_t i : idx) {
            if (!rows[i].pending) continue;
            for (size_t k : idx) {
                if (k == i || rows[k].pending || rows[k].consumed) continue;
                if (rows[k].ev.asset_raw == rows[i].ev.asset_raw && rows[k].ev.type == rows[i].ev.type) {
                    rows[k].ev.also.push_back(rows[i].ev.src);
                    rows[i].consumed = true;
                    break;
                }
            }
        }
    }

    // Trade legs joined by refid into one event of the non-fiat asset.
    for (const auto& idx : groups) {
        std::vector<size_t> legs;
        for (size_t i : idx)
            if (!rows[i].consumed && rows[i].ev.type == EventType::Trade) legs.push_back(i);
        if (legs.size() < 2) continue;
        size_t main = legs[0];
        auto better = [&](size_t a, size_t b) {  // is a a better main leg than b?
            const Event& x = rows[a].ev;
            const Event& y = rows[b].ev;
            if (x.fiat != y.fiat) return !x.fiat;
            return x.amount > 0 && y.amount <= 0;
        };
        for (size_t i : legs)
            if (i != main && better(i, main)) main = i;
        Event& m = rows[main].ev;
        for (size_t i : legs) {
            if (i == main) continue;
            const Event& o = rows[i].ev;
            if (m.counter_asset.empty()) {
                m.counter_asset = o.asset;
                m.counter_amount = o.amount < 0 ? -o.amount : o.amount;
            }
            m.also.push_back(o.src);
            m.also.insert(m.also.end(), o.also.begin(), o.also.end());
            rows[i].consumed = true;
        }
    }

    for (auto& r : rows) {
        if (r.consumed) continue;
        Event& ev = r.ev;
        if (ev.type == EventType::Trade && ev.side.empty()) ev.side = ev.amount >= 0 ? "buy" : "sell";
        out.event_list.push_back(std::move(ev));
        ++out.events;
    }
}

void parse_kraken_trades(const Detection& d, BlockContext& ctx, BlockIngest& out) {
    const std::string_view text = ctx.text();
    CsvReader reader(text, d.delim, d.header_offset, d.header_line);
    std::vector<std::string> store;
    std::vector<std::string_view> header;
    if (!read_header(reader, store, header)) return;
    const Columns col(header);
    std::vector<std::string_view> f;
    int line = 0;
    while (reader.next(f, line)) {
        if (f.size() == 1 && trim(f[0]).empty()) continue;
        ++out.rows;
        const std::string_view time = col.get(f, "time");
        auto ts = parse_time_value(time, ctx);
        if (!ts) {
            out.warn(line, time.empty() ? std::string("no time in this trade row")
                                        : "unparseable timestamp '" + excerpt(time) + "'");
            ++out.skipped;
            continue;
        }
        const std::string_view vol_text = col.get(f, "vol");
        auto vol = parse_amount(vol_text);
        if (!vol) {
            out.warn(line, "unreadable volume '" + excerpt(vol_text) + "'");
            ++out.skipped;
            continue;
        }
        Event ev;
        ev.src = Ref{ctx.block(), line};
        ev.time = ts->sec;
        ev.time_ms = ts->ms;
        ev.type = EventType::Trade;
        ev.txid.assign(col.get(f, "txid"));
        ev.refid.assign(col.get(f, "ordertxid"));
        const std::string_view side = col.get(f, "type");
        ev.raw_type.assign(side);
        ev.side = iequals(side, "sell") ? "sell" : "buy";
        auto [base, quote] = split_pair(col.get(f, "pair"));
        ev.asset_raw = base.empty() ? std::string(col.get(f, "pair")) : base;
        ev.asset = normalize_asset(ev.asset_raw);
        ev.fiat = is_fiat(ev.asset);
        ev.amount = ev.side == "sell" ? -*vol : *vol;
        if (!quote.empty()) ev.counter_asset = normalize_asset(quote);
        if (auto cost = parse_amount(col.get(f, "cost"))) ev.counter_amount = *cost;
        if (auto fee = parse_amount(col.get(f, "fee"))) ev.fee = *fee;
        out.event_list.push_back(std::move(ev));
        ++out.events;
    }
}

}  // namespace ownercheck::ingest
