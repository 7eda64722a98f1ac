import DaiHoi
import Derive
import Foundation
import Load
import Testing
import TestSupport
import PDFWriting

/// `render --doc dossier` (issue 14): every paper the data makes, numbered in the order of the congress under file
/// names that sort in that order, the index listing them, the papers that cannot be made named with the keys
/// that would make them, and the exit code 0 only when no required paper is missing.
@Suite(.serialized) struct DossierTests {
    /// The dossier of each sample, file by file, in the order a file list sorts them.
    static let expected: [String: [String]] = [
        "chi-bo-khu-pho-3": [
            "00-muc-luc-ho-so-dai-hoi", "01-chuong-trinh-dai-hoi", "02-quy-che-lam-viec-cua-dai-hoi", "03-kich-ban-dieu-hanh-dai-hoi",
            "04-bang-phan-cong", "05-danh-sach-dang-vien-du-dai-hoi", "06-giay-trieu-tap-giay-moi", "07-bao-cao-tinh-hinh-dang-vien-du-dai-hoi",
            "08-dien-van-khai-mac", "09-bao-cao-chinh-tri", "10-bao-cao-kiem-diem-su-lanh-dao-chi-dao-cua-cap-uy", "11-bao-cao-tong-hop-y-kien-gop-y-du-thao-van-kien",
            "12-to-trinh-nhan-su-va-danh-sach-trich-ngang", "13-phieu-xin-y-kien", "14-bien-ban-kiem-phieu-xin-y-kien", "15-the-le-bau-cu",
            "16-phieu-bau-cu", "17-bien-ban-kiem-dem-cua-to-kiem-phieu", "18-bien-ban-kiem-phieu", "19-phieu-bieu-quyet",
            "20-bien-ban-kiem-phieu-bieu-quyet", "21-nghi-quyet-dai-hoi", "22-dien-van-be-mac", "23-bien-ban-dai-hoi",
            "24-to-trinh-de-nghi-chuan-y-ket-qua-bau-cu", "25-bao-cao-ket-qua-dai-hoi", "26-thong-bao-ket-qua-dai-hoi",
        ],
        "dang-bo-xa-tan-lap": [
            "00-muc-luc-ho-so-dai-hoi", "01-chuong-trinh-dai-hoi", "02-quy-che-lam-viec-cua-dai-hoi", "03-kich-ban-dieu-hanh-dai-hoi",
            "04-bang-phan-cong", "05-danh-sach-dai-bieu-du-dai-hoi", "06-giay-trieu-tap-giay-moi", "07-bao-cao-tham-tra-tu-cach-dai-bieu",
            "08-dien-van-khai-mac", "09-bao-cao-chinh-tri", "10-bao-cao-kiem-diem-su-lanh-dao-chi-dao-cua-cap-uy", "11-bao-cao-tong-hop-y-kien-gop-y-du-thao-van-kien",
            "12-to-trinh-nhan-su-va-danh-sach-trich-ngang", "13-the-le-bau-cu", "14-phieu-bau-cu", "15-bien-ban-kiem-dem-cua-to-kiem-phieu",
            "16-bien-ban-kiem-phieu", "17-bien-ban-hoi-nghi-lan-thu-nhat-cua-cap-uy-khoa-moi", "18-nghi-quyet-dai-hoi", "19-dien-van-be-mac",
            "20-bien-ban-dai-hoi", "21-to-trinh-de-nghi-chuan-y-ket-qua-bau-cu", "22-bao-cao-ket-qua-dai-hoi", "23-thong-bao-ket-qua-dai-hoi",
        ],
        "hung-ha": [
            "00-muc-luc-ho-so-dai-hoi", "01-chuong-trinh-dai-hoi", "02-quy-che-lam-viec-cua-dai-hoi", "03-kich-ban-dieu-hanh-dai-hoi",
            "04-bang-phan-cong", "05-danh-sach-dai-bieu-du-dai-hoi", "06-giay-trieu-tap-giay-moi", "07-bao-cao-tham-tra-tu-cach-dai-bieu",
            "08-dien-van-khai-mac", "09-bao-cao-chinh-tri", "10-bao-cao-kiem-diem-su-lanh-dao-chi-dao-cua-cap-uy", "11-bao-cao-tong-hop-y-kien-gop-y-du-thao-van-kien",
            "12-to-trinh-nhan-su-va-danh-sach-trich-ngang", "13-phieu-xin-y-kien", "14-bien-ban-kiem-phieu-xin-y-kien", "15-the-le-bau-cu",
            "16-phieu-bau-cu", "17-bien-ban-kiem-dem-cua-to-kiem-phieu", "18-bien-ban-kiem-phieu", "19-bien-ban-hoi-nghi-lan-thu-nhat-cua-cap-uy-khoa-moi",
            "20-nghi-quyet-dai-hoi", "21-dien-van-be-mac", "22-bien-ban-dai-hoi", "23-to-trinh-de-nghi-chuan-y-ket-qua-bau-cu",
            "24-bao-cao-ket-qua-dai-hoi", "25-thong-bao-ket-qua-dai-hoi",
        ],
    ]

    @Test(arguments: Repository.sampleFiles().map(\.name))
    func eachSampleFilesItsPapersInTheOrderOfTheCongress(sample: String) throws {
        let file = Repository.samples.appendingPathComponent(sample).appendingPathComponent("congress.yaml").path
        let out = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let report = Pipeline(templateFolder: Repository.templates).renderDossier(file: file, formats: [.html], outputDirectory: out.path)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == (Self.expected[sample] ?? []).map { "\($0).html" })
        // The same papers, byte for byte, as `render` writes them under their own names.
        let plain = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: plain) }
        _ = Pipeline(templateFolder: Repository.templates).render(file: file, documents: [.resolution], formats: [.html], outputDirectory: plain.path)
        let resolution = try #require(names.first { $0.hasSuffix("nghi-quyet-dai-hoi.html") })
        #expect(try Data(contentsOf: out.appendingPathComponent(resolution)) == Data(contentsOf: plain.appendingPathComponent("resolution.html")))
        // The index lists each paper under the number its file name starts with, in the same order.
        let index = try String(contentsOf: out.appendingPathComponent("00-muc-luc-ho-so-dai-hoi.html"), encoding: .utf8)
        let congress = try #require(CongressLoader().load(file: file).congress)
        let plan = DossierPlan(congress)
        #expect(plan.papers.map { "\($0.fileName).html" } == Array(names.dropFirst()))
        var cursor = index.startIndex
        for paper in plan.papers {
            let row = try #require(index.range(of: "<td class=\"num\">\(paper.number)</td>", range: cursor..<index.endIndex))
            let listed = try #require(index.range(of: "<td>\(paper.title)</td>", range: row.upperBound..<index.endIndex), "\(paper.title)")
            let between = index[row.upperBound..<listed.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(between.isEmpty, "\(paper.title) right after its number")
            #expect(paper.fileName.hasPrefix(paper.number < 10 ? "0\(paper.number)-" : "\(paper.number)-"))
            cursor = listed.upperBound
        }
        #expect(!index.contains("Tài liệu chưa có"), "every paper the samples need is made")
        assertGolden(index, named: "\(sample)/dossier-index.html", in: Self.goldenFolder)
    }

    @Test func missingPapersAreListedWithTheKeysThatMakeThemAndRequiredOnesFail() throws {
        let file = try Fixture.write(Fixture.minimal)
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CLI.run(["render", file.path, "--doc", "dossier", "-o", out.path])
        #expect(result.status == 1, "\(result.stderr)")
        for line in [
            "lỗi [DH420]: hồ sơ đại hội thiếu báo cáo chính trị ('report'), tài liệu bắt buộc: dữ liệu cần khóa `political_report` hoặc `targets`",
            "lỗi [DH420]: hồ sơ đại hội thiếu tờ trình nhân sự và danh sách trích ngang ('nominations'), tài liệu bắt buộc: dữ liệu cần khóa `elections`",
            "lỗi [DH420]: hồ sơ đại hội thiếu thể lệ bầu cử ('election-rules'), tài liệu bắt buộc: dữ liệu cần khóa `elections`",
            "lỗi [DH420]: hồ sơ đại hội thiếu phiếu bầu cử ('ballots'), tài liệu bắt buộc: dữ liệu cần khóa `elections`",
            "lỗi [DH420]: hồ sơ đại hội thiếu biên bản kiểm phiếu ('vote-count'), tài liệu bắt buộc: dữ liệu cần khóa `elections[].rounds`",
            "lỗi [DH420]: hồ sơ đại hội thiếu nghị quyết đại hội ('resolution'), tài liệu bắt buộc: dữ liệu cần khóa `resolution` hoặc `political_report` hoặc `targets`",
            "ghi chú [DH421]: hồ sơ đại hội chưa có (không bắt buộc):\n  – diễn văn khai mạc: cần `sessions.official.items` hoặc `speeches.opening`\n  – báo cáo tổng hợp ý kiến góp ý dự thảo văn kiện: cần `draft_comments`\n  – biên bản Hội nghị lần thứ nhất của cấp ủy khóa mới: cần `elections[].rounds`\n  – diễn văn bế mạc",
        ] {
            #expect(result.stderr.contains(line), "\(line)\n\(result.stderr)")
        }
        // What the data makes is still written, numbered without gaps; the index names what is missing.
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == ["00-muc-luc-ho-so-dai-hoi.html", "01-chuong-trinh-dai-hoi.html", "02-quy-che-lam-viec-cua-dai-hoi.html",
                          "03-kich-ban-dieu-hanh-dai-hoi.html", "04-bang-phan-cong.html", "05-danh-sach-dang-vien-du-dai-hoi.html",
                          "06-giay-trieu-tap-giay-moi.html", "07-bao-cao-tinh-hinh-dang-vien-du-dai-hoi.html", "08-bien-ban-dai-hoi.html"])
        let index = try String(contentsOf: out.appendingPathComponent("00-muc-luc-ho-so-dai-hoi.html"), encoding: .utf8)
        #expect(index.contains("<h2>Tài liệu chưa có</h2>"))
        #expect(index.contains("– Báo cáo chính trị <strong>(bắt buộc)</strong>: cần dữ liệu political_report hoặc targets."))
        #expect(index.contains("– Biên bản Hội nghị lần thứ nhất của cấp ủy khóa mới: cần dữ liệu elections[].rounds."))
        let en = try CLI.run(["render", file.path, "--doc", "dossier", "-o", out.path, "--lang", "en"])
        #expect(en.status == 1)
        #expect(en.stderr.contains("error [DH420]: the congress dossier lacks the phiếu bầu cử ('ballots'), which it requires: the data needs the key `elections`"),
                "\(en.stderr)")
    }

    @Test func aDossierRequiringOnlyWhatTheDataMakesSucceeds() throws {
        let file = try Fixture.write(Fixture.minimal + "settings:\n  dossier_required: [script, minutes]\n")
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CLI.run(["render", file.path, "--doc", "dossier", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("[DH420]"))
        #expect(result.stderr.contains("ghi chú [DH421]: hồ sơ đại hội chưa có (không bắt buộc):\n  – diễn văn khai mạc: cần `sessions.official.items` hoặc `speeches.opening`\n  – báo cáo chính trị: cần `political_report` hoặc `targets`\n  – báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của cấp ủy: cần `committee_review`\n  – báo cáo tổng hợp ý kiến góp ý dự thảo văn kiện: cần `draft_comments`\n  – tờ trình nhân sự và danh sách trích ngang: cần `elections`\n  – thể lệ bầu cử: cần `elections`\n  – phiếu bầu cử"),
                "\(result.stderr)")
        // Requiring a paper the data cannot make fails again.
        let strict = try Fixture.write(Fixture.minimal + "settings:\n  dossier_required: [script, ballots]\n")
        let failed = try CLI.run(["render", strict.path, "--doc", "dossier", "-o", out.path])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("[DH420]: hồ sơ đại hội thiếu phiếu bầu cử ('ballots')"), "\(failed.stderr)")
        #expect(!failed.stderr.contains("thiếu báo cáo chính trị"), "only the papers the setting names are required")
    }

    @Test func aRequiredNameThatIsNoPaperIsRefusedWhereItStands() throws {
        let yaml = Fixture.minimal + "settings:\n  dossier_required: [script, minutse]\n"
        let file = try Fixture.write(yaml)
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CLI.run(["render", file.path, "--doc", "dossier", "-o", out.path])
        #expect(result.status == 1)
        let line = yaml.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        #expect(result.stderr.contains("congress.yaml:\(line):"), "\(result.stderr)")
        #expect(result.stderr.contains("[DH107]: giá trị 'minutse' của 'settings.dossier_required[2]' không hợp lệ — chỉ chấp nhận: programme, working-rules, script, assignments"),
                "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written")
    }

    @Test("with --format pdf the index gives each paper's page count, as pdfinfo reads it, and their total",
          .enabled(if: LibreOfficeTools.ready, LibreOfficeTools.reason))
    func theIndexCountsThePrintedPages() throws {
        let file = try Fixture.write(Fixture.minimal + "settings:\n  dossier_required: [script]\n")
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CLI.run(["render", file.path, "--doc", "dossier", "--format", "pdf", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        // The numbered files: the index, then the papers (the merged ho-so-dai-hoi.pdf is DossierMergedPDFTests').
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted().filter { $0.first!.isNumber }
        #expect(names.first == "00-muc-luc-ho-so-dai-hoi.pdf")
        var total = 0
        var counts: [Int] = []
        for name in names.dropFirst() {
            let info = try run("pdfinfo", [out.appendingPathComponent(name).path]).output
            let pages = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
                .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) })
            #expect(PDFPageCount.count(at: out.appendingPathComponent(name)) == pages, "\(name)")
            counts.append(pages)
            total += pages
        }
        let index = try run("pdftotext", ["-layout", out.appendingPathComponent(names[0]).path, "-"]).output
        let rows = index.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        for (offset, pages) in counts.enumerated() {
            #expect(rows.contains { $0.first == "\(offset + 1)" && $0.last == "\(pages)" }, "row \(offset + 1): \(index)")
        }
        #expect(rows.contains { $0.starts(with: ["Tổng", "số", "trang"]) && $0.last == "\(total)" }, "\(index)")
    }

    @Test func pagesAreCountedFromThePDFItself() {
        let pdf = """
        %PDF-1.4
        1 0 obj <</Type /Pages /Kids [2 0 R 3 0 R 4 0 R] /Count 3>> endobj
        2 0 obj <</Type/Page/Parent 1 0 R>> endobj
        3 0 obj <</Type /Page /Parent 1 0 R>> endobj
        4 0 obj <</Parent 1 0 R /Type
        /Page>> endobj
        5 0 obj <</Type /PageLabel>> endobj
        %%EOF
        """
        #expect(PDFPageCount.count(Data(pdf.utf8)) == 3)
        #expect(PDFPageCount.count(Data("<html/>".utf8)) == nil)
        #expect(PDFPageCount.count(Data("%PDF-1.4\n%%EOF".utf8)) == nil)
    }

    @Test func fileNamesReadAsVietnameseWithoutDiacritics() {
        #expect(Dossier.fileName(number: 1, title: "Chương trình Đại hội") == "01-chuong-trinh-dai-hoi")
        #expect(Dossier.fileName(number: 12, title: "Thể lệ bầu cử (quy chế)") == "12-the-le-bau-cu-quy-che")
        #expect(Dossier.fileName(number: 3, title: "Danh sách trích ngang — Ủy ban Kiểm tra") == "03-danh-sach-trich-ngang-uy-ban-kiem-tra")
    }

    private static var goldenFolder: String {
        Repository.root.appendingPathComponent("Tests/DaiHoiTests/Golden").path
    }
}
