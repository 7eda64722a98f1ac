/// The counting room's pages in the language of the command (`daihoi count --lang en`): Vietnamese by default, as
/// the room works; English for an observer or a trainer who reads no Vietnamese. The pages are written once, in
/// Vietnamese (`CountPages`); the English page is the same page with every Vietnamese word of its layout replaced
/// from `englishFragments` (CountPageLanguageTests asserts no Vietnamese letter is left), and errors shown from the API's
/// `message_en`. Names, election titles and figures are the congress's data and stay as written.
public enum CountPageLanguage: Sendable {
    case vietnamese, english

    public func page(_ page: String) -> String {
        guard self == .english else { return page }
        var text = page
        for (vietnamese, english) in Self.englishFragments { text = text.replacingOccurrences(of: vietnamese, with: english) }
        return text
    }

    /// Vietnamese fragment → English, applied in this order (longer fragments before the words they contain).
    static let englishFragments: [(String, String)] = [
        ("<html lang=\"vi\">", "<html lang=\"en\">"),
        ("(j.message||r.status)", "(j.message_en||j.message||r.status)"),
        // Shared script: login, reasons, readings described.
        ("'mã này không phải của '+(role==='head'?'Trưởng ban':'người nhập phiếu')",
         "'this token is not that of the '+(role==='head'?'head of the board':'entry clerk')"),
        ("'Không do Ban Kiểm phiếu phát ra'", "'Not issued by the counting board'"),
        ("'Bầu nhiều hơn số lượng cần bầu'", "'More names kept than places'"),
        ("'Gạch tên tất cả (danh sách có số dư)'", "'Every name struck (ballot with surplus)'"),
        ("'Ghi thêm tên ngoài danh sách'", "'A name added to the list'"),
        ("'Có dấu hiệu nhận biết người bầu'", "'A mark identifying the voter'"),
        ("'(chưa nhập)'", "'(not entered)'"),
        ("'không có phiếu ở vị trí này'", "'no ballot at this position'"),
        ("'gạch '+struck.length+' tên: '", "'struck '+struck.length+' names: '"),
        ("'(không gạch ai)'", "'(none struck)'"),
        ("'không hợp lệ: '", "'invalid: '"),
        ("(c==='y'?'đồng ý':c==='n'?'không đồng ý':'—')", "(c==='y'?'agree':c==='n'?'disagree':'—')"),
        // Hall view.
        ("['Tổ','Số người đã nhập biên bản','Đã khớp']", "['Group','Clerks who entered the sheet','Reconciled']"),
        ("<title>Kết quả kiểm phiếu</title>", "<title>Vote count results</title>"),
        ("<h1 id=\"congress\">Kiểm phiếu</h1>", "<h1 id=\"congress\">Vote count</h1>"),
        ("'Bầu '+r.body+' — lần '+r.round+(r.published?' (đã công bố)':'')", "'Election: '+r.body+' — round '+r.round+(r.published?' (published)':'')"),
        ("'Bầu '+r.body+' — lần '+r.round", "'Election: '+r.body+' — round '+r.round"),
        ("'Đang kiểm phiếu: đã đối chiếu '+r.counted+' phiếu'+(r.collected!=null?' / thu về '+r.collected:'')",
         "'Counting: '+r.counted+' ballots reconciled'+(r.collected!=null?' / collected '+r.collected:'')"),
        ("['Tập','Đã nhập (mỗi người)','Chốt']", "['Pile','Entered (per clerk)','Closed']"),
        ("'Phiếu phát ra '+r.issued+', thu về '+r.collected+', hợp lệ '+r.valid+', không hợp lệ '+r.invalid+'.'",
         "'Ballots issued '+r.issued+', collected '+r.collected+', valid '+r.valid+', invalid '+r.invalid+'.'"),
        ("['Họ và tên','Số phiếu','Tỷ lệ (so với '+r.base+')']", "['Name','Votes','Share (of '+r.base+')']"),
        ("el('h2','Trúng cử')", "el('h2','Elected')"),
        ("'Mã kiểm tra: '+r.check_code", "'Check code: '+r.check_code"),
        // Entry page.
        ("<title>Nhập phiếu</title>", "<title>Ballot entry</title>"),
        ("<h1>Nhập phiếu <span", "<h1>Ballot entry <span"),
        ("<label>Mã truy cập <input", "<label>Token <input"),
        (">Vào</button>", ">Sign in</button>"),
        ("<label>Lần bầu <select", "<label>Round <select"),
        ("<label>Tập phiếu số <input", "<label>Pile number <input"),
        (">Bắt đầu nhập tập</button>", ">Start entering the pile</button>"),
        ("<p>Đang gõ: <b", "<p>Typed: <b"),
        ("<kbd>số</kbd> rồi <kbd>Space</kbd>: đổi tên đó · <kbd>Enter</kbd>: lưu phiếu, sang phiếu sau · <kbd>x</kbd>: phiếu không hợp lệ (rồi chọn số lý do) ·",
         "<kbd>number</kbd> then <kbd>Space</kbd>: toggle that name · <kbd>Enter</kbd>: save the ballot, go to the next · <kbd>x</kbd>: invalid ballot (then the reason's number) ·"),
        ("<kbd>Esc</kbd>: làm lại phiếu này · <kbd>s</kbd>: sửa phiếu trước · <kbd>c</kbd>: chốt tập",
         "<kbd>Esc</kbd>: start this ballot again · <kbd>s</kbd>: correct the previous ballot · <kbd>c</kbd>: close the pile"),
        ("'Tập '+pile+' — phiếu số '+pos+(correction?' (sửa)':'')", "'Pile '+pile+' — ballot '+pos+(correction?' (correction)':'')"),
        ("'Phiếu không hợp lệ — chọn lý do:'", "'Invalid ballot — choose the reason:'"),
        ("'Phiếu có số dư: gạch tên bị gạch ('+R.seats+' cần bầu)'", "'Ballot with surplus: strike the names struck ('+R.seats+' places)'"),
        ("'Phiếu không có số dư: đồng ý / không đồng ý'", "'Ballot without surplus: agree / disagree'"),
        ("' — đồng ý':m==='n'?' — không đồng ý':' — không tính'", "' — agree':m==='n'?' — disagree':' — not counted'"),
        ("'Không có số '+n+' trên lá phiếu'", "'There is no number '+n+' on the ballot'"),
        ("'Đã lưu tập '+a.pile+', phiếu '+a.position+(a.revision?' (sửa lần '+a.revision+')':'')",
         "'Saved pile '+a.pile+', ballot '+a.position+(a.revision?' (correction '+a.revision+')':'')"),
        ("'Chốt tập '+pile+' với '+n+' phiếu?'", "'Close pile '+pile+' with '+n+' ballots?'"),
        ("'Đã chốt tập '+pile+': '+n+' phiếu'", "'Closed pile '+pile+': '+n+' ballots'"),
        // Head's page.
        ("<title>Trưởng Ban Kiểm phiếu</title>", "<title>Head of the counting board</title>"),
        ("<h1>Trưởng Ban Kiểm phiếu <span", "<h1>Head of the counting board <span"),
        ("<h2>Số phiếu</h2><label>Phát ra <input", "<h2>Ballots</h2><label>Issued <input"),
        ("<label>Thu về <input", "<label>Collected <input"),
        (">Ghi</button>", ">Record</button>"),
        ("<h2>Đối chiếu</h2>", "<h2>Reconciliation</h2>"),
        ("<h2>Công bố</h2>", "<h2>Publication</h2>"),
        (">Công bố kết quả</button>", ">Publish the results</button>"),
        (">In nhật ký nhập phiếu (các lần bầu đã công bố)</a>", ">Print the entry log (rounds published)</a>"),
        ("'Không có chênh lệch.'", "'No differences.'"),
        ("'Tập '+m.pile+', phiếu số '+m.position+(m.decision?' — đã quyết định':'')",
         "'Pile '+m.pile+', ballot '+m.position+(m.decision?' — decided':'')"),
        ("'Chọn cách đọc này'", "'Choose this reading'"),
        ("'Không có phiếu ở vị trí này'", "'No ballot at this position'"),
        ("'Quyết định: '", "'Decision: '"),
        ("'Cân đối: có thể công bố.'", "'Balanced: ready to publish.'"),
        ("'Đã công bố. Trúng cử: '+p.elected.join(', ')+'. Mã kiểm tra: '+p.check_code",
         "'Published. Elected: '+p.elected.join(', ')+'. Check code: '+p.check_code"),
    ]
}
