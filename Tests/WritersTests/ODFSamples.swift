import DocumentTree

/// Hand-built document trees for the ODT/FODT/PDF tests, in the vocabulary of docs/document-tree.md.
enum ODFSamples {
    /// The names of the sample documents, for parameterised tests.
    static let names = ["minutes", "three-pages"]

    /// The sample called `name`.
    static func named(_ name: String) -> Document? {
        [minutes, threePages].first { $0.name == name }
    }

    static func text(_ value: String) -> Node { .text(value) }

    static func element(_ name: String, _ cls: String? = nil, _ children: [Node] = []) -> Node {
        .element(Element(name: name, attributes: cls.map { [Attribute(name: "class", value: $0)] } ?? [], children: children))
    }

    static func p(_ cls: String? = nil, _ value: String) -> Node { element("p", cls, [text(value)]) }

    /// The header block: congress and presidium on the left, the Party's name and place-date on the right.
    static let header = element("table", "doc-header", [text("\n  "), element("tbody", nil, [element("tr", nil, [
        element("td", "issuer", [
            p("superior", "ĐẢNG BỘ TỈNH THÁI NGUYÊN"),
            p("issuer-name", "ĐẠI HỘI ĐẢNG BỘ XÃ ĐỊNH HOÁ"),
            p("issuer-name", "LẦN THỨ XXV, NHIỆM KỲ 2025 – 2030"),
            p("star", "*"),
            p("doc-number", "Số 05-BB/ĐH"),
        ]),
        element("td", "national", [
            p("party-name", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            p("place-date", "Định Hoá, ngày 20 tháng 6 năm 2025"),
        ]),
    ])])])

    static let signatures = element("table", "signatures", [element("tbody", nil, [element("tr", nil, [
        element("td", "signature", [
            p("sign-authority", "T/M ĐOÀN CHỦ TỊCH"),
            p("sign-title", "CHỦ TỊCH"),
            p("sign-space", " "),
            p("sign-name", "Nguyễn Văn Hùng"),
        ]),
    ])])])

    static let votes = element("table", "grid", [
        element("thead", nil, [element("tr", nil, [
            element("th", nil, [text("STT")]), element("th", nil, [text("Nội dung biểu quyết")]),
            element("th", nil, [text("Tán thành")]), element("th", nil, [text("Tỷ lệ")]),
        ])]),
        element("tbody", nil, (1...3).map { number in
            element("tr", nil, [
                element("td", "num", [text("\(number)")]),
                element("td", nil, [text("Thông qua Nghị quyết Đại hội, phần \(number) & <phụ lục>")]),
                element("td", "num", [text("\(140 + number)")]),
                element("td", "num", [text("9\(number),5%")]),
            ])
        }),
    ])

    /// A one-page minutes with every kind of element.
    static var minutes: Document {
        Document(name: "minutes", title: "Biên bản Đại hội Đảng bộ xã Định Hoá", body: [
            text("\n"), header, text("\n"),
            element("h1", nil, [text("Biên bản")]),
            p("doc-subject", "Đại hội Đảng bộ xã Định Hoá lần thứ XXV, nhiệm kỳ 2025 – 2030"),
            element("p", nil, [text("\n  Vào hồi 7 giờ 30 phút, ngày 20 tháng 6 năm 2025, tại Hội trường "),
                               element("strong", nil, [text("Uỷ ban nhân dân xã")]), text(" , "),
                               element("em", nil, [text("Đại hội")]), text(" khai mạc.  \n")]),
            p("no-indent", "– Đồng chí Trần Thị Lan, vắng mặt: ốm \"có giấy\" & <đơn>."),
            element("h2", nil, [text("I. ĐẠI HỘI BẦU CÁC CƠ QUAN LÀM VIỆC")]),
            element("p", "no-indent", [element("strong", nil, [text("Đoàn Chủ tịch")]), text(" gồm 3 đồng chí:")]),
            element("ol", nil, ["Nguyễn Văn Hùng", "Lê Thị Hoa", "Phạm Minh Đức"].map {
                element("li", nil, [text("Đồng chí \($0)")])
            }),
            element("h3", nil, [text("1. Báo cáo chính trị")]),
            element("blockquote", nil, [p(nil, "Kính thưa Đại hội, tổng số đại biểu được triệu tập: 150 đồng chí.")]),
            element("ul", nil, [element("li", nil, [text("Ý kiến thứ nhất"), element("br"), text("dòng hai")])]),
            votes,
            p("center", "Đại hội bế mạc vào hồi 11 giờ 00 phút."),
            signatures,
        ], profile: .hd36_2018)
    }

    /// Three pages: the header and title, then two forced page breaks.
    static var threePages: Document {
        let body = "Đại hội đã thảo luận dân chủ, thẳng thắn và thống nhất cao về phương hướng, nhiệm vụ nhiệm kỳ tới."
        return Document(name: "three-pages", title: "Kịch bản điều hành Đại hội", body: [
            header,
            element("h1", nil, [text("Kịch bản điều hành")]),
            p("doc-subject", "Đại hội Đảng bộ xã Định Hoá lần thứ XXV, nhiệm kỳ 2025 – 2030"),
            p(nil, "Trang một. " + body),
            element("div", "page-break"),
            element("h2", nil, [text("PHẦN I. PHIÊN TRÙ BỊ")]),
            p(nil, "Trang hai. " + body),
            votes,
            element("div", "page-break"),
            element("h2", nil, [text("PHẦN II. PHIÊN CHÍNH THỨC")]),
            p(nil, "Trang ba. " + body),
            signatures,
            element("div", "page-break"),
        ], profile: .hd36_2018)
    }
}
