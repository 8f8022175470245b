// The renderers of the format-invariance corpus (see ingest_render.hpp). Each prints events the
// way one real admin tool does; spellings of events and results per language are what those
// panels show, not what the parser happens to know.
#include "ingest_render.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

namespace ingest_render {

namespace {

using ownercheck::EventType;


// ---- vocabularies per panel language ---------------------------------------------------------

struct Lang {
    std::string code;
    char sep;
    std::vector<std::string> header;  // time, ip, country, city, event, result, user agent
    std::string time_style;
    std::map<EventType, std::string> events;
    std::string ok, fail;  // result words
    std::map<std::string, std::string> reasons;  // failure reason -> detail words
    std::vector<std::string> funding_header;  // time, type, asset, amount, fee
    std::string deposit, withdrawal, buy, sell;
    bool decimal_comma = false;
    std::string group;  // thousands separator; empty: '.' with a decimal comma, none otherwise
};

std::vector<Lang> languages() {
    using E = EventType;
    return {
        {"en", ',', {"Timestamp (UTC)", "Source IP", "Country Code", "City", "Event Type", "Login Status", "Browser"}, "us_12h",
         {{E::LoginSuccess, "Sign-in"}, {E::TwoFactorResetRequested, "2FA reset requested"}, {E::DeviceApprovalSent, "New device approval email sent"},
          {E::DeviceApprovalApproved, "New device approved"}, {E::PasswordResetRequested, "Password reset requested"},
          {E::PhoneVerified, "Phone verified via SMS"}, {E::WithdrawalAddressAdded, "Withdrawal address added"},
          {E::EmailChangeRequested, "Email change requested"}, {E::PasswordChanged, "Password changed"}},
         "Success", "Failed", {{"invalid_otp", "wrong 2FA code"}, {"invalid_password", "wrong password"}, {"new_device_unapproved", "device not approved"}},
         {"Date(UTC)", "Operation", "Coin", "Change", "Fee"}, "Deposit", "Withdraw", "Buy", "Sell", false, ""},
        {"de", ';', {"Zeitpunkt", "IP-Adresse", "Land", "Stadt", "Ereignis", "Ergebnis", "Browser"}, "dmy_dot",
         {{E::LoginSuccess, "Anmeldung"}, {E::TwoFactorResetRequested, "2FA-Zurücksetzung angefordert"}, {E::DeviceApprovalSent, "E-Mail zur Gerätefreigabe gesendet"},
          {E::DeviceApprovalApproved, "Neues Gerät freigegeben"}, {E::PasswordResetRequested, "Zurücksetzen des Passworts angefordert"},
          {E::PhoneVerified, "Telefon per SMS verifiziert"}, {E::WithdrawalAddressAdded, "Auszahlungsadresse hinzugefügt"},
          {E::EmailChangeRequested, "E-Mail-Änderung angefordert"}, {E::PasswordChanged, "Passwort geändert"}},
         "Erfolgreich", "Fehlgeschlagen", {{"invalid_otp", "falscher 2FA-Code"}, {"invalid_password", "falsches Passwort"}, {"new_device_unapproved", "Gerät nicht freigegeben"}},
         {"Zeitpunkt", "Vorgang", "Währung", "Betrag", "Gebühr"}, "Einzahlung", "Auszahlung", "Kauf", "Verkauf", true, ""},
        {"fr", ';', {"Date et heure", "Adresse IP", "Pays", "Ville", "Événement", "Statut", "Navigateur"}, "dmy_slash_hms",
         {{E::LoginSuccess, "Connexion"}, {E::TwoFactorResetRequested, "Demande de réinitialisation 2FA"}, {E::DeviceApprovalSent, "E-mail d'approbation de l'appareil envoyé"},
          {E::DeviceApprovalApproved, "Nouvel appareil approuvé"}, {E::PasswordResetRequested, "Demande de réinitialisation du mot de passe"},
          {E::PhoneVerified, "Téléphone vérifié par SMS"}, {E::WithdrawalAddressAdded, "Adresse de retrait ajoutée"},
          {E::EmailChangeRequested, "Demande de changement d'e-mail"}, {E::PasswordChanged, "Mot de passe modifié"}},
         "Réussi", "Échec", {{"invalid_otp", "code 2FA incorrect"}, {"invalid_password", "mot de passe incorrect"}, {"new_device_unapproved", "appareil non approuvé"}},
         {"Date", "Opération", "Devise", "Montant", "Frais"}, "Dépôt", "Retrait", "Achat", "Vente", true, ""},
        {"pt", ',', {"Data/Hora", "Endereço IP", "País", "Cidade", "Evento", "Resultado", "Navegador"}, "dmy_slash_hms",
         {{E::LoginSuccess, "Login"}, {E::TwoFactorResetRequested, "Redefinição de 2FA solicitada"}, {E::DeviceApprovalSent, "E-mail de aprovação de dispositivo enviado"},
          {E::DeviceApprovalApproved, "Novo dispositivo aprovado"}, {E::PasswordResetRequested, "Redefinição de senha solicitada"},
          {E::PhoneVerified, "Telefone verificado por SMS"}, {E::WithdrawalAddressAdded, "Endereço de saque adicionado"},
          {E::EmailChangeRequested, "Alteração de e-mail solicitada"}, {E::PasswordChanged, "Senha alterada"}},
         "Sucesso", "Falha", {{"invalid_otp", "código 2FA incorreto"}, {"invalid_password", "senha incorreta"}, {"new_device_unapproved", "dispositivo não aprovado"}},
         {"Data", "Tipo", "Moeda", "Valor", "Taxa"}, "Depósito", "Saque", "Compra", "Venda", true, ""},
        {"es", ',', {"Fecha y hora", "Dirección IP", "País", "Ciudad", "Evento", "Resultado", "Navegador"}, "dmy_slash_hms",
         {{E::LoginSuccess, "Inicio de sesión"}, {E::TwoFactorResetRequested, "Restablecimiento de 2FA solicitado"}, {E::DeviceApprovalSent, "Correo de aprobación de dispositivo enviado"},
          {E::DeviceApprovalApproved, "Nuevo dispositivo aprobado"}, {E::PasswordResetRequested, "Restablecimiento de contraseña solicitado"},
          {E::PhoneVerified, "Teléfono verificado por SMS"}, {E::WithdrawalAddressAdded, "Dirección de retiro añadida"},
          {E::EmailChangeRequested, "Cambio de correo electrónico solicitado"}, {E::PasswordChanged, "Contraseña cambiada"}},
         "Éxito", "Fallido", {{"invalid_otp", "código 2FA incorrecto"}, {"invalid_password", "contraseña incorrecta"}, {"new_device_unapproved", "dispositivo no aprobado"}},
         {"Fecha", "Tipo", "Moneda", "Importe", "Comisión"}, "Depósito", "Retiro", "Compra", "Venta", true, ""},
        {"it", ';', {"Data e ora", "Indirizzo IP", "Paese", "Città", "Evento", "Esito", "Browser"}, "dmy_slash_hms",
         {{E::LoginSuccess, "Accesso"}, {E::TwoFactorResetRequested, "Richiesta reimpostazione 2FA"}, {E::DeviceApprovalSent, "Email di approvazione dispositivo inviata"},
          {E::DeviceApprovalApproved, "Nuovo dispositivo approvato"}, {E::PasswordResetRequested, "Richiesta reimpostazione password"},
          {E::PhoneVerified, "Telefono verificato via SMS"}, {E::WithdrawalAddressAdded, "Indirizzo di prelievo aggiunto"},
          {E::EmailChangeRequested, "Richiesta modifica email"}, {E::PasswordChanged, "Password modificata"}},
         "Riuscito", "Non riuscito", {{"invalid_otp", "codice 2FA errato"}, {"invalid_password", "password errata"}, {"new_device_unapproved", "dispositivo non approvato"}},
         {"Data", "Operazione", "Valuta", "Importo", "Commissione"}, "Deposito", "Prelievo", "Acquisto", "Vendita", true, ""},
        {"ru", ',', {"Время", "IP-адрес", "Страна", "Город", "Событие", "Результат", "Браузер"}, "ru_d_mon_y",
         {{E::LoginSuccess, "Вход"}, {E::TwoFactorResetRequested, "Запрошен сброс 2FA"}, {E::DeviceApprovalSent, "Отправлено письмо для подтверждения устройства"},
          {E::DeviceApprovalApproved, "Новое устройство подтверждено"}, {E::PasswordResetRequested, "Запрошен сброс пароля"},
          {E::PhoneVerified, "Телефон подтверждён по SMS"}, {E::WithdrawalAddressAdded, "Добавлен адрес для вывода"},
          {E::EmailChangeRequested, "Запрошена смена email"}, {E::PasswordChanged, "Пароль изменён"}},
         "Успешно", "Ошибка", {{"invalid_otp", "неверный код 2FA"}, {"invalid_password", "неверный пароль"}, {"new_device_unapproved", "устройство не подтверждено"}},
         {"Дата", "Операция", "Валюта", "Сумма", "Комиссия"}, "Пополнение", "Вывод", "Покупка", "Продажа", true, "\xC2\xA0"},
        {"tr", ',', {"Tarih", "IP Adresi", "Ülke", "Şehir", "Olay", "Sonuç", "Tarayıcı"}, "dmy_dot",
         {{E::LoginSuccess, "Giriş"}, {E::TwoFactorResetRequested, "2FA sıfırlama talebi"}, {E::DeviceApprovalSent, "Cihaz onay e-postası gönderildi"},
          {E::DeviceApprovalApproved, "Yeni cihaz onaylandı"}, {E::PasswordResetRequested, "Şifre sıfırlama talebi"},
          {E::PhoneVerified, "Telefon SMS ile doğrulandı"}, {E::WithdrawalAddressAdded, "Çekim adresi eklendi"},
          {E::EmailChangeRequested, "E-posta değişikliği talebi"}, {E::PasswordChanged, "Şifre değiştirildi"}},
         "Başarılı", "Başarısız", {{"invalid_otp", "yanlış 2FA kodu"}, {"invalid_password", "yanlış şifre"}, {"new_device_unapproved", "cihaz onaylanmadı"}},
         {"Tarih", "İşlem", "Varlık", "Miktar", "Ücret"}, "Yatırma", "Çekim", "Alış", "Satış", true, ""},
        {"zh", ',', {"时间", "IP地址", "国家", "城市", "事件", "结果", "浏览器"}, "zh_ymd",
         {{E::LoginSuccess, "登录"}, {E::TwoFactorResetRequested, "申请重置2FA"}, {E::DeviceApprovalSent, "已发送设备验证邮件"},
          {E::DeviceApprovalApproved, "新设备已批准"}, {E::PasswordResetRequested, "申请重置密码"},
          {E::PhoneVerified, "手机已通过短信验证"}, {E::WithdrawalAddressAdded, "已添加提现地址"},
          {E::EmailChangeRequested, "申请更改邮箱"}, {E::PasswordChanged, "密码已修改"}},
         "成功", "失败", {{"invalid_otp", "2FA验证码错误"}, {"invalid_password", "密码错误"}, {"new_device_unapproved", "设备未批准"}},
         {"时间", "类型", "币种", "数量", "手续费"}, "充值", "提现", "买入", "卖出", false, ","},
        {"ko", ',', {"시간", "IP 주소", "국가", "도시", "이벤트", "결과", "브라우저"}, "ko_ymd_12h",
         {{E::LoginSuccess, "로그인"}, {E::TwoFactorResetRequested, "2FA 재설정 요청"}, {E::DeviceApprovalSent, "기기 승인 이메일 발송"},
          {E::DeviceApprovalApproved, "새 기기 승인됨"}, {E::PasswordResetRequested, "비밀번호 재설정 요청"},
          {E::PhoneVerified, "SMS로 휴대폰 인증"}, {E::WithdrawalAddressAdded, "출금 주소 추가"},
          {E::EmailChangeRequested, "이메일 변경 요청"}, {E::PasswordChanged, "비밀번호 변경됨"}},
         "성공", "실패", {{"invalid_otp", "2FA 코드 오류"}, {"invalid_password", "비밀번호 오류"}, {"new_device_unapproved", "기기 미승인"}},
         {"시간", "구분", "코인", "수량", "수수료"}, "입금", "출금", "매수", "매도", false, ","},
    };
}

std::function<std::string(int64_t)> style(const std::string& name) {
    if (name == "dmy_slash_hms")
        return [](int64_t t) { auto c = clock_of(t); return fmt("%02d/%02d/%04d %02d:%02d:%02d", c.d, c.mo, c.y, c.h, c.mi, c.s); };
    for (const auto& s : time_styles())
        if (s.name == name) return s.print;
    return [](int64_t t) { return ownercheck::format_iso_datetime(t); };
}
bool style_has_seconds(const std::string& name) {
    if (name == "dmy_slash_hms") return true;
    for (const auto& s : time_styles())
        if (s.name == name) return s.seconds;
    return true;
}

std::string event_name(const Lang& l, const Event& e) {
    EventType t = e.type == EventType::LoginFailure ? EventType::LoginSuccess : e.type;
    auto it = l.events.find(t);
    return it != l.events.end() ? it->second : std::string(e.raw_type.view());
}
std::string result_text(const Lang& l, const Event& e, bool with_detail = true) {
    if (e.success) return l.ok;
    auto it = l.reasons.find(std::string(e.failure_reason.view()));
    if (!with_detail || it == l.reasons.end()) return l.fail;
    return l.code == "zh" ? l.fail + "（" + it->second + "）" : l.fail + " (" + it->second + ")";
}

// A CSV field, quoted when it holds the separator, a quote or a line break.
std::string field(const std::string& v, char sep) {
    if (sep != '\t' && (v.find(sep) != std::string::npos || v.find('"') != std::string::npos || v.find('\n') != std::string::npos)) {
        std::string q = "\"";
        for (char c : v) {
            if (c == '"') q += '"';
            q += c;
        }
        return q + "\"";
    }
    return v;
}
std::string row(const std::vector<std::string>& cells, char sep) {
    std::string out;
    for (size_t i = 0; i < cells.size(); ++i) {
        if (i) out += sep;
        out += field(cells[i], sep);
    }
    return out + "\n";
}

// An amount as a panel prints it: '.' decimals and no grouping, or the locale's decimal comma
// with '.' (de, pt, es, it, tr), a no-break space (ru) or ',' (with '.' decimals: zh, ko) grouping
// the thousands.
std::string amount_text(double v, bool decimal_comma, const std::string& group = "") {
    std::string s = fmt("%.8f", v);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (!decimal_comma && group.empty()) return s;
    const std::string sep = !group.empty() ? group : ".";
    const bool neg = !s.empty() && s[0] == '-';
    if (neg) s.erase(0, 1);
    const size_t dot = s.find('.');
    std::string whole = s.substr(0, dot), frac = dot == std::string::npos ? "" : s.substr(dot + 1);
    std::string grouped;
    for (size_t i = 0; i < whole.size(); ++i) {
        if (i && (whole.size() - i) % 3 == 0) grouped += sep;
        grouped += whole[i];
    }
    return (neg ? "-" : "") + grouped + (frac.empty() ? "" : (decimal_comma ? "," : ".") + frac);
}

std::string json_str(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string country_name(std::string_view cc) {
    static const std::map<std::string, std::string, std::less<>> names = {
        {"US", "United States"}, {"DE", "Germany"}, {"GB", "United Kingdom"}, {"FR", "France"}, {"ES", "Spain"},
        {"PT", "Portugal"}, {"BR", "Brazil"}, {"MX", "Mexico"}, {"CA", "Canada"}, {"VN", "Vietnam"}, {"PL", "Poland"},
        {"RU", "Russia"}, {"CN", "China"}, {"SG", "Singapore"}, {"HK", "Hong Kong"}, {"PH", "Philippines"}, {"NL", "Netherlands"},
        {"IT", "Italy"}, {"TR", "Turkey"}, {"KR", "South Korea"}, {"JP", "Japan"}, {"NG", "Nigeria"}, {"IN", "India"}, {"UA", "Ukraine"},
        {"RO", "Romania"}, {"AU", "Australia"}, {"AR", "Argentina"}, {"CH", "Switzerland"}, {"AT", "Austria"}, {"BE", "Belgium"}};
    auto it = names.find(cc);
    return it == names.end() ? std::string(cc) : it->second;
}

// Country and city names as localised panels print them, in the order de fr pt es it ru tr zh ko
// (hand-written from what those languages call them, not read from the parser's tables). Places
// a language does not rename are printed as the sample has them.
constexpr const char* kPanelLangs[] = {"de", "fr", "pt", "es", "it", "ru", "tr", "zh", "ko"};
using Names = std::array<const char*, 9>;

const std::map<std::string, Names, std::less<>>& local_countries() {
    static const std::map<std::string, Names, std::less<>> t = {
        {"AU", {"Australien", "Australie", "Austrália", "Australia", "Australia", "Австралия", "Avustralya", "澳大利亚", "호주"}},
        {"BR", {"Brasilien", "Brésil", "Brasil", "Brasil", "Brasile", "Бразилия", "Brezilya", "巴西", "브라질"}},
        {"CA", {"Kanada", "Canada", "Canadá", "Canadá", "Canada", "Канада", "Kanada", "加拿大", "캐나다"}},
        {"CN", {"China", "Chine", "China", "China", "Cina", "Китай", "Çin", "中国", "중국"}},
        {"DE", {"Deutschland", "Allemagne", "Alemanha", "Alemania", "Germania", "Германия", "Almanya", "德国", "독일"}},
        {"ES", {"Spanien", "Espagne", "Espanha", "España", "Spagna", "Испания", "İspanya", "西班牙", "스페인"}},
        {"FR", {"Frankreich", "France", "França", "Francia", "Francia", "Франция", "Fransa", "法国", "프랑스"}},
        {"GB", {"Vereinigtes Königreich", "Royaume-Uni", "Reino Unido", "Reino Unido", "Regno Unito", "Великобритания", "Birleşik Krallık", "英国", "영국"}},
        {"HK", {"Hongkong", "Hong Kong", "Hong Kong", "Hong Kong", "Hong Kong", "Гонконг", "Hong Kong", "香港", "홍콩"}},
        {"MX", {"Mexiko", "Mexique", "México", "México", "Messico", "Мексика", "Meksika", "墨西哥", "멕시코"}},
        {"NL", {"Niederlande", "Pays-Bas", "Países Baixos", "Países Bajos", "Paesi Bassi", "Нидерланды", "Hollanda", "荷兰", "네덜란드"}},
        {"PH", {"Philippinen", "Philippines", "Filipinas", "Filipinas", "Filippine", "Филиппины", "Filipinler", "菲律宾", "필리핀"}},
        {"PL", {"Polen", "Pologne", "Polônia", "Polonia", "Polonia", "Польша", "Polonya", "波兰", "폴란드"}},
        {"PT", {"Portugal", "Portugal", "Portugal", "Portugal", "Portogallo", "Португалия", "Portekiz", "葡萄牙", "포르투갈"}},
        {"RU", {"Russland", "Russie", "Rússia", "Rusia", "Russia", "Россия", "Rusya", "俄罗斯", "러시아"}},
        {"SG", {"Singapur", "Singapour", "Singapura", "Singapur", "Singapore", "Сингапур", "Singapur", "新加坡", "싱가포르"}},
        {"TR", {"Türkei", "Turquie", "Turquia", "Turquía", "Turchia", "Турция", "Türkiye", "土耳其", "튀르키예"}},
        {"UA", {"Ukraine", "Ukraine", "Ucrânia", "Ucrania", "Ucraina", "Украина", "Ukrayna", "乌克兰", "우크라이나"}},
        {"US", {"Vereinigte Staaten", "États-Unis", "Estados Unidos", "Estados Unidos", "Stati Uniti", "США", "Amerika Birleşik Devletleri", "美国", "미국"}},
        {"VN", {"Vietnam", "Viêt Nam", "Vietnã", "Vietnam", "Vietnam", "Вьетнам", "Vietnam", "越南", "베트남"}},
    };
    return t;
}

const std::map<std::string, Names, std::less<>>& local_cities() {
    static const std::map<std::string, Names, std::less<>> t = {
        {"Moscow", {"Moskau", "Moscou", "Moscou", "Moscú", "Mosca", "Москва", "Moskova", "莫斯科", "모스크바"}},
        {"London", {"London", "Londres", "Londres", "Londres", "Londra", "Лондон", "Londra", "伦敦", "런던"}},
        {"Lisbon", {"Lissabon", "Lisbonne", "Lisboa", "Lisboa", "Lisbona", "Лиссабон", "Lizbon", "里斯本", "리스본"}},
        {"Warsaw", {"Warschau", "Varsovie", "Varsóvia", "Varsovia", "Varsavia", "Варшава", "Varşova", "华沙", "바르샤바"}},
        {"Beijing", {"Peking", "Pékin", "Pequim", "Pekín", "Pechino", "Пекин", "Pekin", "北京", "베이징"}},
        {"Shanghai", {"Shanghai", "Shanghai", "Xangai", "Shanghái", "Shanghai", "Шанхай", "Şanghay", "上海", "상하이"}},
        {"Berlin", {"Berlin", "Berlin", "Berlim", "Berlín", "Berlino", "Берлин", "Berlin", "柏林", "베를린"}},
        {"Hamburg", {"Hamburg", "Hambourg", "Hamburgo", "Hamburgo", "Amburgo", "Гамбург", "Hamburg", "汉堡", "함부르크"}},
        {"Istanbul", {"Istanbul", "Istanbul", "Istambul", "Estambul", "Istanbul", "Стамбул", "İstanbul", "伊斯坦布尔", "이스탄불"}},
        {"Kyiv", {"Kiew", "Kiev", "Kiev", "Kiev", "Kiev", "Киев", "Kiev", "基辅", "키이우"}},
        {"Saint Petersburg", {"Sankt Petersburg", "Saint-Pétersbourg", "São Petersburgo", "San Petersburgo", "San Pietroburgo", "Санкт-Петербург", "Sankt Peterburg", "圣彼得堡", "상트페테르부르크"}},
        {"Singapore", {"Singapur", "Singapour", "Singapura", "Singapur", "Singapore", "Сингапур", "Singapur", "新加坡", "싱가포르"}},
        {"Hong Kong", {"Hongkong", "Hong Kong", "Hong Kong", "Hong Kong", "Hong Kong", "Гонконг", "Hong Kong", "香港", "홍콩"}},
        {"Amsterdam", {"Amsterdam", "Amsterdam", "Amsterdã", "Ámsterdam", "Amsterdam", "Амстердам", "Amsterdam", "阿姆斯特丹", "암스테르담"}},
        {"Madrid", {"Madrid", "Madrid", "Madrid", "Madrid", "Madrid", "Мадрид", "Madrid", "马德里", "마드리드"}},
        {"Frankfurt am Main", {"Frankfurt am Main", "Francfort", "Frankfurt", "Fráncfort", "Francoforte", "Франкфурт-на-Майне", "Frankfurt", "法兰克福", "프랑크푸르트"}},
        {"New York", {"New York", "New York", "Nova York", "Nueva York", "New York", "Нью-Йорк", "New York", "纽约", "뉴욕"}},
        {"Sao Paulo", {"São Paulo", "São Paulo", "São Paulo", "São Paulo", "San Paolo", "Сан-Паулу", "São Paulo", "圣保罗", "상파울루"}},
        {"Rio de Janeiro", {"Rio de Janeiro", "Rio de Janeiro", "Rio de Janeiro", "Río de Janeiro", "Rio de Janeiro", "Рио-де-Жанейро", "Rio de Janeiro", "里约热内卢", "리우데자네이루"}},
    };
    return t;
}

std::string local_name(const std::map<std::string, Names, std::less<>>& table, const std::string& lang, std::string_view v) {
    auto it = table.find(v);
    if (it == table.end()) return std::string(v);
    for (size_t i = 0; i < 9; ++i)
        if (lang == kPanelLangs[i]) return it->second[i];
    return std::string(v);
}

// ---- columnar renderers ---------------------------------------------------------------------

Renderer localised_csv(const Lang& l) {
    Renderer r;
    r.name = "csv_" + l.code;
    r.carries.seconds = style_has_seconds(l.time_style);
    r.render = [l](const std::vector<Event>& ev) {
        const auto when = style(l.time_style);
        std::string out = row(l.header, l.sep);
        for (const auto& e : ev)
            out += row({when(e.time), std::string(e.ip.view()), local_name(local_countries(), l.code, e.country.view()),
                        local_name(local_cities(), l.code, e.city.view()), event_name(l, e),
                        result_text(l, e), std::string(e.user_agent.view())},
                       l.sep);
        return Rendering{out, "Login history"};
    };
    return r;
}

// The localised panel restricted to the events of the first twelve days of a month: no date of
// the block tells day from month, so only the panel's language can (date_order.hpp).
Renderer early_days(const Lang& l) {
    Renderer r = localised_csv(l);
    r.name = "csv_" + l.code + "_days_le_12";
    r.guesses_date_order = true;
    r.accepts = [](const Event& e) { return clock_of(e.time).d <= 12; };
    return r;
}

Renderer localised_funding(const Lang& l) {
    Renderer r;
    r.name = "funding_" + l.code;
    r.access = false;
    r.funding = true;
    r.carries.funding = true;
    r.carries.country = r.carries.city = r.carries.user_agent = r.carries.reason = false;
    r.carries.seconds = style_has_seconds(l.time_style);
    r.render = [l](const std::vector<Event>& ev) {
        const auto when = style(l.time_style);
        std::string out = row(l.funding_header, l.sep);
        for (const auto& e : ev) {
            std::string type = e.type == EventType::Deposit ? l.deposit : e.type == EventType::Withdrawal ? l.withdrawal : e.side == "sell" ? l.sell : l.buy;
            out += row({when(e.time), type, std::string(e.asset_raw.view()), amount_text(e.amount, l.decimal_comma, l.group), amount_text(e.fee, l.decimal_comma, l.group)}, l.sep);
        }
        return Rendering{out, "Transaction history"};
    };
    return r;
}

// The English CSV with one timestamp style: the timestamp matrix.
Renderer styled_csv(const TimeStyle& s) {
    Renderer r;
    r.name = "time_" + s.name;
    r.carries.seconds = s.seconds;
    r.render = [s](const std::vector<Event>& ev) {
        std::string out = "time,event,ip,country,city,user_agent,status\n";
        for (const auto& e : ev)
            out += row({s.print(e.time), std::string(e.raw_type.view()), std::string(e.ip.view()), std::string(e.country.view()), std::string(e.city.view()),
                        std::string(e.user_agent.view()), e.success ? "success" : "failed:" + std::string(e.failure_reason.view())},
                       ',');
        return Rendering{out, "Login history"};
    };
    return r;
}

// Pipe tables: markdown, psql, MySQL boxes.
enum class Box { Markdown, Psql, Mysql };
Renderer boxed(Box box) {
    Renderer r;
    r.name = box == Box::Markdown ? "markdown" : box == Box::Psql ? "psql" : "mysql";
    r.render = [box](const std::vector<Event>& ev) {
        const std::vector<std::string> head = {"created_at", "event", "ip", "country", "city", "user_agent", "status", "reason"};
        std::vector<std::vector<std::string>> rows;
        for (const auto& e : ev)
            rows.push_back({box == Box::Markdown ? ownercheck::format_iso_datetime(e.time) : fmt("%s", ownercheck::format_iso_datetime(e.time).substr(0, 19).replace(10, 1, " ").c_str()) + (box == Box::Psql ? "+00" : ""),
                            std::string(e.raw_type.view()), std::string(e.ip.view()), std::string(e.country.view()), std::string(e.city.view()),
                            std::string(e.user_agent.view()), e.success ? "success" : "failure", std::string(e.failure_reason.view())});
        std::vector<size_t> w(head.size());
        auto width = [](const std::string& s) {
            size_t n = 0;
            for (unsigned char c : s) n += (c & 0xC0) != 0x80;
            return n;
        };
        for (size_t i = 0; i < head.size(); ++i) w[i] = width(head[i]);
        for (const auto& rw : rows)
            for (size_t i = 0; i < rw.size(); ++i) w[i] = std::max(w[i], width(rw[i]));
        auto pad = [&](const std::string& s, size_t n) { return s + std::string(n - width(s), ' '); };
        auto line = [&](const std::vector<std::string>& cells) {
            std::string out = box == Box::Psql ? " " : "| ";
            for (size_t i = 0; i < cells.size(); ++i) {
                if (i) out += " | ";
                out += pad(cells[i], w[i]);
            }
            if (box == Box::Psql) {
                while (!out.empty() && out.back() == ' ') out.pop_back();
                return out + "\n";
            }
            return out + " |\n";
        };
        auto rule = [&](char corner) {
            std::string out(1, corner == '+' && box == Box::Psql ? '-' : corner);
            if (box == Box::Psql) out.clear();
            for (size_t i = 0; i < w.size(); ++i) {
                if (i) out += box == Box::Markdown ? "|" : "+";
                out += std::string(w[i] + 2, '-');
            }
            if (box != Box::Psql) out += box == Box::Markdown ? "|" : "+";
            return out + "\n";
        };
        std::string out;
        if (box == Box::Mysql) out += rule('+');
        out += line(head);
        out += rule(box == Box::Markdown ? '|' : '+');
        for (const auto& rw : rows) out += line(rw);
        if (box == Box::Mysql) out += rule('+') + std::to_string(rows.size()) + " rows in set (0.01 sec)\n";
        if (box == Box::Psql) out += "(" + std::to_string(rows.size()) + (rows.size() == 1 ? " row)\n" : " rows)\n");
        return Rendering{out, "Login history"};
    };
    return r;
}

// A terminal table aligned with spaces (docker/kubectl style), no borders.
Renderer aligned() {
    Renderer r;
    r.name = "aligned";
    r.render = [](const std::vector<Event>& ev) {
        const std::vector<std::string> head = {"TIME", "EVENT", "IP", "COUNTRY", "CITY", "STATUS", "USER AGENT"};
        std::vector<std::vector<std::string>> rows;
        for (const auto& e : ev)
            rows.push_back({ownercheck::format_iso_datetime(e.time), std::string(e.raw_type.view()), std::string(e.ip.view()),
                            e.country.empty() ? "-" : std::string(e.country.view()), e.city.empty() ? "-" : std::string(e.city.view()),
                            e.success ? "ok" : "failed:" + std::string(e.failure_reason.view()), std::string(e.user_agent.view())});
        std::vector<size_t> w(head.size());
        for (size_t i = 0; i < head.size(); ++i) w[i] = head[i].size();
        for (const auto& rw : rows)
            for (size_t i = 0; i < rw.size(); ++i) w[i] = std::max(w[i], rw[i].size());
        auto line = [&](const std::vector<std::string>& c) {
            std::string out;
            for (size_t i = 0; i < c.size(); ++i) out += i + 1 < c.size() ? c[i] + std::string(w[i] - c[i].size() + 3, ' ') : c[i];
            return out + "\n";
        };
        std::string out = line(head);
        for (const auto& rw : rows) out += line(rw);
        return Rendering{out, "Login history"};
    };
    return r;
}

// An exchange's "Login history" page copied from the browser: tab-separated, no event column.
Renderer web_login_history() {
    Renderer r;
    r.name = "web_login_history";
    r.logins_only = true;
    r.carries.reason = false;
    r.render = [](const std::vector<Event>& ev) {
        std::string out = "Date\tDevice\tIP\tLocation\tStatus\n";
        for (const auto& e : ev) {
            auto c = clock_of(e.time);
            out += fmt("%04d-%02d-%02d %02d:%02d:%02d", c.y, c.mo, c.d, c.h, c.mi, c.s) + "\t" + std::string(e.user_agent.view()) + "\t" +
                   std::string(e.ip.view()) + "\t" + std::string(e.city.view()) + ", " + country_name(e.country.view()) + "\t" +
                   (e.success ? "Successful" : "Failed") + "\n";
        }
        return Rendering{out, "Login history"};
    };
    return r;
}

// ---- key=value ------------------------------------------------------------------------------

Renderer logfmt(bool syslog) {
    Renderer r;
    r.name = syslog ? "logfmt_syslog" : "logfmt_time_key";
    r.render = [syslog](const std::vector<Event>& ev) {
        std::string out;
        for (const auto& e : ev) {
            auto c = clock_of(e.time);
            std::string l = syslog ? fmt("%s %2d %02d:%02d:%02d web-01 accountd[4121]: ", month_en(c.mo), c.d, c.h, c.mi, c.s)
                                   : "time=" + ownercheck::format_iso_datetime(e.time) + " level=info ";
            l += "msg=" + json_str(e.raw_type.view()) + " remote_ip=" + std::string(e.ip.view());
            if (!e.country.empty()) l += " geo.country=" + std::string(e.country.view());
            if (!e.city.empty()) l += " geo.city=" + json_str(e.city.view());
            l += " outcome=" + std::string(e.success ? "success" : "failure");
            if (!e.success) l += " reason=" + std::string(e.failure_reason.view());
            l += " user_agent=" + json_str(e.user_agent.view());
            out += l + "\n";
        }
        return Rendering{out, "Security log"};
    };
    return r;
}

// ---- terminal sessions and SIEM lines ---------------------------------------------------------

// The columns the box renderers print, one row per event.
std::vector<std::string> box_row(const Event& e) {
    std::string when = ownercheck::format_iso_datetime(e.time).substr(0, 19);
    when[10] = ' ';
    return {when, std::string(e.raw_type.view()), std::string(e.ip.view()),
            std::string(e.country.view()), std::string(e.city.view()), std::string(e.user_agent.view()), e.success ? "success" : "failure",
            std::string(e.failure_reason.view())};
}
const std::vector<std::string> kBoxHead = {"created_at", "event", "ip", "country", "city", "user_agent", "status", "reason"};

size_t text_width(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}
std::string repeat(const char* piece, size_t n) {
    std::string out;
    for (size_t i = 0; i < n; ++i) out += piece;
    return out;
}

// `sqlite3 -box` under the prompt lines that ran it; clickhouse-client's PrettyCompact (names set
// in the top frame) under its prompt and the query it echoes.
Renderer box_session(bool clickhouse) {
    Renderer r;
    r.name = clickhouse ? "clickhouse_pretty_session" : "sqlite_box_session";
    r.render = [clickhouse](const std::vector<Event>& ev) {
        std::vector<std::vector<std::string>> rows;
        for (const auto& e : ev) rows.push_back(box_row(e));
        std::vector<size_t> w(kBoxHead.size());
        for (size_t i = 0; i < kBoxHead.size(); ++i) w[i] = text_width(kBoxHead[i]);
        for (const auto& rw : rows)
            for (size_t i = 0; i < rw.size(); ++i) w[i] = std::max(w[i], text_width(rw[i]));
        const char* bar = "\xE2\x94\x82";
        auto line = [&](const std::vector<std::string>& cells) {
            std::string out = bar;
            for (size_t i = 0; i < cells.size(); ++i) out += " " + cells[i] + std::string(w[i] - text_width(cells[i]), ' ') + " " + bar;
            return out + "\n";
        };
        auto rule = [&](const char* left, const char* mid, const char* right) {
            std::string out = left;
            for (size_t i = 0; i < w.size(); ++i) out += (i ? mid : "") + repeat("\xE2\x94\x80", w[i] + 2);
            return out + right + "\n";
        };
        std::string out;
        if (clickhouse) {
            out += "ch-02 :) SELECT created_at, event, ip, country, city, user_agent, status, reason FROM auth WHERE uid = 7\n\n"
                   "SELECT created_at, event, ip, country, city, user_agent, status, reason\nFROM auth\nWHERE uid = 7\n\n"
                   "Query id: 5b2e7c41-0f3a-4d8e\n\n";
            std::string top = "\xE2\x94\x8C";  // ┌─name────┬─name──┐
            for (size_t i = 0; i < w.size(); ++i)
                top += (i ? "\xE2\x94\xAC" : "") + std::string("\xE2\x94\x80") + kBoxHead[i] + repeat("\xE2\x94\x80", w[i] + 1 - text_width(kBoxHead[i]));
            out += top + "\xE2\x94\x90\n";
            for (const auto& rw : rows) out += line(rw);
            out += rule("\xE2\x94\x94", "\xE2\x94\xB4", "\xE2\x94\x98");
            out += "\n" + std::to_string(rows.size()) + " rows in set. Elapsed: 0.004 sec.\n\nch-02 :)\n";
        } else {
            out += "sqlite> .mode box\nsqlite> SELECT created_at, event, ip, country, city, user_agent, status, reason FROM auth;\n";
            out += rule("\xE2\x94\x8C", "\xE2\x94\xAC", "\xE2\x94\x90") + line(kBoxHead) + rule("\xE2\x94\x9C", "\xE2\x94\xBC", "\xE2\x94\xA4");
            for (const auto& rw : rows) out += line(rw);
            out += rule("\xE2\x94\x94", "\xE2\x94\xB4", "\xE2\x94\x98");
        }
        return Rendering{out, "auth events (terminal)"};
    };
    return r;
}

// ArcSight CEF as a SIEM forwards it: the event in the header, an unquoted user agent.
Renderer cef() {
    Renderer r;
    r.name = "cef";
    r.render = [](const std::vector<Event>& ev) {
        std::string out;
        for (const auto& e : ev) {
            std::string name;  // CEF escapes '|' in header fields
            for (char c : e.raw_type.view()) {
                if (c == '|') name += '\\';
                name += c;
            }
            std::string l = "CEF:0|Exchange|AuthGateway|4.2|100|" + name + "|3|rt=" + std::to_string(e.time * 1000) + " src=" + std::string(e.ip.view());
            if (!e.country.empty() || !e.city.empty())
                l += " cs1Label=geo cs1=" + std::string(e.city.view()) + (e.city.empty() || e.country.empty() ? "" : ", ") + std::string(e.country.view());
            if (!e.user_agent.empty()) l += " requestClientApplication=" + std::string(e.user_agent.view());
            l += std::string(" outcome=") + (e.success ? "success" : "failure");
            if (!e.success && !e.failure_reason.empty()) l += " reason=" + std::string(e.failure_reason.view());
            out += l + "\n";
        }
        return Rendering{out, "SIEM export"};
    };
    return r;
}

// A Grafana Loki export: the time, the stream's labels, then the JSON log line.
Renderer loki() {
    Renderer r;
    r.name = "loki_json_lines";
    r.render = [](const std::vector<Event>& ev) {
        std::string out;
        for (const auto& e : ev) {
            out += ownercheck::format_iso_datetime(e.time) + " {app=\"auth-api\", env=\"prod\"} {\"event\": " + json_str(e.raw_type.view()) +
                   ", \"ip\": " + json_str(e.ip.view()) + ", \"geo\": {\"cc\": " + json_str(e.country.view()) + ", \"city\": " + json_str(e.city.view()) +
                   "}, \"ua\": " + json_str(e.user_agent.view()) + ", \"result\": \"" + (e.success ? "success" : "failure") + "\"" +
                   (e.success ? "" : ", \"reason\": " + json_str(e.failure_reason.view())) + "}\n";
        }
        return Rendering{out, "Loki export"};
    };
    return r;
}

// A support desk's side panel: a heading, then one line per event, fields set apart by middle dots.
Renderer dotted_panel() {
    Renderer r;
    r.name = "support_panel_dots";
    r.carries.reason = false;
    r.carries.type = false;  // read by its values, the event column keeps what the vocabulary knows
    r.logins_only = true;
    r.render = [](const std::vector<Event>& ev) {
        std::string out = "Exchange Admin  \xC2\xB7  app Zendesk\n\nAlex Example\nSecurity activity (UTC)\n\n";
        for (const auto& e : ev) {
            auto c = clock_of(e.time);
            out += fmt("%d %s %04d, %02d:%02d:%02d", c.d, month_en(c.mo), c.y, c.h, c.mi, c.s) + "  \xC2\xB7  " + std::string(e.raw_type.view()) +
                   "  \xC2\xB7  " + (e.success ? "Success" : "Failed") + "  \xC2\xB7  " + std::string(e.ip.view()) + "  \xC2\xB7  " +
                   std::string(e.city.view()) + ", " + std::string(e.country.view()) + "  \xC2\xB7  " + std::string(e.user_agent.view()) + "\n";
        }
        return Rendering{out, "Zendesk side panel"};
    };
    return r;
}

// ---- free-text logs -------------------------------------------------------------------------

Renderer nginx() {
    Renderer r;
    r.name = "nginx_combined";
    r.logins_only = true;
    r.carries.country = r.carries.city = r.carries.reason = false;
    r.render = [](const std::vector<Event>& ev) {
        std::string out;
        for (const auto& e : ev) {
            auto c = clock_of(e.time);
            out += std::string(e.ip.view()) + " - - " + fmt("[%02d/%s/%04d:%02d:%02d:%02d +0000]", c.d, month_en(c.mo), c.y, c.h, c.mi, c.s) +
                   " \"POST /api/v1/login HTTP/1.1\" " + (e.success ? "200" : "401") + " 512 \"https://exchange.example/login\" \"" +
                   std::string(e.user_agent.view()) + "\"\n";
        }
        return Rendering{out, "access.log"};
    };
    return r;
}

Renderer sshd() {
    Renderer r;
    r.name = "sshd_syslog";
    r.logins_only = true;
    r.carries.country = r.carries.city = r.carries.reason = r.carries.user_agent = false;
    r.render = [](const std::vector<Event>& ev) {
        std::string out;
        int pid = 2100;
        for (const auto& e : ev) {
            auto c = clock_of(e.time);
            out += fmt("%s %2d %02d:%02d:%02d bastion sshd[%d]: ", month_en(c.mo), c.d, c.h, c.mi, c.s, pid++) +
                   (e.success ? "Accepted publickey for alice from " : "Failed password for alice from ") + std::string(e.ip.view()) +
                   " port 52144 ssh2\n";
        }
        return Rendering{out, "auth.log"};
    };
    return r;
}

// ---- identity-provider JSON -----------------------------------------------------------------

// What an identity provider calls the account's security events: the product's own event names,
// as its documentation lists them. Events it has no name for (a withdrawal address, a new-device
// approval email) are not rendered in its format.
struct Named {
    const char* name;
    const char* text;  // the human description the product prints next to the name
};
using Vocabulary = std::map<EventType, Named>;

std::function<bool(const Event&)> logins_and(const Vocabulary& v) {
    return [v](const Event& e) { return e.type == EventType::LoginSuccess || e.type == EventType::LoginFailure || v.count(e.type) > 0; };
}

const Vocabulary& cloudtrail_names() {
    static const Vocabulary v = {
        {EventType::PasswordResetRequested, {"PasswordRecoveryRequested", "signin.amazonaws.com"}},
        {EventType::PasswordResetCompleted, {"PasswordRecoveryCompleted", "signin.amazonaws.com"}},
        {EventType::PasswordChanged, {"ChangePassword", "iam.amazonaws.com"}},
        {EventType::TwoFactorDisabled, {"DeactivateMFADevice", "iam.amazonaws.com"}},
        {EventType::TwoFactorChanged, {"EnableMFADevice", "iam.amazonaws.com"}},
        {EventType::ApiKeyCreated, {"CreateAccessKey", "iam.amazonaws.com"}},
    };
    return v;
}

Renderer cloudtrail() {
    Renderer r;
    r.name = "json_cloudtrail";
    r.logins_only = true;
    r.accepts = logins_and(cloudtrail_names());
    r.carries.country = r.carries.city = r.carries.reason = false;
    r.render = [](const std::vector<Event>& ev) {
        std::string out = "{\"Records\": [\n";
        for (size_t i = 0; i < ev.size(); ++i) {
            const Event& e = ev[i];
            const auto named = cloudtrail_names().find(e.type);
            const bool login = named == cloudtrail_names().end();
            const std::string name = login ? "ConsoleLogin" : named->second.name;
            const std::string source = login ? "signin.amazonaws.com" : named->second.text;
            const bool signin = source == "signin.amazonaws.com";
            out += "  {\"eventVersion\": \"1.08\", \"userIdentity\": {\"type\": \"IAMUser\", \"principalId\": \"AIDAEXAMPLE\", \"arn\": \"arn:aws:iam::123456789012:user/alice\", \"accountId\": \"123456789012\", \"userName\": \"alice\"}, "
                   "\"eventTime\": \"" + ownercheck::format_iso_datetime(e.time) + "\", \"eventSource\": \"" + source + "\", \"eventName\": \"" + name + "\", "
                   "\"awsRegion\": \"us-east-1\", \"sourceIPAddress\": \"" + std::string(e.ip.view()) + "\", \"userAgent\": " + json_str(e.user_agent.view()) +
                   ", \"requestParameters\": " + (login || signin ? "null" : "{\"userName\": \"alice\"}") + ", \"responseElements\": " +
                   (login ? std::string("{\"ConsoleLogin\": \"") + (e.success ? "Success" : "Failure") + "\"}" : std::string("null")) + ", " +
                   (e.success ? "" : "\"errorMessage\": \"Failed authentication\", ") +
                   (login ? "\"additionalEventData\": {\"LoginTo\": \"https://console.aws.amazon.com/\", \"MobileVersion\": \"No\", \"MFAUsed\": \"Yes\"}, " : "") +
                   "\"eventID\": \"3fcfb7f2-0000-4000-8000-" + fmt("%012zu", i) + "\", \"readOnly\": false, \"eventType\": \"" +
                   (signin ? "AwsConsoleSignIn" : "AwsApiCall") + "\", \"managementEvent\": true, \"recipientAccountId\": \"123456789012\"}" +
                   (i + 1 < ev.size() ? "," : "") + "\n";
        }
        return Rendering{out + "]}\n", "CloudTrail"};
    };
    return r;
}

const Vocabulary& okta_names() {
    static const Vocabulary v = {
        {EventType::PasswordResetRequested, {"user.account.reset_password", "Reset user password"}},
        {EventType::PasswordChanged, {"user.account.update_password", "Update user password"}},
        {EventType::EmailChangeCompleted, {"user.account.update_primary_email", "Update primary email address"}},
        {EventType::TwoFactorChanged, {"user.mfa.factor.activate", "Activate factor or authenticator"}},
        {EventType::TwoFactorDisabled, {"user.mfa.factor.deactivate", "Reset factor or authenticator"}},
        {EventType::TwoFactorReset, {"user.mfa.factor.reset_all", "Reset all factors for user"}},
        {EventType::DeviceApprovalSent, {"system.push.send_factor_verify_push", "Send push verify notification"}},
        {EventType::ApiKeyCreated, {"system.api_token.create", "Create API token"}},
    };
    return v;
}

Renderer okta() {
    Renderer r;
    r.carries.reasons = {"invalid_otp", "invalid_password"};
    r.name = "json_okta";
    r.logins_only = true;
    r.accepts = logins_and(okta_names());
    r.render = [](const std::vector<Event>& ev) {
        std::string out = "[\n";
        for (size_t i = 0; i < ev.size(); ++i) {
            const Event& e = ev[i];
            const bool otp = e.failure_reason == "invalid_otp";
            std::string type = otp ? "user.authentication.auth_via_mfa" : "user.session.start";
            std::string message = otp ? "Authentication of user via MFA" : "User login to Okta";
            if (auto it = okta_names().find(e.type); it != okta_names().end()) type = it->second.name, message = it->second.text;
            const std::string reason = e.success ? "null" : e.failure_reason == "invalid_password" ? "\"INVALID_CREDENTIALS\"" : otp ? "\"INVALID_OTP\"" : "\"NEW_DEVICE_NOT_APPROVED\"";
            out += "  {\"actor\": {\"id\": \"00u1\", \"type\": \"User\", \"alternateId\": \"alice@example.com\", \"displayName\": \"Alice\"}, "
                   "\"client\": {\"userAgent\": {\"rawUserAgent\": " + json_str(e.user_agent.view()) + ", \"os\": \"Unknown\", \"browser\": \"UNKNOWN\"}, \"zone\": \"null\", \"device\": \"Computer\", "
                   "\"ipAddress\": \"" + std::string(e.ip.view()) + "\", \"geographicalContext\": {\"city\": " + json_str(e.city.view()) + ", \"state\": null, \"country\": " +
                   json_str(country_name(e.country.view())) + ", \"postalCode\": null, \"geolocation\": {\"lat\": 0.0, \"lon\": 0.0}}}, "
                   "\"displayMessage\": \"" + message + "\", \"eventType\": \"" + type + "\", "
                   "\"outcome\": {\"result\": \"" + (e.success ? "SUCCESS" : "FAILURE") + "\", \"reason\": " + reason + "}, "
                   "\"published\": \"" + ownercheck::format_iso_datetime(e.time).substr(0, 19) + ".123Z\", \"severity\": \"INFO\", "
                   "\"uuid\": \"a1b2c3d4-" + std::to_string(i) + "\", \"version\": \"0\"}" + (i + 1 < ev.size() ? "," : "") + "\n";
        }
        return Rendering{out + "]\n", "Okta system log"};
    };
    return r;
}

const Vocabulary& auth0_names() {
    static const Vocabulary v = {
        {EventType::PasswordResetRequested, {"scpr", "Success Change Password Request"}},
        {EventType::PasswordChanged, {"scp", "Success Change Password"}},
        {EventType::EmailChangeCompleted, {"sce", "Success Change Email"}},
        {EventType::PhoneChanged, {"scpn", "Success Change Phone Number"}},
        {EventType::TwoFactorChanged, {"gd_enrollment_complete", "Guardian - Enrollment complete"}},
        {EventType::TwoFactorDisabled, {"gd_unenroll", "Guardian - Unenroll device account"}},
        {EventType::TwoFactorReset, {"gd_recovery_succeed", "Guardian - Recovery succeeded"}},
    };
    return v;
}

Renderer auth0() {
    Renderer r;
    r.carries.reasons = {"invalid_otp", "invalid_password"};
    r.name = "json_auth0";
    r.logins_only = true;
    r.accepts = logins_and(auth0_names());
    r.render = [](const std::vector<Event>& ev) {
        std::string out;
        for (size_t i = 0; i < ev.size(); ++i) {
            const Event& e = ev[i];
            std::string type = "s", desc = "Successful login";
            if (auto it = auth0_names().find(e.type); it != auth0_names().end()) type = it->second.name, desc = it->second.text;
            else if (!e.success) {
                if (e.failure_reason == "invalid_otp") type = "gd_auth_failed", desc = "Wrong OTP code.";
                else if (e.failure_reason == "invalid_password") type = "fp", desc = "Wrong email or password.";
                else type = "f", desc = "New device not approved";
            }
            out += "{\"date\": \"" + ownercheck::format_iso_datetime(e.time).substr(0, 19) + ".000Z\", \"type\": \"" + type + "\", \"description\": \"" + desc +
                   "\", \"connection\": \"Username-Password-Authentication\", \"client_id\": \"AaiyAPdpYdesoKnqjj8HJqRn4T5titww\", \"client_name\": \"Exchange\", "
                   "\"ip\": \"" + std::string(e.ip.view()) + "\", \"user_agent\": " + json_str(e.user_agent.view()) + ", \"user_id\": \"auth0|5f7c8ec7c33c6c004bbafe82\", "
                   "\"user_name\": \"alice@example.com\", \"location_info\": {\"country_code\": \"" + std::string(e.country.view()) + "\", \"country_name\": " +
                   json_str(country_name(e.country.view())) + ", \"city_name\": " + json_str(e.city.view()) + ", \"latitude\": 0, \"longitude\": 0, \"time_zone\": \"UTC\"}, "
                   "\"log_id\": \"9000000000000000000000000000" + std::to_string(i) + "\"}\n";
        }
        return Rendering{out, "Auth0 logs"};
    };
    return r;
}

// Google Workspace: logins from the "login" application, security changes from "user_accounts"
// (name: the event, text: its type).
const Vocabulary& google_names() {
    static const Vocabulary v = {
        {EventType::PasswordChanged, {"password_edit", "password_change"}},
        {EventType::TwoFactorChanged, {"2sv_enroll", "2sv_change"}},
        {EventType::TwoFactorDisabled, {"2sv_disable", "2sv_change"}},
        {EventType::EmailChangeCompleted, {"recovery_email_edit", "recovery_info_change"}},
        {EventType::PhoneChanged, {"recovery_phone_edit", "recovery_info_change"}},
    };
    return v;
}

Renderer google() {
    Renderer r;
    r.name = "json_google_login";
    r.logins_only = true;
    r.accepts = logins_and(google_names());
    r.carries.country = r.carries.city = r.carries.user_agent = false;
    r.render = [](const std::vector<Event>& ev) {
        std::string out = "{\"kind\": \"admin#reports#activities\", \"items\": [\n";
        for (size_t i = 0; i < ev.size(); ++i) {
            const Event& e = ev[i];
            const auto named = google_names().find(e.type);
            const bool login = named == google_names().end();
            std::string params = login ? "{\"name\": \"login_type\", \"value\": \"exchange\"}" : "";
            if (!e.success)
                params += std::string(", {\"name\": \"login_failure_type\", \"value\": \"") +
                          (e.failure_reason == "invalid_otp" ? "login_failure_invalid_second_factor" : e.failure_reason == "invalid_password" ? "login_failure_invalid_password" : "login_failure_unknown") + "\"}";
            const std::string app = login ? "login" : "user_accounts";
            const std::string type = login ? "login" : named->second.text;
            const std::string name = login ? (e.success ? "login_success" : "login_failure") : named->second.name;
            out += "  {\"kind\": \"admin#reports#activity\", \"id\": {\"time\": \"" + ownercheck::format_iso_datetime(e.time).substr(0, 19) +
                   ".000Z\", \"uniqueQualifier\": \"-" + std::to_string(1000 + i) + "\", \"applicationName\": \"" + app + "\", \"customerId\": \"C03az79cb\"}, "
                   "\"actor\": {\"email\": \"alice@example.com\", \"profileId\": \"1234567890\"}, \"ipAddress\": \"" + std::string(e.ip.view()) + "\", "
                   "\"events\": [{\"type\": \"" + type + "\", \"name\": \"" + name + "\"" + (params.empty() ? "" : ", \"parameters\": [" + params + "]") + "}]}" +
                   (i + 1 < ev.size() ? "," : "") + "\n";
        }
        return Rendering{out + "]}\n", "Google Workspace login audit"};
    };
    // The login_failure_type carries the reason for password and second-factor failures only.
    r.carries.reasons = {"invalid_otp", "invalid_password"};
    return r;
}

Renderer cloudflare() {
    Renderer r;
    r.name = "json_cloudflare_access";
    r.logins_only = true;
    r.carries.city = r.carries.reason = false;
    r.render = [](const std::vector<Event>& ev) {
        std::string out;
        for (size_t i = 0; i < ev.size(); ++i) {
            const Event& e = ev[i];
            std::string cc(e.country.view());
            for (auto& ch : cc) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            out += "{\"RayID\": \"8a1b2c3d4e5f" + std::to_string(i) + "\", \"CreatedAt\": \"" + ownercheck::format_iso_datetime(e.time) +
                   "\", \"Email\": \"alice@example.com\", \"IPAddress\": \"" + std::string(e.ip.view()) + "\", \"Country\": \"" + cc +
                   "\", \"Allowed\": " + (e.success ? "true" : "false") + ", \"Action\": \"login\", \"AppDomain\": \"exchange.example/admin\", "
                   "\"AppUUID\": \"df7e2w5f-02b1-4f4f-8a7e-7b0b1c1d2e3f\", \"Connection\": \"onetimepin\", \"UserAgent\": " + json_str(e.user_agent.view()) + "}\n";
        }
        return Rendering{out, "Cloudflare Access logs"};
    };
    return r;
}

Renderer entra() {
    Renderer r;
    r.carries.reasons = {"invalid_otp", "invalid_password"};
    r.name = "json_entra_signin";
    r.logins_only = true;
    r.render = [](const std::vector<Event>& ev) {
        std::string out = "{\"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata#auditLogs/signIns\", \"value\": [\n";
        for (size_t i = 0; i < ev.size(); ++i) {
            const Event& e = ev[i];
            std::string code = "0", why = "null";
            if (!e.success) {
                if (e.failure_reason == "invalid_otp") code = "500121", why = "\"Authentication failed during strong authentication request.\"";
                else if (e.failure_reason == "invalid_password") code = "50126", why = "\"Error validating credentials due to invalid username or password.\"";
                else code = "50097", why = "\"Device authentication is required.\"";
            }
            out += "  {\"id\": \"66ea54eb-" + std::to_string(i) + "\", \"createdDateTime\": \"" + ownercheck::format_iso_datetime(e.time) +
                   "\", \"userDisplayName\": \"Alice\", \"userPrincipalName\": \"alice@example.com\", \"appDisplayName\": \"Exchange Admin\", "
                   "\"ipAddress\": \"" + std::string(e.ip.view()) + "\", \"clientAppUsed\": \"Browser\", \"userAgent\": " + json_str(e.user_agent.view()) +
                   ", \"conditionalAccessStatus\": \"notApplied\", \"isInteractive\": true, "
                   "\"status\": {\"errorCode\": " + code + ", \"failureReason\": " + why + ", \"additionalDetails\": null}, "
                   "\"deviceDetail\": {\"deviceId\": \"\", \"displayName\": \"\", \"operatingSystem\": \"Windows10\", \"browser\": \"Chrome 131.0.0\"}, "
                   "\"location\": {\"city\": " + json_str(e.city.view()) + ", \"state\": " + json_str(e.city.view()) + ", \"countryOrRegion\": \"" + std::string(e.country.view()) +
                   "\", \"geoCoordinates\": {\"altitude\": null, \"latitude\": 0, \"longitude\": 0}}}" + (i + 1 < ev.size() ? "," : "") + "\n";
        }
        return Rendering{out + "]}\n", "Entra sign-in logs"};
    };
    return r;
}

// Entra ID directory audits (auditLogs/directoryAudits): the security-info and password
// activities; sign-ins are another log (json_entra_signin). No place, no user agent.
const Vocabulary& entra_audit_names() {
    static const Vocabulary v = {
        {EventType::PasswordResetCompleted, {"Reset password (self-service)", "Self-service Password Management"}},
        {EventType::PasswordChanged, {"Change password (self-service)", "Self-service Password Management"}},
        {EventType::TwoFactorChanged, {"User registered security info", "Authentication Methods"}},
        {EventType::TwoFactorDisabled, {"User deleted security info", "Authentication Methods"}},
        {EventType::TwoFactorReset, {"Admin deleted security info", "Authentication Methods"}},
        {EventType::ApiKeyCreated, {"Add service principal credentials", "Core Directory"}},
    };
    return v;
}

Renderer entra_audit() {
    Renderer r;
    r.name = "json_entra_audit";
    r.accepts = [](const Event& e) { return entra_audit_names().count(e.type) > 0; };
    r.carries.country = r.carries.city = r.carries.user_agent = r.carries.reason = false;
    r.render = [](const std::vector<Event>& ev) {
        std::string out = "{\"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata#auditLogs/directoryAudits\", \"value\": [\n";
        for (size_t i = 0; i < ev.size(); ++i) {
            const Event& e = ev[i];
            const Named& n = entra_audit_names().at(e.type);
            out += "  {\"id\": \"Directory_" + std::to_string(i) + "\", \"category\": \"UserManagement\", \"correlationId\": \"c1e2-" + std::to_string(i) +
                   "\", \"result\": \"" + (e.success ? "success" : "failure") + "\", \"resultReason\": \"\", \"activityDisplayName\": \"" + n.name +
                   "\", \"activityDateTime\": \"" + ownercheck::format_iso_datetime(e.time) + "\", \"loggedByService\": \"" + n.text + "\", "
                   "\"initiatedBy\": {\"user\": {\"id\": \"8e1c\", \"displayName\": null, \"userPrincipalName\": \"alice@example.com\", \"ipAddress\": \"" +
                   std::string(e.ip.view()) + "\"}}, \"targetResources\": [{\"id\": \"8e1c\", \"displayName\": null, \"type\": \"User\", \"userPrincipalName\": \"alice@example.com\"}]}" +
                   (i + 1 < ev.size() ? "," : "") + "\n";
        }
        return Rendering{out + "]}\n", "Entra audit log"};
    };
    return r;
}

// Funding as JSON lines from an exchange's internal API.
Renderer funding_jsonl() {
    Renderer r;
    r.name = "funding_jsonl";
    r.access = false;
    r.funding = true;
    r.carries.funding = true;
    r.carries.country = r.carries.city = r.carries.user_agent = r.carries.reason = false;
    r.render = [](const std::vector<Event>& ev) {
        std::string out;
        for (const auto& e : ev) {
            const char* kind = e.type == EventType::Deposit ? "deposit" : e.type == EventType::Withdrawal ? "withdrawal" : "trade";
            out += "{\"created_at\": " + std::to_string(e.time * 1000) + ", \"kind\": \"" + kind + "\", \"currency\": \"" + std::string(e.asset_raw.view()) +
                   "\", \"amount\": \"" + amount_text(e.amount, false) + "\", \"fee\": \"" + amount_text(e.fee, false) + "\"" +
                   (e.type == EventType::Trade ? ", \"side\": \"" + std::string(e.side.view()) + "\"" : "") + "}\n";
        }
        return Rendering{out, "Funding history"};
    };
    return r;
}

// ---- vertical records: one field per line ---------------------------------------------------

// An admin panel's event cards in the panel's language, copied from the browser: "Key: value"
// lines (a full-width colon in Chinese), a blank line between cards.
Renderer cards(const Lang& l) {
    Renderer r;
    r.name = "cards_" + l.code;
    r.carries.seconds = style_has_seconds(l.time_style);
    r.render = [l](const std::vector<Event>& ev) {
        const auto when = style(l.time_style);
        const std::string colon = l.code == "zh" ? "\xEF\xBC\x9A" : ": ";
        std::string out;
        for (const auto& e : ev) {
            const std::vector<std::string> values = {when(e.time), std::string(e.ip.view()), local_name(local_countries(), l.code, e.country.view()),
                                                     local_name(local_cities(), l.code, e.city.view()), event_name(l, e), result_text(l, e),
                                                     std::string(e.user_agent.view())};
            if (!out.empty()) out += "\n";
            for (size_t i = 0; i < values.size(); ++i)
                if (!values[i].empty()) out += l.header[i] + colon + values[i] + "\n";
        }
        return Rendering{out, "Login history"};
    };
    return r;
}

// Cards whose title line names the event, fields as a bulleted list, no blank line between.
Renderer titled_cards() {
    Renderer r;
    r.name = "cards_titled";
    r.render = [](const std::vector<Event>& ev) {
        const Lang en = languages().front();
        std::string out;
        for (const auto& e : ev) {
            out += event_name(en, e) + "\n";
            out += "- When: " + ownercheck::format_iso_datetime(e.time) + "\n";
            out += "- IP address: " + std::string(e.ip.view()) + "\n";
            if (!e.city.empty() || !e.country.empty())
                out += "- Location: " + std::string(e.city.view()) + (e.city.empty() ? "" : ", ") + country_name(e.country.view()) + "\n";
            out += "- Status: " + result_text(en, e) + "\n";
            if (!e.user_agent.empty()) out += "- User agent: " + std::string(e.user_agent.view()) + "\n";
        }
        return Rendering{out, "Account activity"};
    };
    return r;
}

// A details pane copied as a two-column table: "Key<TAB>value" lines, records back to back.
Renderer pane_tabs() {
    Renderer r;
    r.name = "pane_tabs";
    r.render = [](const std::vector<Event>& ev) {
        std::string out;
        for (const auto& e : ev) {
            out += "Timestamp\t" + ownercheck::format_iso_datetime(e.time) + "\n";
            out += "Action\t" + std::string(e.raw_type.view()) + "\n";
            out += "Source IP\t" + std::string(e.ip.view()) + "\n";
            out += "Country\t" + std::string(e.country.view()) + "\n";
            out += "City\t" + std::string(e.city.view()) + "\n";
            out += "Outcome\t" + (e.success ? std::string("success") : "failure: " + std::string(e.failure_reason.view())) + "\n";
            out += "User agent\t" + std::string(e.user_agent.view()) + "\n";
        }
        return Rendering{out, "Audit events"};
    };
    return r;
}

// psql's expanded display (\x) and MySQL's \G: one record per banner, keys aligned.
Renderer vertical_sql(bool psql) {
    Renderer r;
    r.name = psql ? "psql_expanded" : "mysql_vertical";
    r.render = [psql](const std::vector<Event>& ev) {
        const std::vector<std::string> keys = {"created_at", "event", "ip", "country", "city", "user_agent", "status", "reason"};
        std::string out;
        size_t n = 0;
        for (const auto& e : ev) {
            std::string stamp = ownercheck::format_iso_datetime(e.time).substr(0, 19);
            stamp[10] = ' ';
            const std::vector<std::string> values = {psql ? stamp + "+00" : stamp, std::string(e.raw_type.view()), std::string(e.ip.view()),
                                                     std::string(e.country.view()), std::string(e.city.view()), std::string(e.user_agent.view()),
                                                     e.success ? "success" : "failure", std::string(e.failure_reason.view())};
            ++n;
            if (psql) out += "-[ RECORD " + std::to_string(n) + " ]-+-----------------------------\n";
            else out += "*************************** " + std::to_string(n) + ". row ***************************\n";
            for (size_t i = 0; i < keys.size(); ++i) {
                if (psql) out += keys[i] + std::string(10 - keys[i].size(), ' ') + " | " + values[i] + "\n";
                else out += std::string(10 - keys[i].size(), ' ') + keys[i] + ": " + (values[i].empty() ? "NULL" : values[i]) + "\n";
            }
        }
        out += psql ? "\n" : std::to_string(n) + " rows in set (0.00 sec)\n";
        return Rendering{out, "Login history"};
    };
    return r;
}

// A web panel's grid copied one cell per line (no tabs): empty cells show a dash. The header is
// one cell per line, one tab-separated row, or absent; the event may come before the time.
enum class GridHeader { Lines, TabRow, None };
Renderer grid_cells(GridHeader header, bool event_first) {
    Renderer r;
    r.name = std::string("grid_cells_") + (header == GridHeader::Lines ? "header_lines" : header == GridHeader::TabRow ? "header_row" : "no_header") +
             (event_first ? "_event_first" : "");
    r.render = [header, event_first](const std::vector<Event>& ev) {
        const Lang en = languages().front();
        std::vector<std::string> head = {"Time", "Activity", "IP address", "Location", "Device", "Status"};
        if (event_first) std::swap(head[0], head[1]);
        auto cell = [](const std::string& v) { return (v.empty() ? std::string("\xE2\x80\x94") : v) + "\n"; };
        std::string out;
        if (header == GridHeader::Lines)
            for (const auto& h : head) out += h + "\n";
        if (header == GridHeader::TabRow) {
            for (size_t i = 0; i < head.size(); ++i) out += (i ? "\t" : "") + head[i];
            out += "\n";
        }
        for (const auto& e : ev) {
            std::string place = std::string(e.city.view());
            if (!e.country.empty()) place += (place.empty() ? "" : ", ") + country_name(e.country.view());
            const std::string when = ownercheck::format_iso_datetime(e.time), what = event_name(en, e);
            out += cell(event_first ? what : when) + cell(event_first ? when : what);
            out += cell(std::string(e.ip.view())) + cell(place) + cell(std::string(e.user_agent.view())) + cell(result_text(en, e));
        }
        return Rendering{out, "Account activity"};
    };
    return r;
}

// Excel's CSV with its "sep=;" first line naming the separator (German panel).
Renderer excel_sep() {
    Lang de;
    for (const Lang& l : languages())
        if (l.code == "de") de = l;
    Renderer r = localised_csv(de);
    r.name = "csv_de_excel_sep";
    auto inner = r.render;
    r.render = [inner](const std::vector<Event>& ev) {
        Rendering out = inner(ev);
        out.text = "sep=;\n" + out.text;
        return out;
    };
    return r;
}

// A Splunk search exported as CSV: the time, the host, and the whole logfmt line in "_raw"
// (quotes inside the cell doubled, as CSV quotes them).
Renderer splunk_raw() {
    Renderer r;
    r.name = "splunk_raw";
    r.render = [](const std::vector<Event>& ev) {
        std::string out = "\"_time\",\"host\",\"_raw\"\n";
        for (const auto& e : ev) {
            std::string raw = "time=" + ownercheck::format_iso_datetime(e.time) + " msg=" + json_str(e.raw_type.view()) + " src_ip=" + std::string(e.ip.view());
            if (!e.country.empty()) raw += " country=" + std::string(e.country.view());
            if (!e.city.empty()) raw += " city=" + json_str(e.city.view());
            raw += " outcome=" + std::string(e.success ? "success" : "failure");
            if (!e.success) raw += " reason=" + std::string(e.failure_reason.view());
            raw += " user_agent=" + json_str(e.user_agent.view());
            std::string stamp = ownercheck::format_iso_datetime(e.time);
            stamp = stamp.substr(0, 19) + ".000+0000";
            out += row({stamp, "auth-01", raw}, ',');
        }
        return Rendering{out, "Splunk export"};
    };
    return r;
}

// A whole admin page pasted into one block: one titled table per kind of event, a blank line
// between them, each with its own header (sign-ins; security events; deposits, withdrawals and
// trades, where only the title says which a row is).
Renderer admin_page(bool funding) {
    Renderer r;
    r.name = funding ? "admin_page_funding" : "admin_page_access";
    r.reorders = true;
    r.access = !funding;
    r.funding = funding;
    if (funding) r.carries.country = r.carries.city = r.carries.user_agent = r.carries.reason = false;
    r.render = [funding](const std::vector<Event>& ev) {
        struct Table {
            std::string title, header;
            std::string rows;
        };
        std::vector<Table> tables;
        if (funding) {
            tables = {{"Deposits", "Date,Asset,Amount", ""}, {"Withdrawals", "Date,Asset,Amount", ""}, {"Trades", "Date,Asset,Side,Amount", ""}};
        } else {
            tables = {{"Sign-ins", "Time,IP address,Country,City,Result,Reason,User agent", ""},
                      {"Security events", "Time,Event,IP address,Country,City,User agent", ""}};
        }
        for (const auto& e : ev) {
            const std::string when = ownercheck::format_iso_datetime(e.time);
            if (funding) {
                const size_t t = e.type == EventType::Deposit ? 0 : e.type == EventType::Withdrawal ? 1 : 2;
                std::vector<std::string> cells = {when, std::string(e.asset_raw.view())};
                if (t == 2) cells.push_back(std::string(e.side.view()));
                cells.push_back(amount_text(e.amount, false));
                tables[t].rows += row(cells, ',');
            } else if (e.type == EventType::LoginSuccess || e.type == EventType::LoginFailure) {
                tables[0].rows += row({when, std::string(e.ip.view()), std::string(e.country.view()), std::string(e.city.view()),
                                       e.success ? "success" : "failure", std::string(e.failure_reason.view()), std::string(e.user_agent.view())},
                                      ',');
            } else {
                tables[1].rows += row({when, std::string(e.raw_type.view()), std::string(e.ip.view()), std::string(e.country.view()),
                                       std::string(e.city.view()), std::string(e.user_agent.view())},
                                      ',');
            }
        }
        std::string out = "Account overview\n\n";
        for (const auto& t : tables)
            if (!t.rows.empty()) out += t.title + "\n" + t.header + "\n" + t.rows + "\n";
        return Rendering{out, "Admin page"};
    };
    return r;
}

// A Jira or Confluence wiki table, as specialists paste logs into tickets: "||" marks the header
// cells, an empty cell holds a space.
Renderer jira_table() {
    Renderer r;
    r.name = "jira_wiki_table";
    r.render = [](const std::vector<Event>& ev) {
        std::string out = "||created_at||event||ip||country||city||user_agent||status||reason||\n";
        for (const auto& e : ev) {
            const std::vector<std::string> cells = {ownercheck::format_iso_datetime(e.time), std::string(e.raw_type.view()), std::string(e.ip.view()),
                                                    std::string(e.country.view()), std::string(e.city.view()), std::string(e.user_agent.view()),
                                                    e.success ? "success" : "failure", std::string(e.failure_reason.view())};
            for (const auto& c : cells) out += "|" + (c.empty() ? std::string(" ") : c);
            out += "|\n";
        }
        return Rendering{out, "Login history (from the ticket)"};
    };
    return r;
}

// A details view copied from the browser: each label on its own line above its value.
Renderer label_value_lines() {
    Renderer r;
    r.name = "label_value_lines";
    r.render = [](const std::vector<Event>& ev) {
        const Lang en = languages().front();
        auto value = [](const std::string& v) { return (v.empty() ? std::string("\xE2\x80\x94") : v) + "\n"; };
        std::string out;
        for (const auto& e : ev) {
            out += "Time\n" + value(ownercheck::format_iso_datetime(e.time));
            out += "Activity\n" + value(event_name(en, e));
            out += "IP address\n" + value(std::string(e.ip.view()));
            out += "Country\n" + value(std::string(e.country.view()));
            out += "City\n" + value(std::string(e.city.view()));
            out += "Status\n" + value(result_text(en, e));
            out += "Browser\n" + value(std::string(e.user_agent.view())) + "\n";
        }
        return Rendering{out, "Account activity"};
    };
    return r;
}

}  // namespace

std::vector<Renderer> renderers() {
    std::vector<Renderer> out;
    for (const Lang& l : languages()) {
        out.push_back(localised_csv(l));
        if (!l.funding_header.empty()) out.push_back(localised_funding(l));
        if (l.time_style == "us_12h" || l.time_style == "dmy_slash_hms") out.push_back(early_days(l));
    }
    for (const TimeStyle& s : time_styles()) out.push_back(styled_csv(s));
    out.push_back(boxed(Box::Markdown));
    out.push_back(boxed(Box::Psql));
    out.push_back(boxed(Box::Mysql));
    out.push_back(aligned());
    out.push_back(web_login_history());
    out.push_back(logfmt(false));
    out.push_back(logfmt(true));
    out.push_back(nginx());
    out.push_back(sshd());
    out.push_back(cloudtrail());
    out.push_back(okta());
    out.push_back(auth0());
    out.push_back(google());
    out.push_back(cloudflare());
    out.push_back(entra());
    out.push_back(entra_audit());
    out.push_back(funding_jsonl());
    for (const Lang& l : languages()) out.push_back(cards(l));
    out.push_back(titled_cards());
    out.push_back(pane_tabs());
    out.push_back(vertical_sql(true));
    out.push_back(vertical_sql(false));
    out.push_back(grid_cells(GridHeader::Lines, false));
    out.push_back(grid_cells(GridHeader::TabRow, false));
    out.push_back(grid_cells(GridHeader::None, false));
    out.push_back(grid_cells(GridHeader::None, true));
    out.push_back(grid_cells(GridHeader::Lines, true));
    out.push_back(excel_sep());
    out.push_back(splunk_raw());
    out.push_back(admin_page(false));
    out.push_back(admin_page(true));
    out.push_back(jira_table());
    out.push_back(label_value_lines());
    out.push_back(box_session(false));
    out.push_back(box_session(true));
    out.push_back(cef());
    out.push_back(loki());
    out.push_back(dotted_panel());
    for (auto& r : out) r.carries.funding = r.funding;
    return out;
}

}  // namespace ingest_render
