#include "util/han_variants.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "util/utf8.hpp"

namespace ownercheck {

namespace {

// Pairs of (traditional, simplified), one pair per two characters.
constexpr std::string_view kPairs =
    "時时間间類类場场幣币別别數数價价總总額额續续費费狀状態态備备註注裝装設设結结國国區区錄录號号碼码"
    "戶户帳账賬账稱称單单訂订種种轉转網网絡络應应驗验證证發发錢钱來来際际電电腦脑機机瀏浏覽览變变認认"
    "雙双買买賣卖實实為为與与筆笔項项詳详細细規规則则處处異异風风險险務务統统計计擇择選选節节點点鐘钟"
    "個个們们後后從从於于開开關关閉闭啟启動动損损週周歷历紀纪報报記记錯错誤误無无權权請请執执級级層层"
    "隨随鑰钥創创刪删鎖锁凍冻綁绑領领儲储兌兑換换匯汇擔担質质餘余況况據据庫库貨货簽签約约達达確确內内"
    "絕绝敗败過过門门檻槛讀读寫写頁页離离線线傳传輸输銀银資资產产簡简訊讯郵邮聯联頭头員员陸陆縣县廣广"
    "東东臺台灣湾維维護护專专業业優优將将這这裡里還还沒没讓让對对說说話话樣样經经濟济亞亚華华僅仅審审"
    "邊边參参標标識识雜杂勢势氣气壓压漲涨幾几億亿萬万兩两團团體体劃划獲获觀观視视頻频響响鏈链塊块礦矿"
    "顯显擊击攔拦嘗尝試试測测圖图導导義义輪轮驅驱責责負负貸贷債债冊册舊旧歸归檔档現现幫帮戲戏滿满齊齐"
    "僱雇龍龙鳳凤島岛灣湾隱隐藏藏禁禁類类帶带續续憑凭處处議议護护觸触歡欢樂乐愛爱鐵铁順顺瀏浏覽览紐纽"
    "倫伦慶庆漢汉門门蘇苏濱滨寧宁陽阳廈厦鄭郑穩稳賴赖臨临廠厂歐欧俄俄徵征詢询閱阅認认顧顾饋馈總总銷销"
    "獎奖勵励條条碼码終终端端搖摇擺摆遠远級级壞坏險险陰阴腳脚團团釋释贈赠禮礼鑒鉴權权攜携帶带載载價价"
    "暫暂緩缓廢废遞递並并嗎吗會会學学習习題题問问域域戰战夠够騙骗盜盗駭骇擬拟蹤踪訪访頓顿聲声顏颜圍围繫系係系構构檢检淨净準准錶表飛飞車车館馆飯饭樓楼棟栋寶宝屬属親亲誰谁謝谢語语詞词譯译談谈論论評评訴诉訟讼筆笔紅红綠绿藍蓝黃黄鋼钢貼贴碼码";

const std::vector<std::pair<char32_t, char32_t>>& pairs() {
    static const std::vector<std::pair<char32_t, char32_t>> table = [] {
        std::vector<char32_t> cps;
        for (size_t i = 0; i + 2 < kPairs.size(); i += 3) {
            const auto b0 = static_cast<unsigned char>(kPairs[i]), b1 = static_cast<unsigned char>(kPairs[i + 1]),
                       b2 = static_cast<unsigned char>(kPairs[i + 2]);
            cps.push_back((char32_t(b0 & 0x0F) << 12) | (char32_t(b1 & 0x3F) << 6) | (b2 & 0x3F));
        }
        std::vector<std::pair<char32_t, char32_t>> out;
        for (size_t i = 0; i + 1 < cps.size(); i += 2)
            if (cps[i] != cps[i + 1]) out.emplace_back(cps[i], cps[i + 1]);
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first == b.first; }), out.end());
        return out;
    }();
    return table;
}

}  // namespace

char32_t simplified_han(char32_t cp) {
    if (cp < 0x4E00 || cp > 0x9FFF) return cp;
    const auto& t = pairs();
    const auto it = std::lower_bound(t.begin(), t.end(), cp, [](const auto& p, char32_t c) { return p.first < c; });
    return it != t.end() && it->first == cp ? it->second : cp;
}

bool append_simplified_han(std::string_view s, size_t i, std::string& out) {
    if (i + 2 >= s.size()) return false;
    const auto b0 = static_cast<unsigned char>(s[i]), b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
    if (b0 < 0xE4 || b0 > 0xE9 || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return false;  // U+4000..U+9FFF
    const char32_t cp = (char32_t(b0 & 0x0F) << 12) | (char32_t(b1 & 0x3F) << 6) | (b2 & 0x3F);
    utf8_append(out, static_cast<uint32_t>(simplified_han(cp)));
    return true;
}

std::string fold_han(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        if (append_simplified_han(s, i, out)) {
            i += 3;
        } else {
            out.push_back(s[i++]);
        }
    }
    return out;
}

}  // namespace ownercheck
