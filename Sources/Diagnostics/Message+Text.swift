extension Message {
    /// The message in Vietnamese (`.vi`, the default of the CLI) or English.
    public func text(in language: Language) -> String {
        language == .vi ? vietnamese : english
    }
}

private extension Message {
    /// `a + b` written exactly, even past `Int` (two counts of the file are added in the text; the loader caps
    /// them, but a message never traps): an overflow only happens with both of one sign, whose magnitudes fit a
    /// `UInt` unless both are `Int.min`.
    static func sum(_ a: Int, _ b: Int) -> String {
        let (sum, overflow) = a.addingReportingOverflow(b)
        guard overflow else { return String(sum) }
        let (magnitude, wide) = a.magnitude.addingReportingOverflow(b.magnitude)
        return (a < 0 ? "-" : "") + (wide ? "18446744073709551616" : String(magnitude))
    }

    var vietnamese: String {
        switch self {
        case let .unreadableFile(path, detail):
            "không đọc được tệp '\(path)': \(detail)"
        case let .yamlSyntax(detail):
            YAMLProblemHint.vietnamese(for: detail).map { "lỗi cú pháp YAML: \($0) (libyaml: \(detail))" }
                ?? "lỗi cú pháp YAML: \(detail)"
        case let .duplicateKey(key):
            "khóa '\(key)' xuất hiện hai lần trong cùng một ánh xạ"
        case .emptyDocument:
            "tệp rỗng — cần một ánh xạ bắt đầu bằng 'schema: 1'"
        case let .wrongType(key, expected, found):
            "\(key.isEmpty ? "tài liệu" : "'\(key)'") phải là \(expected.name(in: .vi)), nhưng lại là \(found.name(in: .vi))"
        case let .missingKey(key):
            "thiếu khóa bắt buộc '\(key)'"
        case let .unknownKey(key, suggestion?):
            "khóa không hợp lệ '\(key)' — có phải ý bạn là '\(suggestion)'?"
        case let .unknownKey(key, nil):
            "khóa không hợp lệ '\(key)'"
        case let .invalidValue(key, allowed, found):
            "giá trị '\(found)' của '\(key)' không hợp lệ — chỉ chấp nhận: \(allowed.joined(separator: ", "))"
        case let .outOfRange(key, minimum, maximum?, found):
            "'\(key)' phải từ \(minimum) đến \(maximum), nhưng lại là \(found)"
        case let .outOfRange(key, minimum, nil, found):
            "'\(key)' phải lớn hơn hoặc bằng \(minimum), nhưng lại là \(found)"
        case let .unsupportedSchema(found):
            "phiên bản định dạng 'schema: \(found)' không được hỗ trợ — chỉ hỗ trợ 1"
        case let .invalidID(id):
            "mã người '\(id)' không hợp lệ — chỉ dùng chữ thường không dấu, chữ số, '-' và '_'"
        case let .duplicateID(id):
            "mã người '\(id)' bị trùng — mỗi người cần một mã riêng"
        case let .unknownPerson(id, suggestion?):
            "không có người nào mang mã '\(id)' trong 'people' — có phải ý bạn là '\(suggestion)'?"
        case let .unknownPerson(id, nil):
            "không có người nào mang mã '\(id)' trong 'people'"
        case let .duplicateDelegate(id):
            "'\(id)' được triệu tập hai lần trong 'delegates'"
        case let .impossibleDate(text):
            "ngày '\(text)' không hợp lệ — cần một ngày có thật dạng YYYY-MM-DD"
        case let .invalidTime(text):
            "giờ '\(text)' không hợp lệ — cần dạng HH:MM từ 00:00 đến 23:59"
        case let .invalidTerm(text):
            "nhiệm kỳ '\(text)' không hợp lệ — cần dạng YYYY-YYYY, năm kết thúc sau năm bắt đầu"
        case let .countsDoNotAddUp(summoned, present, absent):
            "số liệu không khớp: có mặt \(present) + vắng \(absent) = \(Self.sum(present, absent)), khác số triệu tập \(summoned)"
        case let .countsDisagreeWithList(figure, declared, listed):
            "số '\(figure)' công bố là \(declared), nhưng danh sách đại biểu cho \(listed)"
        case let .fileReferenceOutsideFolder(path):
            "tệp tham chiếu '\(path)' phải là đường dẫn tương đối nằm trong thư mục của tệp đại hội"
        case let .referencedFileMissing(path):
            "không đọc được tệp tham chiếu '\(path)'"
        case let .refusedCharacter(key, scalar):
            Self.isNoncharacter(scalar)
                ? "'\(key)' chứa \(scalar), không phải là ký tự (XML không cho phép) — không được phép"
                : Self.isBidiControl(scalar)
                ? "'\(key)' chứa ký tự điều khiển hướng chữ \(scalar) — chữ in ra sẽ khác chữ nhìn thấy; không được phép"
                : "'\(key)' chứa ký tự điều khiển \(scalar) — không được phép"
        case let .invalidDecimal(key, found):
            "'\(key)' phải là một số thập phân như 10.66 hoặc 78, nhưng lại là '\(found)'"
        case let .nonDecimalInteger(key, found, decimal):
            "'\(key)' phải là số nguyên viết ở hệ thập phân\(decimal.map { " (\($0))" } ?? ""), nhưng lại là '\(found)'"
        case let .invalidBounds(key):
            "'\(key)' phải là hai số nguyên [nhỏ nhất, lớn nhất], số đầu không lớn hơn số sau, như [5, 7]"
        case let .notUTF8(path, "UTF-16"?):
            "tệp '\(path)' được lưu bằng mã UTF-16 — lưu lại tệp bằng mã UTF-8 (Notepad: Lưu thành… → Mã hóa: UTF-8)"
        case let .notUTF8(path, _):
            "tệp '\(path)' có byte không phải mã UTF-8 — lưu lại tệp bằng mã UTF-8"
        case let .symlinkOutsideFolder(path):
            "tệp tham chiếu '\(path)' là (hoặc nằm trong) một liên kết trỏ ra ngoài thư mục của tệp đại hội — không đọc"
        case let .notRegularFile(path, kind):
            "'\(path)' là \(kind.name(in: .vi)), không phải một tệp văn bản — không đọc"
        case .tabIndentation:
            "thụt lề bằng ký tự tab — dùng dấu cách, không dùng tab"
        case let .unquotedFlowValue(key, fragment):
            "giá trị của '\(key)' bị cắt ở dấu ',' hoặc ':' không có ngoặc kép, trước '\(fragment)' — đặt cả giá trị trong ngoặc kép, như \(key): \"…\""
        case let .combiningMarkRun(key, limit):
            "'\(key)' có hơn \(limit) dấu kết hợp liền nhau trên một chữ — không phải văn bản thông thường (Unicode UAX #15)"
        case let .unclosedQuote(line?):
            "dấu ngoặc kép mở ở đây không được đóng trên cùng dòng (dấu ngoặc kép tiếp theo ở dòng \(line)) — thêm dấu đóng ở cuối giá trị"
        case .unclosedQuote(nil):
            "dấu ngoặc kép mở ở đây không bao giờ được đóng — thêm dấu đóng ở cuối giá trị"
        case let .fileTooLarge(path, maximumMiB):
            "tệp '\(path)' lớn hơn \(maximumMiB) MiB — không phải tệp đại hội hay văn bản báo cáo"
        case let .votesBelowValidBallots(round, total, valid):
            "lần bầu \(round): tổng số phiếu bầu \(total) ít hơn số phiếu hợp lệ \(valid) — trên danh sách có số dư, phiếu hợp lệ giữ lại ít nhất một tên (phiếu gạch hết tên là phiếu không hợp lệ, QĐ 244-QĐ/TW Điều 17)"
        case let .aliasExpansion(anchor):
            "bí danh YAML\(anchor.map { " '*\($0)'" } ?? "") lặp lại giá trị neo ở đây nhiều đến mức nội dung lớn hơn gấp đôi tệp viết ra — không phải tệp đại hội; viết giá trị ra thay cho bí danh"
        case let .foreignTag(key, tag):
            "'\(key)' mang thẻ kiểu YAML '\(tag)', tệp đại hội không dùng thẻ này — bỏ thẻ; văn bản có ký tự đặc biệt thì đặt trong ngoặc kép"
        case let .missingPerformer(item):
            "mục '\(item)' chưa có người thực hiện"
        case let .delegateWithoutDelegation(person, delegations):
            "đại biểu '\(person)' chưa thuộc đoàn đại biểu nào, trong khi các đại biểu khác đã xếp vào \(delegations) đoàn — thêm 'delegation'; danh sách đại biểu xếp riêng những người chưa xếp đoàn"
        case let .delegationAtMembersCongress(person):
            "'\(person)': đại hội đảng viên không chia đoàn đại biểu — bỏ 'delegation'"
        case let .placeholderNotReplaced(key, placeholder):
            "'\(key)' còn chữ giữ chỗ \(placeholder) do daihoi init ghi — thay bằng nội dung thật (bỏ dấu « »)"
        case let .initFileExists(path):
            "'\(path)' đã có — daihoi init không ghi đè tệp nào; chọn thư mục khác, xóa tệp, hoặc thêm --force (tệp cũ được giữ lại thành .bak)"
        case let .membersBadValue(column, found, expected):
            "cột '\(column)': '\(found)' không hợp lệ — cần: \(expected)"
        case let .membersColumnMissing(column, columns):
            "danh sách thiếu cột '\(column)' — dòng đầu phải ghi tên các cột: \(columns)"
        case let .membersDuplicate(name, firstRow):
            "'\(name)' đã có ở dòng \(firstRow) (cùng họ tên, năm sinh) — mỗi người một dòng"
        case let .initOverwritten(path, backup):
            "đã ghi đè '\(path)' (--force); tệp cũ giữ ở '\(backup)'"
        case let .servePortInUse(port):
            "cổng \(port) đang có chương trình khác dùng — chọn cổng khác bằng --port (ví dụ --port \(port + 1))"
        case let .serveFailed(reason):
            "không mở được máy chủ xem trước: \(reason)"
        case let .templatesExportFileExists(path):
            "'\(path)' đã có — daihoi templates export không ghi đè tệp nào; chọn thư mục khác hoặc thêm --force (tệp cũ được giữ lại thành .bak)"
        case let .placeholderText(item, marker):
            "mục '\(item)' còn chữ giữ chỗ '\(marker)' — kịch bản chưa hoàn thiện (mỗi bước phải có lời dẫn)"
        case let .scriptLate(deadline, daysLate, unfinished):
            "kịch bản phải hoàn thiện trước ngày \(deadline) (5 ngày trước đại hội, thiết lập script_deadline_days) — đã trễ \(daysLate) ngày, còn \(unfinished) mục chưa xong"
        case let .scriptDeadline(deadline, daysLeft, unfinished):
            "còn \(daysLeft) ngày đến hạn hoàn thiện kịch bản (\(deadline))" + (unfinished > 0 ? "; còn \(unfinished) mục chưa xong" : "; kịch bản đã đủ")
        case let .scheduleOverrun(session, minutes, plannedEnd, computedEnd):
            "\(session == "preparatory" ? "phiên trù bị" : "phiên chính thức") kết thúc lúc \(computedEnd) theo thời lượng các mục, vượt \(minutes) phút so với giờ dự kiến \(plannedEnd)"
        case let .presidiumSize(count, min, max):
            "Đoàn Chủ tịch có \(count) đồng chí, ngoài khoảng \(min)–\(max) (thiết lập presidium_size)"
        case let .reportTooLong(words, minutes, allotted, rate):
            "báo cáo chính trị dài \(words) từ, đọc mất khoảng \(minutes) phút (\(rate) từ/phút, thiết lập speaking_rate), nhưng kịch bản chỉ dành \(allotted) phút"
        case let .surplusOutsidePreparedBand(election, percent):
            "cuộc bầu '\(election)': số dư \(percent), ngoài mức 10–15% cấp ủy triệu tập chuẩn bị (QĐ 190-QĐ/TW Điều 14)"
        case let .surplusAboveMaximum(election, percent, maximum):
            "cuộc bầu '\(election)': số dư \(percent) vượt mức tối đa \(maximum)% (QĐ 190-QĐ/TW Điều 14)"
        case let .smallCommitteeSurplus(election, seats, candidates):
            "cuộc bầu '\(election)': cấp ủy \(seats) người chỉ được dư tối đa 1, danh sách có \(candidates) người"
        case let .ballotsCollectedExceedIssued(round, collected, issued):
            "lần bầu \(round): số phiếu thu về \(collected) lớn hơn số phiếu phát ra \(issued)"
        case let .ballotsDoNotAddUp(round, valid, invalid, collected):
            "lần bầu \(round): phiếu hợp lệ \(valid) + không hợp lệ \(invalid) = \(Self.sum(valid, invalid)), khác số phiếu thu về \(collected)"
        case let .votesAboveValidBallots(round, candidate, votes, valid):
            "lần bầu \(round): '\(candidate)' được \(votes) phiếu, nhiều hơn số phiếu hợp lệ \(valid)"
        case let .votesExceedCapacity(round, total, valid, seats):
            "lần bầu \(round): tổng số phiếu bầu \(total) vượt quá số phiếu hợp lệ × số lượng bầu (\(valid) × \(seats))"
        case let .negativeCount(field, value):
            "'\(field)' không được âm (\(value))"
        case let .candidateNotOpen(round, candidate):
            "lần bầu \(round): '\(candidate)' không thuộc số người còn phải bầu sau lần trước"
        case let .duplicateCandidate(round, candidate):
            "lần bầu \(round): '\(candidate)' có hai dòng số phiếu"
        case let .candidateNotOnList(candidate):
            "'\(candidate)' có số phiếu nhưng không có trong danh sách bầu cử 'candidates'"
        case let .votesAboveBase(round, candidate, votes, base):
            "lần bầu \(round): '\(candidate)' được \(votes) phiếu, nhiều hơn số làm cơ sở tính tỷ lệ \(base) (QĐ 190-QĐ/TW Điều 30)"
        case let .motionVotesExceedPresent(subject, inFavour, against, abstained, total, voters):
            "biểu quyết '\(subject)': tán thành \(inFavour) + không tán thành \(against) + không biểu quyết \(abstained) = \(total), nhiều hơn \(voters) người có quyền biểu quyết có mặt — chỉ người có mặt biểu quyết, đảng viên dự bị không biểu quyết (Điều lệ Đảng, Điều 3)"
        case let .emptyThresholdBase(election, summoned, excluded, base):
            "cuộc bầu '\(election)': trừ \(excluded) khỏi \(summoned) được triệu tập thì cơ sở tính tỷ lệ còn \(base) — phải lớn hơn 0 (QĐ 190-QĐ/TW Điều 30); số phiếu không được xét theo cơ sở này"
        case let .emptySecretVoteBase(subject, summoned, excluded, base):
            "biểu quyết kín '\(subject)': trừ \(excluded) khỏi \(summoned) được triệu tập thì cơ sở tính tỷ lệ còn \(base) — phải lớn hơn 0 (QĐ 190-QĐ/TW Điều 30)"
        case let .entryLogDoesNotMatchCheckCode(election, round, stated, computed):
            "cuộc bầu '\(election)', lần \(round): nhật ký nhập phiếu có mã SHA-256 \(computed), không khớp mã kiểm tra '\(stated)' — tệp nhật ký đã bị sửa hoặc thay; ghi lại bằng daihoi count (công bố lại), không sửa tay"
        case let .entryLogUnreadable(election, round, line):
            "cuộc bầu '\(election)', lần \(round): nhật ký nhập phiếu, dòng \(line), không đúng định dạng của daihoi count (docs/count.md)"
        case let .entryLogOfAnotherRound(election, round, logElection, logRound):
            "cuộc bầu '\(election)', lần \(round): tệp nhật ký nhập phiếu là của cuộc bầu '\(logElection)', lần \(logRound)"
        case let .secondResolutionVote(subject, first):
            "biểu quyết '\(subject)' cũng đánh dấu resolution: true — chỉ một cuộc biểu quyết thông qua Nghị quyết; Nghị quyết ghi theo '\(first)'"
        case let .blankName(key):
            "'\(key)' để trống — giấy tờ đại hội cần tên đầy đủ"
        case let .invalidIdentifier(key, id):
            "mã '\(id)' của '\(key)' không hợp lệ — chỉ dùng chữ thường không dấu, chữ số, '-' và '_' (mã còn dùng làm tên tệp)"
        case let .duplicateIdentifier(key, id):
            "mã '\(id)' bị trùng trong '\(key)' — mỗi mục cần một mã riêng"
        case let .personTwiceInList(person, list):
            "'\(person)' có hai lần trong '\(list)' — mỗi đồng chí chỉ ghi một lần"
        case let .emptyBody(body, key):
            "\(body) không có đồng chí nào ('\(key)' rỗng) — Đại hội phải bầu \(body)"
        case let .absentServing(person, role):
            "'\(person)' vắng mặt tại Đại hội nhưng được ghi ở '\(role)' — người vắng mặt không thể làm nhiệm vụ này"
        case let .candidateOnCountingBoard(election, candidate):
            "cuộc bầu '\(election)': '\(candidate)' là thành viên Ban Kiểm phiếu — thành viên Ban Kiểm phiếu không được có tên trong danh sách bầu cử (QĐ 190-QĐ/TW)"
        case let .probationaryCandidate(election, candidate):
            "cuộc bầu '\(election)': '\(candidate)' là đảng viên dự bị — đảng viên dự bị không có quyền ứng cử (Điều lệ Đảng, Điều 3)"
        case let .fewerCandidatesThanSeats(election, candidates, seats):
            "cuộc bầu '\(election)': danh sách có \(candidates) người, ít hơn số lượng bầu \(seats) — danh sách bầu cử phải có ít nhất bằng số lượng cần bầu (QĐ 190-QĐ/TW Điều 14)"
        case let .candidateWithoutVotes(round, candidate):
            "lần bầu \(round): '\(candidate)' có trong danh sách bầu cử nhưng không có số phiếu — cần ghi số phiếu của mọi người trong danh sách (kể cả 0)"
        case let .ballotsIssuedExceedVoters(round, issued, voters):
            "lần bầu \(round): số phiếu phát ra \(issued) lớn hơn \(voters) người có quyền bầu cử có mặt — chỉ phát phiếu cho người có quyền bầu cử; đảng viên dự bị không bầu cử (Điều lệ Đảng, Điều 3)"
        case let .noMembers(figure):
            switch figure {
            case "summoned": "không có đại biểu (đảng viên) nào được triệu tập — đại hội cần người dự"
            case "present": "không có đại biểu (đảng viên) nào có mặt — đại hội không thể họp"
            default: "không có đảng viên chính thức nào có mặt — đảng viên dự bị không biểu quyết, không bầu cử (Điều lệ Đảng, Điều 3), nên đại hội không thể biểu quyết"
            }
        case let .itemPastMidnight(item, end):
            "mục '\(item)' kết thúc sau 24 giờ (phút thứ \(end) tính từ 0 giờ) — mỗi phiên họp trong một ngày; giảm thời lượng hoặc tách sang ngày khác"
        case let .declaredBaseAboveOfficial(election, base, official):
            "cuộc bầu '\(election)': cơ sở tính tỷ lệ 'base: \(base)' lớn hơn \(official) đảng viên (đại biểu) chính thức được triệu tập — cơ sở chỉ tính người chính thức, không tính đảng viên dự bị (QĐ 190-QĐ/TW Điều 30; Điều lệ Đảng, Điều 3)"
        case let .roundAfterComplete(election, round):
            "cuộc bầu '\(election)': lần bầu \(round) diễn ra sau khi đã bầu đủ số lượng — lần bầu này sẽ không được tính; bỏ nó đi hoặc sửa số liệu lần trước"
        case let .invalidReasonsDoNotAddUp(round, reasons, invalid):
            "lần bầu \(round): các lý do phiếu không hợp lệ cộng lại \(reasons) phiếu, khác số phiếu không hợp lệ \(invalid)"
        case let .incumbentNotOnList(election, person):
            "cuộc bầu '\(election)': '\(person)' ghi trong 'incumbents' nhưng không có trong danh sách bầu cử — 'incumbents' chỉ ghi người khóa cũ có tên trong danh sách"
        case let .ballotsIssuedExceedCommittee(round, issued, members):
            "lần bầu \(round): số phiếu phát ra \(issued) lớn hơn \(members) ủy viên Ban Chấp hành khóa mới — cuộc bầu tại Hội nghị lần thứ nhất chỉ phát phiếu cho ủy viên Ban Chấp hành"
        case let .closedBeforeStart(session, closedAt, start):
            "\(session == "preparatory" ? "phiên trù bị" : "phiên chính thức"): giờ bế mạc 'closed_at' \(closedAt) trước giờ bắt đầu \(start) — ghi giờ bế mạc thực tế, trong cùng ngày"
        case let .closingTimeMissing(date, asOf):
            "Đại hội đã họp ngày \(date) (tính đến \(asOf)) nhưng phiên chính thức chưa có giờ bế mạc thực tế 'closed_at' — biên bản ghi giờ bế mạc thực tế, không ghi giờ dự kiến; chưa có thì không xuất được biên bản"
        case let .electionNotCounted(election):
            "đại hội đã bế mạc ('closed_at') nhưng cuộc bầu '\(election)' chưa có kết quả kiểm phiếu ('rounds' rỗng) — ghi số phiếu từng lần bỏ phiếu vào 'rounds' (hoặc dùng 'vote_count_results' do daihoi count ghi); chưa có thì không xuất được biên bản kiểm phiếu và các văn bản báo cáo kết quả"
        case let .openedBeforeFlag(item, flag):
            "mục '\(item)' đứng trước '\(flag)' — đại hội mở đầu bằng nghi thức chào cờ, sau đó mới tuyên bố lý do, khai mạc; đưa mục chào cờ lên đầu phiên"
        case let .noBreakInSession(session, minutes, maximum, from, to):
            "\(session == "preparatory" ? "phiên trù bị" : "phiên chính thức") làm việc liền \(minutes) phút (từ \(from) đến \(to)) không có mục nghỉ (kind: break — nghỉ giải lao, nghỉ trưa), quá \(maximum) phút (thiết lập maximum_minutes_without_break)"
        case let .guestAssigned(item, person):
            "mục '\(item)': người thực hiện '\(person)' là khách mời — khách mời được mời, không được phân công (không có phiếu phân công); ghi invited: \(person) và để người thực hiện là đồng chí chủ trì, người đọc lời mời"
        case let .invitedNotAGuest(item, person):
            "mục '\(item)': invited: '\(person)' không có trong danh sách khách mời (guests) — thêm vào guests, hoặc ghi người đó là người thực hiện (performer)"
        case let .voteCalledBeforeNames(item, found):
            "mục '\(item)': lời dẫn đã mời biểu quyết ('\(found)') trước khi đọc danh sách — kịch bản đọc danh sách các cơ quan rồi mới mời biểu quyết; trong lines chỉ giữ lời dẫn trước danh sách"
        case let .bodyElectedByTwoItems(body, item, first):
            "mục '\(item)' bầu lại '\(body)' đã bầu ở mục '\(first)' — mỗi cơ quan chỉ được đọc và biểu quyết ở một mục; sửa bodies: của một trong hai mục"
        case let .credentialsBoardAtMembersCongress(count):
            "đại hội đảng viên không bầu Ban Thẩm tra tư cách đại biểu (QĐ 29-QĐ/TW mục 12.2), nhưng bodies.credentials có \(count) đồng chí — bỏ bodies.credentials (cấp ủy triệu tập báo cáo tình hình đảng viên dự đại hội), hoặc sửa kind thành dai-bieu nếu đây là đại hội đại biểu"
        case let .chiBoDelegatesCongress(level):
            "tổ chức cấp '\(level)' là chi bộ: chi bộ tổ chức đại hội đảng viên (toàn thể đảng viên dự), không phải đại hội đại biểu — kiểm tra kind (dang-vien) hoặc level"
        case let .termLengthForLevel(level, term, years, expected):
            "nhiệm kỳ \(term) dài \(years) năm, nhưng tổ chức cấp '\(level)' có nhiệm kỳ \(expected) năm (Điều lệ Đảng: chi bộ trực thuộc đảng ủy cơ sở đại hội năm năm hai lần, tổ chức khác năm năm một lần)"
        case let .exclusionReasonOfOtherKind(election, reason, kind):
            "cuộc bầu '\(election)': lý do trừ '\(reason)' chỉ áp dụng ở \(kind) (Quy chế bầu cử, cách tính cơ sở tỷ lệ trúng cử theo hình thức đại hội)"
        case let .exclusionReasonNotStandard(election, reason, codes):
            "cuộc bầu '\(election)': lý do trừ '\(reason)' không thuộc các trường hợp Quy chế bầu cử cho phép trừ khỏi cơ sở tính tỷ lệ trúng cử — dùng một mã: \(codes)"
        case let .scriptCardOfOtherKind(item, found, expected):
            "mục '\(item)': lời dẫn ghi '\(found)', nhưng đại hội này biểu quyết bằng hình thức '\(expected)' (theo congress.kind)"
        case let .secondWorkingRulesVote(subject, first):
            "biểu quyết '\(subject)' cũng đánh dấu working_rules: true — chỉ một cuộc biểu quyết thông qua quy chế làm việc; quy chế ghi theo '\(first)'"
        case let .secondMinutesVote(subject, first):
            "biểu quyết '\(subject)' cũng đánh dấu minutes: true — chỉ một cuộc biểu quyết thông qua Biên bản; Biên bản ghi theo '\(first)'"
        case let .motionElectsEmptyBody(subject, body):
            "biểu quyết '\(subject)' bầu bodies.\(body), nhưng cơ quan này không có thành viên nào — bỏ '\(body)' khỏi 'elects' hoặc ghi thành viên vào bodies.\(body)"
        case let .bodyElectedByTwoVotes(body, first, second):
            "bodies.\(body) được bầu ở hai cuộc biểu quyết ('\(first)' và '\(second)') — mỗi cơ quan làm việc chỉ ghi trong 'elects' của một cuộc biểu quyết"
        case let .exclusionDisagreesWithList(election, reason, stated, listed, atMost):
            "cuộc bầu '\(election)': trừ \(stated) với lý do '\(reason)', nhưng danh sách triệu tập (delegates) có \(atMost ? "nhiều nhất " : "")\(listed) người thuộc trường hợp này — sửa số trừ hoặc danh sách"
        case let .firstMeetingCandidateNotOnCommittee(election, candidate):
            "cuộc bầu '\(election)': '\(candidate)' không trúng cử cấp ủy khóa mới — Hội nghị lần thứ nhất chỉ bầu Ban Thường vụ, Bí thư, Phó Bí thư, Chủ nhiệm Ủy ban Kiểm tra trong số cấp ủy viên"
        case let .firstMeetingMemberNotOnCommittee(person, role):
            "first_meeting.\(role): '\(person)' không trúng cử cấp ủy khóa mới — chủ trì và Ban Kiểm phiếu của Hội nghị lần thứ nhất là cấp ủy viên khóa mới"
        case let .firstMeetingNotDescribed(election):
            "cuộc bầu '\(election)' do Hội nghị lần thứ nhất của cấp ủy khóa mới tiến hành nhưng tệp không có mục 'first_meeting' (ngày, chủ trì, Ban Kiểm phiếu) — biên bản kiểm phiếu lấy ngày phiên chính thức và để trống Ban Kiểm phiếu"
        case let .electionHolderContradictsBody(election, body, stated):
            "cuộc bầu '\(election)': 'held_by: \(stated)' trái với cơ quan '\(body)' — Đại hội bầu cấp ủy và đại biểu đi dự đại hội cấp trên; Ban Thường vụ, Bí thư, Phó Bí thư, Ủy ban Kiểm tra và Chủ nhiệm do Hội nghị lần thứ nhất của cấp ủy khóa mới bầu (ở chi bộ, Đại hội bầu trực tiếp bí thư, phó bí thư khi cấp trên cho phép: settings.chi_bo_congress_elects_secretary)"
        case let .delegationSeatsNotAllocated(election, seats, allocated, kind):
            "cuộc bầu '\(election)': số lượng bầu \(seats) khác số đại biểu \(kind == "official" ? "chính thức" : "dự khuyết") cấp trên phân bổ (\(allocated), 'delegation.\(kind)') — số đại biểu đi dự đại hội cấp trên do cấp trên phân bổ, Đại hội không biểu quyết"
        case let .delegationNotAllocated(election):
            "cuộc bầu '\(election)' bầu đại biểu đi dự đại hội cấp trên nhưng tệp không có mục 'delegation' (số đại biểu chính thức, dự khuyết cấp trên phân bổ)"
        case let .alternateAlreadyOfficial(election, candidate):
            "cuộc bầu '\(election)': '\(candidate)' đã trúng cử đại biểu chính thức — không bầu lại làm đại biểu dự khuyết"
        case let .declaredBaseAboveCommittee(election, base, members):
            "cuộc bầu '\(election)': cơ sở tính tỷ lệ 'base: \(base)' lớn hơn \(members) ủy viên trúng cử cấp ủy khóa mới — tại Hội nghị lần thứ nhất, cơ sở tính là số cấp ủy viên"
        case let .scriptElectionNotHeldByCongress(item, election, reason):
            reason == "unknown"
                ? "mục '\(item)': không có cuộc bầu nào có id '\(election)' trong 'elections'"
                : "mục '\(item)': cuộc bầu '\(election)' do Hội nghị lần thứ nhất của cấp ủy khóa mới tiến hành, không phải Đại hội — kịch bản Đại hội chỉ công bố kết quả"
        case let .electionNotInScriptOnce(election, items):
            items == 0
                ? "cuộc bầu '\(election)' không có trong mục nào của chương trình ('elections:' của mục bầu cử) — kịch bản sẽ bỏ sót"
                : "cuộc bầu '\(election)' có trong \(items) mục của chương trình — mỗi cuộc bầu của Đại hội thuộc đúng một mục"
        case let .noSurplusOnCommitteeList(election, body, seats):
            "cuộc bầu '\(election)' (\(body)): danh sách bầu cử có \(seats) người, bằng số lượng cần bầu — danh sách bầu cử cấp ủy và ban thường vụ phải có số dư, nhiều hơn số lượng cần bầu (Quy định 190-QĐ/TW, Điều 14 khoản 1)"
        case let .firstMeetingAbsentNotOnCommittee(person):
            "first_meeting.absent: '\(person)' không trúng cử cấp ủy khóa mới — chỉ ghi cấp ủy viên khóa mới vắng mặt tại Hội nghị lần thứ nhất"
        case let .firstMeetingAbsentServes(person, role):
            "first_meeting.\(role): '\(person)' được ghi vắng mặt tại Hội nghị lần thứ nhất (first_meeting.absent) — người vắng mặt không chủ trì, không làm thư ký, không kiểm phiếu"
        case let .firstMeetingVoteExceedsPresent(vote, total, present):
            "first_meeting.\(vote): tán thành, không tán thành và không biểu quyết cộng lại \(total), nhiều hơn \(present) cấp ủy viên có mặt tại Hội nghị lần thứ nhất — tỷ lệ sẽ vượt 100%"
        case let .ballotsIssuedExceedMembersPresent(round, issued, present, members):
            "lần bầu \(round): số phiếu phát ra \(issued) lớn hơn \(present) cấp ủy viên có mặt tại Hội nghị lần thứ nhất (\(members) cấp ủy viên, trừ người vắng mặt trong first_meeting.absent)"
        case let .secretBallotsCollectedExceedIssued(vote, collected, issued):
            "\(vote.text(in: .vi)): số phiếu thu vào \(collected) nhiều hơn số phiếu phát ra \(issued)"
        case let .secretBallotsDoNotAddUp(vote, valid, invalid, collected):
            "\(vote.text(in: .vi)): phiếu hợp lệ \(valid) + không hợp lệ \(invalid) = \(Self.sum(valid, invalid)), khác số phiếu thu vào \(collected)"
        case let .secretVotesAboveValid(vote, what, votes, valid):
            "\(vote.text(in: .vi)): '\(what)' có \(votes) phiếu, nhiều hơn \(valid) phiếu hợp lệ — phiếu chỉ được đếm trên phiếu hợp lệ, mỗi phiếu một lần"
        case let .secretBallotsIssuedExceedVoters(vote, issued, voters):
            "\(vote.text(in: .vi)): phát ra \(issued) phiếu, nhiều hơn \(voters) người có quyền biểu quyết có mặt"
        case let .opinionPersonTwice(election, person):
            "cuộc bầu '\(election)': '\(person)' được xin ý kiến hai lần (vừa ứng cử, đề cử vừa xin rút, hoặc hai dòng) — mỗi người một dòng"
        case let .floorNomineeListMismatch(election, person, agree, needed, entered):
            entered
                ? "cuộc bầu '\(election)': '\(person)' được \(agree) phiếu đồng ý (cần ít nhất \(needed), hơn 30% số có mặt: QĐ 190-QĐ/TW Điều 14 khoản 3) nên được đưa vào danh sách, nhưng không có trong 'candidates'"
                : "cuộc bầu '\(election)': '\(person)' chỉ được \(agree) phiếu đồng ý (cần ít nhất \(needed), hơn 30% số có mặt: QĐ 190-QĐ/TW Điều 14 khoản 3) nên không được đưa vào danh sách, nhưng lại có trong 'candidates'"
        case let .withdrawalListMismatch(election, person, agree, needed, allowed):
            allowed
                ? "cuộc bầu '\(election)': '\(person)' được \(agree) phiếu đồng ý cho rút (cần ít nhất \(needed), thiết lập withdrawal_agree_percent) nên được rút khỏi danh sách, nhưng vẫn có trong 'candidates'"
                : "cuộc bầu '\(election)': '\(person)' chỉ được \(agree) phiếu đồng ý cho rút (cần ít nhất \(needed), thiết lập withdrawal_agree_percent) nên không được rút, nhưng không có trong 'candidates'"
        case let .draftSectionsExceedTotal(documents, sections, count):
            "góp ý '\(documents)': các phần, mục cộng lại \(sections) ý kiến, nhiều hơn tổng số \(count) ý kiến"
        case let .draftMembersExceedComments(documents, members, count):
            "góp ý '\(documents)': \(members) đồng chí có ý kiến nhưng chỉ có \(count) ý kiến — mỗi đồng chí có ý kiến góp ít nhất một ý kiến"
        case let .draftMembersExceedPresent(documents, members, present):
            "góp ý '\(documents)': \(members) đồng chí có ý kiến, nhiều hơn \(present) người dự đại hội"
        case let .templateError(template, detail):
            "lỗi mẫu '\(template)': \(detail)"
        case let .malformedOutput(template, detail):
            "mẫu '\(template)' sinh ra XHTML không hợp lệ: \(detail)"
        case let .outputWriteFailed(path, detail):
            "không ghi được '\(path)': \(detail)"
        case let .io(message):
            message.text(in: .vi)
        }
    }

    var english: String {
        switch self {
        case let .unreadableFile(path, detail):
            "cannot read file '\(path)': \(detail)"
        case let .yamlSyntax(detail):
            "YAML syntax error: \(detail)"
        case let .duplicateKey(key):
            "key '\(key)' appears twice in the same map"
        case .emptyDocument:
            "the file is empty — expected a map starting with 'schema: 1'"
        case let .wrongType(key, expected, found):
            "\(key.isEmpty ? "the document" : "'\(key)'") must be \(expected.name(in: .en)), found \(found.name(in: .en))"
        case let .missingKey(key):
            "missing required key '\(key)'"
        case let .unknownKey(key, suggestion?):
            "unknown key '\(key)' — did you mean '\(suggestion)'?"
        case let .unknownKey(key, nil):
            "unknown key '\(key)'"
        case let .invalidValue(key, allowed, found):
            "invalid value '\(found)' for '\(key)' — allowed: \(allowed.joined(separator: ", "))"
        case let .outOfRange(key, minimum, maximum?, found):
            "'\(key)' must be between \(minimum) and \(maximum), found \(found)"
        case let .outOfRange(key, minimum, nil, found):
            "'\(key)' must be at least \(minimum), found \(found)"
        case let .unsupportedSchema(found):
            "unsupported format version 'schema: \(found)' — only 1 is supported"
        case let .invalidID(id):
            "invalid person id '\(id)' — use lowercase letters without diacritics, digits, '-' and '_'"
        case let .duplicateID(id):
            "duplicate person id '\(id)' — each person needs an id of their own"
        case let .unknownPerson(id, suggestion?):
            "no person with id '\(id)' in 'people' — did you mean '\(suggestion)'?"
        case let .unknownPerson(id, nil):
            "no person with id '\(id)' in 'people'"
        case let .duplicateDelegate(id):
            "'\(id)' is summoned twice in 'delegates'"
        case let .impossibleDate(text):
            "invalid date '\(text)' — expected a real date YYYY-MM-DD"
        case let .invalidTime(text):
            "invalid time '\(text)' — expected HH:MM between 00:00 and 23:59"
        case let .invalidTerm(text):
            "invalid term '\(text)' — expected YYYY-YYYY with the end after the start"
        case let .countsDoNotAddUp(summoned, present, absent):
            "counts do not add up: present \(present) + absent \(absent) = \(Self.sum(present, absent)), not the \(summoned) summoned"
        case let .countsDisagreeWithList(figure, declared, listed):
            "declared '\(figure)' is \(declared), but the delegate list gives \(listed)"
        case let .fileReferenceOutsideFolder(path):
            "referenced file '\(path)' must be a relative path inside the congress file's folder"
        case let .referencedFileMissing(path):
            "cannot read referenced file '\(path)'"
        case let .refusedCharacter(key, scalar):
            Self.isNoncharacter(scalar)
                ? "'\(key)' contains \(scalar), a noncharacter that XML forbids, which is not allowed"
                : Self.isBidiControl(scalar)
                ? "'\(key)' contains the bidirectional control \(scalar) — the printed text would differ from the text seen; not allowed"
                : "'\(key)' contains the control character \(scalar), which is not allowed"
        case let .invalidDecimal(key, found):
            "'\(key)' must be a decimal number such as 10.66 or 78, found '\(found)'"
        case let .nonDecimalInteger(key, found, decimal):
            "'\(key)' must be an integer written in decimal\(decimal.map { " (\($0))" } ?? ""), found '\(found)'"
        case let .invalidBounds(key):
            "'\(key)' must be two integers [minimum, maximum], the first not above the second, such as [5, 7]"
        case let .notUTF8(path, "UTF-16"?):
            "file '\(path)' is saved as UTF-16 — save the file again as UTF-8 (Notepad: Save As… → Encoding: UTF-8)"
        case let .notUTF8(path, _):
            "file '\(path)' holds a byte that is not UTF-8 — save the file again as UTF-8"
        case let .symlinkOutsideFolder(path):
            "referenced file '\(path)' is (or lies under) a link leading outside the congress file's folder — not read"
        case let .notRegularFile(path, kind):
            "'\(path)' is \(kind.name(in: .en)), not a text file — not read"
        case .tabIndentation:
            "indentation with a tab character — use spaces, not tabs"
        case let .unquotedFlowValue(key, fragment):
            "the value of '\(key)' is cut at an unquoted ',' or ':', before '\(fragment)' — put the whole value in quotes, as \(key): \"…\""
        case let .combiningMarkRun(key, limit):
            "'\(key)' holds more than \(limit) combining marks in a row on one letter — not ordinary text (Unicode UAX #15)"
        case let .unclosedQuote(line?):
            "the quote opened here is not closed on its line (the next quote is on line \(line)) — close it at the end of the value"
        case .unclosedQuote(nil):
            "the quote opened here is never closed — close it at the end of the value"
        case let .fileTooLarge(path, maximumMiB):
            "file '\(path)' is larger than \(maximumMiB) MiB — not a congress file or report text"
        case let .votesBelowValidBallots(round, total, valid):
            "round \(round): \(total) votes in all, fewer than the \(valid) valid ballots — on a list with surplus a valid ballot keeps at least one name (a ballot striking every name is invalid, QĐ 244-QĐ/TW art. 17)"
        case let .aliasExpansion(anchor):
            "the YAML alias\(anchor.map { " '*\($0)'" } ?? "") repeats the value anchored here until the document is more than twice the file as written — not a congress file; write the values out instead of aliases"
        case let .foreignTag(key, tag):
            "'\(key)' carries the YAML tag '\(tag)', which the congress file does not use — drop the tag; put text with special characters in quotes"
        case let .missingPerformer(item):
            "item '\(item)' has no performer yet"
        case let .delegateWithoutDelegation(person, delegations):
            "delegate '\(person)' has no delegation while the others sit in \(delegations) delegations — add 'delegation'; the delegate list lists those without one apart"
        case let .delegationAtMembersCongress(person):
            "'\(person)': a members' congress (đại hội đảng viên) has no delegations — remove 'delegation'"
        case let .placeholderNotReplaced(key, placeholder):
            "'\(key)' still holds the placeholder \(placeholder) written by daihoi init — replace it with the real value (without « »)"
        case let .initFileExists(path):
            "'\(path)' exists — daihoi init overwrites no file; choose another folder, remove the file, or add --force (the old file is kept as .bak)"
        case let .membersBadValue(column, found, expected):
            "column '\(column)': '\(found)' is not valid — expected: \(expected)"
        case let .membersColumnMissing(column, columns):
            "the list has no column '\(column)' — its first row must name the columns: \(columns)"
        case let .membersDuplicate(name, firstRow):
            "'\(name)' is already on row \(firstRow) (same name and birth year) — one row per person"
        case let .initOverwritten(path, backup):
            "'\(path)' overwritten (--force); the old file is kept as '\(backup)'"
        case let .servePortInUse(port):
            "port \(port) is in use by another program — choose another with --port (e.g. --port \(port + 1))"
        case let .serveFailed(reason):
            "the preview server could not start: \(reason)"
        case let .templatesExportFileExists(path):
            "'\(path)' exists — daihoi templates export overwrites no file; choose another folder or add --force (the old file is kept as .bak)"
        case let .placeholderText(item, marker):
            "item '\(item)' still holds the placeholder '\(marker)' — the script is not final (every step needs its lines)"
        case let .scriptLate(deadline, daysLate, unfinished):
            "the script had to be final by \(deadline) (5 days before the congress, setting script_deadline_days) — \(daysLate) days late, \(unfinished) items unfinished"
        case let .scriptDeadline(deadline, daysLeft, unfinished):
            "\(daysLeft) days left until the script deadline (\(deadline))" + (unfinished > 0 ? "; \(unfinished) items unfinished" : "; the script is complete")
        case let .scheduleOverrun(session, minutes, plannedEnd, computedEnd):
            "the \(session) session ends at \(computedEnd) by its items' durations, \(minutes) minutes past its planned end \(plannedEnd)"
        case let .presidiumSize(count, min, max):
            "the presidium has \(count) members, outside \(min)–\(max) (setting presidium_size)"
        case let .reportTooLong(words, minutes, allotted, rate):
            "the political report has \(words) words, about \(minutes) minutes to read (\(rate) words/minute, setting speaking_rate), but the script gives it \(allotted) minutes"
        case let .surplusOutsidePreparedBand(election, percent):
            "election '\(election)': a surplus of \(percent), outside the 10–15 % the convening committee prepares (QĐ 190-QĐ/TW art. 14)"
        case let .surplusAboveMaximum(election, percent, maximum):
            "election '\(election)': a surplus of \(percent) exceeds the maximum \(maximum) % (QĐ 190-QĐ/TW art. 14)"
        case let .smallCommitteeSurplus(election, seats, candidates):
            "election '\(election)': a committee of \(seats) may have at most one extra candidate, the list has \(candidates)"
        case let .ballotsCollectedExceedIssued(round, collected, issued):
            "round \(round): \(collected) ballots collected, more than the \(issued) issued"
        case let .ballotsDoNotAddUp(round, valid, invalid, collected):
            "round \(round): valid \(valid) + invalid \(invalid) = \(Self.sum(valid, invalid)), not the \(collected) collected"
        case let .votesAboveValidBallots(round, candidate, votes, valid):
            "round \(round): '\(candidate)' has \(votes) votes, more than the \(valid) valid ballots"
        case let .votesExceedCapacity(round, total, valid, seats):
            "round \(round): \(total) votes in all, more than valid ballots × places (\(valid) × \(seats))"
        case let .negativeCount(field, value):
            "'\(field)' cannot be negative (\(value))"
        case let .candidateNotOpen(round, candidate):
            "round \(round): '\(candidate)' was not left open by the previous round"
        case let .duplicateCandidate(round, candidate):
            "round \(round): '\(candidate)' has two vote lines"
        case let .candidateNotOnList(candidate):
            "'\(candidate)' has votes but is not on the election's 'candidates' list"
        case let .votesAboveBase(round, candidate, votes, base):
            "round \(round): '\(candidate)' has \(votes) votes, more than the base of \(base) (QĐ 190-QĐ/TW art. 30)"
        case let .motionVotesExceedPresent(subject, inFavour, against, abstained, total, voters):
            "motion '\(subject)': for \(inFavour) + against \(against) + abstain \(abstained) = \(total), more than the \(voters) voters present — only those present vote, and probationary members have no vote (Party Statute, art. 3)"
        case let .emptyThresholdBase(election, summoned, excluded, base):
            "election '\(election)': \(excluded) excluded from the \(summoned) summoned leave a threshold base of \(base) — it must be above 0 (QĐ 190-QĐ/TW art. 30); no vote is judged against it"
        case let .emptySecretVoteBase(subject, summoned, excluded, base):
            "secret vote '\(subject)': \(excluded) excluded from the \(summoned) summoned leave a threshold base of \(base) — it must be above 0 (QĐ 190-QĐ/TW art. 30)"
        case let .entryLogDoesNotMatchCheckCode(election, round, stated, computed):
            "election '\(election)', round \(round): the entry log's SHA-256 is \(computed), not the check code '\(stated)' — the log file was edited or replaced; write it again with daihoi count, never by hand"
        case let .entryLogUnreadable(election, round, line):
            "election '\(election)', round \(round): the entry log's line \(line) is not in daihoi count's format (docs/count.md)"
        case let .entryLogOfAnotherRound(election, round, logElection, logRound):
            "election '\(election)', round \(round): the entry log file is that of election '\(logElection)', round \(logRound)"
        case let .secondResolutionVote(subject, first):
            "motion '\(subject)' is also marked resolution: true — only one vote adopts the resolution; it follows '\(first)'"
        case let .blankName(key):
            "'\(key)' is blank — the congress papers need a full name"
        case let .invalidIdentifier(key, id):
            "invalid id '\(id)' in '\(key)' — use lowercase letters without diacritics, digits, '-' and '_' (ids also name files)"
        case let .duplicateIdentifier(key, id):
            "id '\(id)' appears twice in '\(key)' — each entry needs an id of its own"
        case let .personTwiceInList(person, list):
            "'\(person)' appears twice in '\(list)' — list each person once"
        case let .emptyBody(body, key):
            "the \(body) has no members ('\(key)' is empty) — the congress must elect it"
        case let .absentServing(person, role):
            "'\(person)' is absent from the congress but listed in '\(role)' — an absent member cannot serve there"
        case let .candidateOnCountingBoard(election, candidate):
            "election '\(election)': '\(candidate)' sits on the vote-counting board — a member of the board may not be on the candidate list (QĐ 190-QĐ/TW)"
        case let .probationaryCandidate(election, candidate):
            "election '\(election)': '\(candidate)' is a probationary member — probationary members may not stand for election (Party Statute, art. 3)"
        case let .fewerCandidatesThanSeats(election, candidates, seats):
            "election '\(election)': \(candidates) candidates for \(seats) places — the list needs at least as many candidates as places (QĐ 190-QĐ/TW art. 14)"
        case let .candidateWithoutVotes(round, candidate):
            "round \(round): '\(candidate)' is on the candidate list but has no vote figure — give every candidate's votes (0 included)"
        case let .ballotsIssuedExceedVoters(round, issued, voters):
            "round \(round): \(issued) ballots issued, more than the \(voters) voters present — ballots go to those with a vote only; probationary members do not vote (Party Statute, art. 3)"
        case let .noMembers(figure):
            switch figure {
            case "summoned": "nobody is summoned to the congress — it needs members"
            case "present": "nobody is present at the congress — it cannot sit"
            default: "no official member is present — probationary members neither vote nor elect (Party Statute, art. 3), so the congress cannot vote"
            }
        case let .itemPastMidnight(item, end):
            "item '\(item)' ends after midnight (minute \(end) of its day) — a session is held within one day; shorten it or move it to another day"
        case let .declaredBaseAboveOfficial(election, base, official):
            "election '\(election)': the threshold base 'base: \(base)' is more than the \(official) official members (delegates) summoned — the base counts official members only, never probationary ones (QĐ 190-QĐ/TW art. 30; Party Statute, art. 3)"
        case let .roundAfterComplete(election, round):
            "election '\(election)': round \(round) comes after every place was filled — it would not be counted; remove it or correct the round before"
        case let .invalidReasonsDoNotAddUp(round, reasons, invalid):
            "round \(round): the invalid-ballot reasons add up to \(reasons), not the \(invalid) invalid ballots"
        case let .incumbentNotOnList(election, person):
            "election '\(election)': '\(person)' is listed in 'incumbents' but not on the candidate list — 'incumbents' names outgoing members who are on the list"
        case let .ballotsIssuedExceedCommittee(round, issued, members):
            "round \(round): \(issued) ballots issued, more than the \(members) members of the new committee — at its first meeting only its members vote"
        case let .closedBeforeStart(session, closedAt, start):
            "the \(session) session: its closing time 'closed_at' \(closedAt) is before its start \(start) — give the actual closing time, on the same day"
        case let .closingTimeMissing(date, asOf):
            "the congress met on \(date) (as of \(asOf)) but the official session has no actual closing time 'closed_at' — the minutes record the actual closing time, never the planned end; without it the minutes cannot be written"
        case let .electionNotCounted(election):
            "the congress has closed ('closed_at') but the election '\(election)' has no count ('rounds' is empty) — enter each round's figures in 'rounds' (or use 'vote_count_results', written by daihoi count); without them the vote-count minutes and the results papers cannot be written"
        case let .openedBeforeFlag(item, flag):
            "item '\(item)' comes before '\(flag)' — a congress opens with the flag ceremony, then the statement of purpose and the opening speech; move the flag ceremony to the start of the session"
        case let .noBreakInSession(session, minutes, maximum, from, to):
            "the \(session) session runs \(minutes) minutes on end (\(from) to \(to)) without a break item (kind: break — nghỉ giải lao, nghỉ trưa), over \(maximum) minutes (setting maximum_minutes_without_break)"
        case let .guestAssigned(item, person):
            "item '\(item)': performer '\(person)' is a guest — a guest is invited, not assigned (and gets no assignment sheet); write invited: \(person) and make the performer the chair who reads the invitation"
        case let .invitedNotAGuest(item, person):
            "item '\(item)': invited: '\(person)' is not among the guests — add them to guests, or make them the performer"
        case let .voteCalledBeforeNames(item, found):
            "item '\(item)': the lines call the vote ('\(found)') before the names are read — the script reads the bodies' names and then calls the vote; keep in lines only what is said before the names"
        case let .bodyElectedByTwoItems(body, item, first):
            "item '\(item)' elects '\(body)' again, already elected at item '\(first)' — each body is read and voted in one item only; fix the bodies: of one of them"
        case let .credentialsBoardAtMembersCongress(count):
            "a đại hội đảng viên elects no credentials board (QĐ 29-QĐ/TW item 12.2), but bodies.credentials has \(count) members — remove bodies.credentials (the convening committee reports on the members attending), or set kind to dai-bieu if this is a delegates' congress"
        case let .chiBoDelegatesCongress(level):
            "level '\(level)' is a chi bộ: a chi bộ holds a members' congress (đại hội đảng viên), not a delegates' congress — check kind (dang-vien) or level"
        case let .termLengthForLevel(level, term, years, expected):
            "term \(term) lasts \(years) years, but level '\(level)' has a term of \(expected) years (Party Statute: a chi bộ under a grassroots committee meets twice in five years, any other organisation once in five years)"
        case let .exclusionReasonOfOtherKind(election, reason, kind):
            "election '\(election)': exclusion reason '\(reason)' applies only at a \(kind) (election rules, threshold base by kind of congress)"
        case let .exclusionReasonNotStandard(election, reason, codes):
            "election '\(election)': exclusion reason '\(reason)' is not one the election rules allow to leave out of the threshold base — use a code: \(codes)"
        case let .scriptCardOfOtherKind(item, found, expected):
            "item '\(item)': its lines say '\(found)', but this congress votes by '\(expected)' (from congress.kind)"
        case let .secondWorkingRulesVote(subject, first):
            "motion '\(subject)' is also marked working_rules: true — only one vote adopts the working rules; they follow '\(first)'"
        case let .secondMinutesVote(subject, first):
            "motion '\(subject)' is also marked minutes: true — only one vote approves the minutes; they follow '\(first)'"
        case let .motionElectsEmptyBody(subject, body):
            "motion '\(subject)' elects bodies.\(body), which has no members — drop '\(body)' from 'elects' or list its members under bodies.\(body)"
        case let .bodyElectedByTwoVotes(body, first, second):
            "bodies.\(body) is elected by two motions ('\(first)' and '\(second)') — name each working body in the 'elects' of one motion"
        case let .exclusionDisagreesWithList(election, reason, stated, listed, atMost):
            "election '\(election)': \(stated) excluded as '\(reason)', but the list of those summoned (delegates) has \(atMost ? "at most " : "")\(listed) such — correct the count or the list"
        case let .firstMeetingCandidateNotOnCommittee(election, candidate):
            "election '\(election)': '\(candidate)' was not elected to the new committee — its first meeting elects the standing committee, secretary, deputies and inspection chair from among its members"
        case let .firstMeetingMemberNotOnCommittee(person, role):
            "first_meeting.\(role): '\(person)' was not elected to the new committee — the first meeting's chair and counting board are its members"
        case let .firstMeetingNotDescribed(election):
            "election '\(election)' is held by the new committee's first meeting, but the file has no 'first_meeting' section (date, chair, counting board) — the vote-count minutes take the official session's day and leave the board empty"
        case let .electionHolderContradictsBody(election, body, stated):
            "election '\(election)': 'held_by: \(stated)' contradicts the body '\(body)' — the congress elects the committee and the delegation to the upper congress; the standing committee, secretary, deputies, inspection commission and its chair are elected by the new committee's first meeting (at a chi bộ the congress may elect the secretary and deputy when the superior allows: settings.chi_bo_congress_elects_secretary)"
        case let .delegationSeatsNotAllocated(election, seats, allocated, kind):
            "election '\(election)': \(seats) places, not the \(allocated) \(kind) delegates allocated from above ('delegation.\(kind)') — the number is allocated, not voted by the congress"
        case let .delegationNotAllocated(election):
            "election '\(election)' elects delegates to the upper congress, but the file has no 'delegation' section (official and alternate delegates allocated from above)"
        case let .alternateAlreadyOfficial(election, candidate):
            "election '\(election)': '\(candidate)' was already elected official delegate — not a candidate for alternate"
        case let .declaredBaseAboveCommittee(election, base, members):
            "election '\(election)': the threshold base 'base: \(base)' is more than the \(members) members elected to the new committee — at its first meeting the base is its members"
        case let .scriptElectionNotHeldByCongress(item, election, reason):
            reason == "unknown"
                ? "item '\(item)': no election has the id '\(election)' in 'elections'"
                : "item '\(item)': election '\(election)' is held by the new committee's first meeting, not the congress — the congress's script only announces its result"
        case let .electionNotInScriptOnce(election, items):
            items == 0
                ? "election '\(election)' is named by no programme item (an election item's 'elections:') — the script would skip it"
                : "election '\(election)' is named by \(items) programme items — each election of the congress belongs to exactly one"
        case let .noSurplusOnCommitteeList(election, body, seats):
            "election '\(election)' (\(body)): the list has \(seats) candidates, as many as the places — a list for the committee or its standing committee must have more candidates than places (Quy định 190-QĐ/TW, Article 14.1)"
        case let .firstMeetingAbsentNotOnCommittee(person):
            "first_meeting.absent: '\(person)' was not elected to the new committee — list only its members absent from the first meeting"
        case let .firstMeetingAbsentServes(person, role):
            "first_meeting.\(role): '\(person)' is recorded absent from the first meeting (first_meeting.absent) — an absent member neither chairs, keeps the minutes nor counts"
        case let .firstMeetingVoteExceedsPresent(vote, total, present):
            "first_meeting.\(vote): for, against and abstaining add up to \(total), more than the \(present) committee members present at the first meeting — its share would pass 100%"
        case let .ballotsIssuedExceedMembersPresent(round, issued, present, members):
            "round \(round): \(issued) ballots issued, more than the \(present) committee members present at the first meeting (\(members) members less those in first_meeting.absent)"
        case let .secretBallotsCollectedExceedIssued(vote, collected, issued):
            "\(vote.text(in: .en)): \(collected) ballots collected, more than the \(issued) issued"
        case let .secretBallotsDoNotAddUp(vote, valid, invalid, collected):
            "\(vote.text(in: .en)): valid \(valid) + invalid \(invalid) = \(Self.sum(valid, invalid)), not the \(collected) collected"
        case let .secretVotesAboveValid(vote, what, votes, valid):
            "\(vote.text(in: .en)): '\(what)' has \(votes) ballots, more than the \(valid) valid ones — only valid ballots count, each once"
        case let .secretBallotsIssuedExceedVoters(vote, issued, voters):
            "\(vote.text(in: .en)): \(issued) ballots issued, more than the \(voters) voters present"
        case let .opinionPersonTwice(election, person):
            "election '\(election)': '\(person)' is asked about twice (nominated and withdrawing, or two lines) — one line per person"
        case let .floorNomineeListMismatch(election, person, agree, needed, entered):
            entered
                ? "election '\(election)': '\(person)' has \(agree) ballots agreeing (at least \(needed) needed, more than 30% of those present: QĐ 190-QĐ/TW art. 14.3), so enters the list, but is not on 'candidates'"
                : "election '\(election)': '\(person)' has only \(agree) ballots agreeing (at least \(needed) needed, more than 30% of those present: QĐ 190-QĐ/TW art. 14.3), so does not enter the list, but is on 'candidates'"
        case let .withdrawalListMismatch(election, person, agree, needed, allowed):
            allowed
                ? "election '\(election)': '\(person)' has \(agree) ballots agreeing to the withdrawal (at least \(needed) needed, setting withdrawal_agree_percent), so withdraws, but is still on 'candidates'"
                : "election '\(election)': '\(person)' has only \(agree) ballots agreeing to the withdrawal (at least \(needed) needed, setting withdrawal_agree_percent), so stays, but is not on 'candidates'"
        case let .draftSectionsExceedTotal(documents, sections, count):
            "comments on '\(documents)': the sections add up to \(sections) comments, more than the \(count) in all"
        case let .draftMembersExceedComments(documents, members, count):
            "comments on '\(documents)': \(members) members commented but there are only \(count) comments — each made at least one"
        case let .draftMembersExceedPresent(documents, members, present):
            "comments on '\(documents)': \(members) members commented, more than the \(present) at the congress"
        case let .templateError(template, detail):
            "template '\(template)': \(detail)"
        case let .malformedOutput(template, detail):
            "template '\(template)' produced ill-formed XHTML: \(detail)"
        case let .outputWriteFailed(path, detail):
            "cannot write '\(path)': \(detail)"
        case let .io(message):
            message.text(in: .en)
        }
    }
}

private extension Message {
    /// Whether a refused character (named "U+XXXX") is one of the noncharacters XML forbids rather than a
    /// control character: the two are worded differently.
    static func isNoncharacter(_ scalar: String) -> Bool {
        scalar == "U+FFFE" || scalar == "U+FFFF"
    }

    /// The embedding, override and isolate controls U+202A–U+202E, U+2066–U+2069 (written `U+202E`).
    static func isBidiControl(_ scalar: String) -> Bool {
        ["U+202A", "U+202B", "U+202C", "U+202D", "U+202E", "U+2066", "U+2067", "U+2068", "U+2069"].contains(scalar)
    }
}
