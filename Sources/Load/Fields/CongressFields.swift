import CongressModel

/// The congress file's keys, one ``FieldTable`` per YAML map: the loader's section readers accept exactly these keys
/// and `daihoi schema` prints the JSON Schema generated from them. A new key is a new row here (and its reading in
/// the section reader); the schema test fails if a reader reads a key no table holds.
public enum CongressFields {
    private static let count = FieldType.integer(minimum: 0, maximum: IntegerBounds.count)
    private static let people = FieldType.list(.person)
    private static let workingBodies = FieldType.list(.choice(of: WorkingBodyKind.self))

    /// The top-level map.
    public static let document = FieldTable("congress", "Tệp dữ liệu đại hội (congress.yaml)", [
        Field("schema", .schemaVersion, required: true, "Phiên bản định dạng tệp; luôn là 1"),
        Field("organisation", .object(organisation), required: true, "Tổ chức đảng tiến hành đại hội"),
        Field("congress", .object(congress), required: true, "Đại hội: loại, lần thứ, nhiệm kỳ, địa điểm"),
        Field("people", .list(.object(person)), required: true, "Mọi người có tên trong tệp, mỗi người một mã (id)"),
        Field("delegates", .list(.personOrObject(delegate)), required: true,
              "Đảng viên hoặc đại biểu được triệu tập (mã người, hoặc kèm loại, vắng mặt)"),
        Field("attendance", .object(attendance), "Số liệu có mặt công bố tại đại hội (để đối chiếu)"),
        Field("guests", .list(.personOrObject(guest)), "Khách mời"),
        Field("bodies", .object(bodies), required: true, "Đoàn Chủ tịch, Đoàn Thư ký, Ban Thẩm tra tư cách, Ban Kiểm phiếu"),
        Field("sessions", .object(sessions), required: true, "Phiên trù bị và phiên chính thức"),
        Field("discussions", .list(.object(discussion)), "Tham luận"),
        Field("motions", .list(.object(motion)), "Biểu quyết giơ tay"),
        Field("draft_comments", .list(.object(draftComment)), "Góp ý dự thảo văn kiện"),
        Field("elections", .list(.object(election)), "Các cuộc bầu cử và kết quả kiểm phiếu"),
        Field("settings", .object(settings), "Tùy chọn (mỗi tùy chọn có mặc định)"),
        Field("first_meeting", .object(firstMeeting), "Hội nghị lần thứ nhất của cấp ủy khóa mới"),
        Field("delegation", .object(delegation), "Số đại biểu đi dự đại hội cấp trên được phân bổ"),
        Field("political_report", .object(politicalReport), "Báo cáo chính trị"),
        Field("committee_review", .object(committeeReview), "Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của cấp ủy"),
        Field("speeches", .object(speeches), "Diễn văn khai mạc, bế mạc (thêm vào lời trong kịch bản)"),
        Field("targets", .list(.object(target)), "Chỉ tiêu nhiệm kỳ"),
        Field("resolution", .object(resolution), "Nghị quyết đại hội"),
        Field("document_numbers", .object(documentNumbers), "Số văn bản đã cấp, theo văn bản"),
        Field("credentials_review", .object(credentialsReview), "Báo cáo thẩm tra tư cách đại biểu (đại hội đại biểu)"),
        Field("vote_count_results", .text,
              "Tệp kết quả kiểm phiếu do daihoi count ghi (ket-qua-kiem-phieu.yaml); thay các lần bỏ phiếu của cuộc bầu cử có tên trong đó"),
    ])

    public static let organisation = FieldTable("organisation", "Tổ chức đảng tiến hành đại hội", [
        Field("name", .text, required: true, "Tên tổ chức đảng, ví dụ: Chi bộ Khu phố 3"),
        Field("level", .choice(of: OrganisationLevel.self), required: true, "Cấp tổ chức đảng"),
        Field("superior", .text, required: true, "Cấp ủy cấp trên trực tiếp, ví dụ: Đảng ủy phường Tân Định"),
        Field("place", .text, required: true, "Địa danh ghi ở đầu văn bản, ví dụ: Tân Định"),
    ])

    public static let congress = FieldTable("congress_details", "Đại hội", [
        Field("kind", .choice(of: CongressKind.self), required: true, "Đại hội đảng viên hay đại hội đại biểu"),
        Field("number", .integer(minimum: 1, maximum: IntegerBounds.congressNumber), required: true, "Đại hội lần thứ"),
        Field("term", .term, required: true, "Nhiệm kỳ, dạng 2025-2030"),
        Field("venue", .text, required: true, "Địa điểm tổ chức đại hội"),
    ])

    public static let person = FieldTable("person", "Một người", [
        Field("id", .person, required: true, "Mã người, chữ thường không dấu, ví dụ: nguyen-van-an"),
        Field("name", .text, required: true, "Họ và tên"),
        Field("gender", .choice(of: Gender.self), "Giới tính"),
        Field("birth_year", .integer(minimum: 1900, maximum: 2100), "Năm sinh"),
        Field("ethnicity", .text, "Dân tộc"),
        Field("education", .choice(of: Education.self), "Trình độ chuyên môn"),
        Field("general_education", .choice(of: GeneralEducation.self), "Trình độ học vấn (giáo dục phổ thông)"),
        Field("theory", .choice(of: PoliticalTheory.self), "Trình độ lý luận chính trị"),
        Field("joined", .date, "Ngày vào Đảng"),
        Field("membership", .choice(of: Membership.self), "Đảng viên chính thức hay dự bị"),
        Field("position", .text, "Chức vụ"),
        Field("unit", .text, "Đơn vị công tác"),
        Field("expertise", .text, "Chuyên ngành"),
    ])

    public static let delegate = FieldTable("delegate", "Đảng viên hoặc đại biểu được triệu tập", [
        Field("person", .person, required: true, "Mã người"),
        Field("category", .choice(of: DelegateCategory.self), "Loại đại biểu"),
        Field("absent", .text, "Lý do vắng mặt"),
        Field("excused", .boolean, "Vắng mặt có lý do (mặc định: true)"),
        Field("exempt", .boolean, "Miễn sinh hoạt, công tác"),
        Field("delegation", .text, "Đoàn đại biểu (danh sách đại biểu xếp theo đoàn)"),
    ])

    public static let attendance = FieldTable("attendance", "Số liệu có mặt công bố", [
        Field("summoned", count, required: true, "Số được triệu tập"),
        Field("present", count, required: true, "Số có mặt"),
        Field("absent", count, required: true, "Số vắng mặt"),
    ])

    public static let guest = FieldTable("guest", "Khách mời", [
        Field("person", .person, required: true, "Mã người"),
        Field("superior", .boolean, "Đại diện cấp ủy cấp trên"),
    ])

    public static let bodies = FieldTable("bodies", "Các cơ quan giúp việc đại hội", [
        Field("presidium", people, required: true, "Đoàn Chủ tịch"),
        Field("secretariat", people, required: true, "Đoàn Thư ký"),
        Field("credentials", people, "Ban Thẩm tra tư cách đại biểu"),
        Field("vote_counting", people, "Ban Kiểm phiếu"),
    ])

    public static let sessions = FieldTable("sessions", "Các phiên đại hội", [
        Field("preparatory", .object(session), "Phiên trù bị"),
        Field("official", .object(session), required: true, "Phiên chính thức"),
    ])

    public static let session = FieldTable("session", "Một phiên", [
        Field("date", .date, required: true, "Ngày họp"),
        Field("start", .time, required: true, "Giờ khai mạc, dạng 07:30"),
        Field("end", .time, "Giờ dự kiến kết thúc"),
        Field("closed_at", .time, "Giờ bế mạc thực tế"),
        Field("items", .list(.object(item)), required: true, "Chương trình: các mục theo thứ tự"),
    ])

    public static let item = FieldTable("item", "Một mục của chương trình", [
        Field("title", .text, required: true, "Tên mục"),
        Field("minutes", .integer(minimum: 0, maximum: IntegerBounds.minutes), required: true, "Thời lượng (phút)"),
        Field("performer", .person, "Người thực hiện"),
        Field("kind", .choice(of: ItemKind.self), "Loại mục"),
        Field("lines", .text, "Lời dẫn trong kịch bản"),
        Field("document", .text, "Văn kiện trình bày"),
        Field("elections", .list(.text), "Các cuộc bầu cử (mã) tiến hành trong mục này"),
        Field("invited", .person, "Người được mời phát biểu"),
        Field("bodies", workingBodies, "Các cơ quan giúp việc bầu trong mục này"),
    ])

    public static let discussion = FieldTable("discussion", "Một tham luận", [
        Field("speaker", .person, required: true, "Người tham luận"),
        Field("topic", .text, required: true, "Chủ đề"),
    ])

    public static let draftComment = FieldTable("draft_comment", "Góp ý dự thảo văn kiện", [
        Field("documents", .text, required: true, "Các văn kiện được góp ý"),
        Field("count", count, "Số ý kiến"),
        Field("summary", .text, "Tóm tắt ý kiến"),
        Field("level", .choice(of: DraftLevel.self), "Văn kiện đại hội cấp trên (upper) hay Đại hội toàn quốc (national)"),
        Field("members", count, "Số đồng chí có ý kiến"),
        Field("sections", .list(.object(draftSection)), "Ý kiến theo từng phần, mục của dự thảo"),
    ])

    public static let draftSection = FieldTable("draft_section", "Ý kiến về một phần, mục của dự thảo", [
        Field("title", .text, required: true, "Tên phần, mục"),
        Field("count", count, "Số ý kiến"),
        Field("members", count, "Số đồng chí có ý kiến"),
        Field("opinions", .list(.text), "Nội dung các ý kiến"),
    ])

    public static let motion = FieldTable("motion", "Một lần biểu quyết giơ tay", [
        Field("subject", .text, required: true, "Nội dung biểu quyết"),
        Field("session", .choice(of: SessionKind.self), "Phiên (mặc định: chính thức)"),
        Field("for", count, required: true, "Số tán thành"),
        Field("against", count, "Số không tán thành"),
        Field("abstain", count, "Số không biểu quyết"),
        Field("resolution", .boolean, "Biểu quyết thông qua nghị quyết"),
        Field("minutes", .boolean, "Biểu quyết thông qua biên bản"),
        Field("elects", workingBodies, "Các cơ quan giúp việc được bầu bằng biểu quyết này"),
        Field("working_rules", .boolean, "Biểu quyết thông qua quy chế làm việc của Đại hội"),
        Field("secret", .object(secretBallots), "Biểu quyết bằng phiếu kín: số phiếu (tán thành, không tán thành tính trên phiếu hợp lệ)"),
    ])

    public static let election = FieldTable("election", "Một cuộc bầu cử", [
        Field("id", .text, required: true, "Mã cuộc bầu cử"),
        Field("body", .choice(of: ElectedBody.self), required: true, "Bầu cơ quan nào"),
        Field("seats", .integer(minimum: 1, maximum: IntegerBounds.count), required: true, "Số lượng cần bầu"),
        Field("candidates", people, required: true, "Danh sách bầu cử"),
        Field("incumbents", people, "Người tái cử (thuộc khóa trước)"),
        Field("base", count, "Tổng số làm căn cứ tính tỷ lệ trúng cử"),
        Field("exclusions", .list(.object(reasonCount)), "Số người không tính vào căn cứ, theo lý do"),
        Field("rounds", .list(.object(round)), required: true, "Các lần bỏ phiếu"),
        Field("held_by", .choice(of: ElectionHolder.self), "Ai tiến hành bầu"),
        Field("floor_opinion", .object(floorOpinion), "Xin ý kiến về người ứng cử, được đề cử tại đại hội và người xin rút"),
    ])

    /// Phiếu phát ra, thu vào, hợp lệ, không hợp lệ — the four counts of every ballot (a round, an opinion, a secret vote).
    private static let ballotCounts = [
        Field("issued", count, required: true, "Số phiếu phát ra"),
        Field("collected", count, required: true, "Số phiếu thu vào"),
        Field("valid", count, required: true, "Số phiếu hợp lệ"),
        Field("invalid", count, required: true, "Số phiếu không hợp lệ"),
    ]

    public static let floorOpinion = FieldTable("floor_opinion", "Kiểm phiếu xin ý kiến (Hướng dẫn 04-HD/TW, Mẫu 5)", ballotCounts + [
        Field("nominated", .byPerson(count), "Người ứng cử, được đề cử tại đại hội: số phiếu đồng ý đưa vào danh sách"),
        Field("withdrawing", .byPerson(count), "Người xin rút: số phiếu đồng ý cho rút"),
    ])

    public static let secretBallots = FieldTable("secret_ballots", "Phiếu biểu quyết kín", ballotCounts + [
        Field("exclusions", .list(.object(reasonCount)), "Số người không tính vào căn cứ, theo lý do"),
    ])

    public static let round = FieldTable("round", "Một lần bỏ phiếu", ballotCounts + [
        Field("invalid_reasons", .list(.object(reasonCount)), "Số phiếu không hợp lệ, theo lý do"),
        Field("votes", .byPerson(count), required: true, "Số phiếu bầu của từng người (mã người: số phiếu)"),
        Field("check_code", .text, "Mã kiểm tra (SHA-256 nhật ký nhập phiếu) do daihoi count ghi"),
        Field("entry_log", .text, "Nhật ký nhập phiếu do daihoi count ghi ({file: nhat-ky-nhap-phieu-….txt}); mã SHA-256 của nó là check_code"),
    ])

    /// `ket-qua-kiem-phieu.yaml`, written by `daihoi count` (its rounds in the form of `round`).
    public static let countResults = FieldTable("count_results", "Kết quả kiểm phiếu do daihoi count ghi", [
        Field("schema", .schemaVersion, required: true, "Phiên bản định dạng tệp; luôn là 1"),
        Field("elections", .text, required: true, "Mã cuộc bầu cử: danh sách các lần bỏ phiếu"),
    ])

    public static let reasonCount = FieldTable("reason_count", "Một lý do và số lượng", [
        Field("reason", .text, required: true, "Lý do"),
        Field("count", count, required: true, "Số lượng"),
    ])

    public static let firstMeeting = FieldTable("first_meeting", "Hội nghị lần thứ nhất của cấp ủy khóa mới", [
        Field("date", .date, "Ngày họp"),
        Field("chair", people, "Người chủ trì"),
        Field("vote_counting", people, "Ban Kiểm phiếu của hội nghị"),
        Field("absent", people, "Cấp ủy viên vắng mặt"),
        Field("secretary", people, "Thư ký hội nghị"),
        Field("board_vote", .object(showOfHands), "Biểu quyết giơ tay bầu Ban Kiểm phiếu của hội nghị"),
        Field("minutes_vote", .object(showOfHands), "Biểu quyết giơ tay thông qua biên bản hội nghị"),
    ])

    public static let showOfHands = FieldTable("show_of_hands", "Một lần biểu quyết giơ tay tại hội nghị", [
        Field("for", count, required: true, "Số tán thành"),
        Field("against", count, "Số không tán thành"),
        Field("abstain", count, "Số không biểu quyết"),
    ])

    public static let delegation = FieldTable("delegation", "Đại biểu đi dự đại hội cấp trên được phân bổ", [
        Field("official", count, required: true, "Số đại biểu chính thức"),
        Field("alternate", count, "Số đại biểu dự khuyết"),
    ])

    public static let settings = FieldTable("settings", "Tùy chọn", [
        Field("format", .choice(SettingsReader.formats), "Thể thức văn bản (mặc định: hd36_2018)"),
        Field("percent_decimals", .integer(minimum: 0, maximum: 4), "Số chữ số thập phân của tỷ lệ phần trăm"),
        Field("script_deadline_days", .integer(minimum: 0, maximum: IntegerBounds.deadlineDays),
              "Số ngày trước đại hội phải có kịch bản"),
        Field("election_tie_rule", .choice(SettingsReader.tieRules), "Cách xử lý khi bằng phiếu"),
        Field("maximum_surplus_percent", .integer(minimum: 0, maximum: 30), "Tỷ lệ số dư tối đa (%)"),
        Field("presidium_size", .list(.integer(minimum: 1, maximum: IntegerBounds.count)),
              "Số thành viên Đoàn Chủ tịch: [ít nhất, nhiều nhất]"),
        Field("speaking_rate", .integer(minimum: 40, maximum: 400), "Tốc độ đọc (tiếng mỗi phút)"),
        Field("chi_bo_congress_elects_secretary", .boolean, "Đại hội chi bộ bầu trực tiếp bí thư"),
        Field("resolution_recipients", .list(.text), "Nơi nhận nghị quyết"),
        Field("surplus_required", .list(.choice(of: ElectedBody.self)), "Các cuộc bầu bắt buộc có số dư"),
        Field("report_issuer", .choice(of: ReportIssuer.self), "Cơ quan ban hành báo cáo chính trị"),
        Field("maximum_minutes_without_break", .integer(minimum: 30, maximum: IntegerBounds.minutes),
              "Số phút tối đa không nghỉ giải lao"),
        Field("dossier_required", .list(.text), "Các văn bản bắt buộc trong hồ sơ"),
        Field("delegate_list_landscape", .boolean, "In danh sách đại biểu trên khổ ngang (mặc định: khi danh sách dài)"),
        Field("withdrawal_agree_percent", .integer(minimum: 0, maximum: 100),
              "Tỷ lệ phiếu đồng ý (hơn …%) để người xin rút được rút khỏi danh sách (mặc định: 50)"),
        Field("ballot_two_up", .boolean, "In phiếu bầu ngắn hai phiếu trên một tờ A4, có đường cắt (mặc định: có)"),
        Field("ballot_board_mark", .boolean, "Phiếu bầu có chỗ Ban kiểm phiếu ký xác nhận (mặc định: có)"),
        Field("tally_groups", .integer(minimum: 1, maximum: 50),
              "Số tổ kiểm phiếu khi kiểm đếm bằng tay (mặc định: một tổ cho mỗi hai thành viên Ban kiểm phiếu ngoài trưởng ban)"),
    ])

    public static let politicalReport = FieldTable("political_report", "Báo cáo chính trị, theo thứ tự các phần", [
        Field("title", .text, "Tiêu đề (mặc định: Báo cáo chính trị)"),
        Field("results", .list(.object(reportField)), "Kết quả thực hiện, theo lĩnh vực"),
        Field("limitations", .text, "Hạn chế, yếu kém và nguyên nhân"),
        Field("lessons", .text, "Bài học kinh nghiệm"),
        Field("directions", .text, "Phương hướng nhiệm kỳ tới"),
        Field("general_goal", .text, "Mục tiêu tổng quát"),
        Field("tasks", .text, "Nhiệm vụ và giải pháp"),
        Field("breakthroughs", .text, "Khâu đột phá"),
    ])

    public static let committeeReview = FieldTable("committee_review", "Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của cấp ủy, theo thứ tự các phần", [
        Field("title", .text, "Tiêu đề (mặc định: Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của cấp ủy nhiệm kỳ trước)"),
        Field("strengths", .text, "Ưu điểm"),
        Field("limitations", .text, "Hạn chế, khuyết điểm và nguyên nhân"),
        Field("previous_remedies", .text, "Kết quả khắc phục hạn chế, khuyết điểm nhiệm kỳ trước"),
        Field("lessons", .text, "Bài học kinh nghiệm"),
        Field("remedies", .text, "Phương hướng, biện pháp khắc phục"),
    ])

    public static let speeches = FieldTable("speeches", "Diễn văn khai mạc, bế mạc", [
        Field("opening", .text, "Nội dung diễn văn khai mạc, in trước câu tuyên bố khai mạc"),
        Field("closing", .text, "Nội dung diễn văn bế mạc, in trước câu tuyên bố bế mạc"),
    ])

    public static let reportField = FieldTable("report_field", "Kết quả một lĩnh vực", [
        Field("field", .text, required: true, "Lĩnh vực"),
        Field("text", .text, required: true, "Nội dung"),
    ])

    public static let target = FieldTable("target", "Một chỉ tiêu", [
        Field("name", .text, required: true, "Tên chỉ tiêu"),
        Field("unit", .text, required: true, "Đơn vị tính"),
        Field("direction", .choice(of: TargetDirection.self), "Chiều của chỉ tiêu (mặc định: at-least)"),
        Field("planned", .decimal, "Chỉ tiêu nhiệm kỳ trước"),
        Field("achieved", .decimal, "Kết quả đạt được"),
        Field("new_target", .decimal, "Chỉ tiêu nhiệm kỳ tới"),
    ])

    public static let resolution = FieldTable("resolution", "Nghị quyết đại hội", [
        Field("points", .list(.object(resolutionPoint)), "Các điểm quyết nghị"),
        Field("implementation", .text, "Tổ chức thực hiện"),
    ])

    public static let resolutionPoint = FieldTable("resolution_point", "Một điểm quyết nghị", [
        Field("title", .text, required: true, "Tiêu đề"),
        Field("text", .text, required: true, "Nội dung"),
    ])

    public static let documentNumbers = FieldTable("document_numbers", "Số văn bản, theo văn bản", [
        Field("credentials", .text, "Báo cáo thẩm tra tư cách đại biểu"),
        Field("report", .text, "Báo cáo chính trị"),
        Field("committee-review", .text, "Báo cáo kiểm điểm của cấp ủy"),
        Field("resolution", .text, "Nghị quyết"),
        Field("minutes", .text, "Biên bản"),
        Field("first-meeting", .text, "Biên bản hội nghị lần thứ nhất"),
    ])

    public static let credentialsReview = FieldTable("credentials_review", "Báo cáo thẩm tra tư cách đại biểu", [
        Field("delegate_elections", .text, "Việc bầu đại biểu ở các đảng bộ, chi bộ"),
        Field("complaints", .text, "Đơn thư, khiếu nại"),
        Field("replacements", .text, "Thay thế đại biểu"),
    ])

    /// The tables whose keys the section readers read by name (`document_numbers` is read as a whole map, the file
    /// reference by `Cursor.text()`).
    public static let readerTables: [FieldTable] = [
        document, organisation, congress, person, delegate, attendance, guest, bodies, sessions, session, item,
        discussion, draftComment, motion, election, round, reasonCount, firstMeeting, delegation, settings,
        politicalReport, committeeReview, speeches, reportField, target, resolution, resolutionPoint, credentialsReview, countResults,
        floorOpinion, secretBallots, draftSection, showOfHands,
    ]

    /// A prose text written in a file beside the congress file: `{file: bao-cao/ket-qua.md}`.
    public static let fileReference = FieldTable("file_reference", "Văn bản viết trong một tệp riêng", [
        Field("file", .text, required: true, "Đường dẫn tệp, tính từ thư mục chứa congress.yaml"),
    ])
}
