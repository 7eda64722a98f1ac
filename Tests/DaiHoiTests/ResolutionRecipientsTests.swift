import CongressModel
import DaiHoi
import DocumentTree
import Derive
import Foundation
import Load
import Testing
import TestSupport

/// Nơi nhận of the resolution (box 9a of 36-HD/VPTW), read from the rendered paper: the superior committee
/// "(để báo cáo)", those who carry it out (a setting, defaults by level), the file copy — beside the signature.
struct ResolutionRecipientsTests {
    private static func sample(_ name: String) throws -> Congress {
        let file = Repository.root.appendingPathComponent("Samples/\(name)/congress.yaml").path
        let loaded = CongressLoader().load(file: file)
        return try #require(loaded.congress, "\(loaded.diagnostics)")
    }

    /// The paragraphs of the Nơi nhận block, and the cells of the row that holds it (recipients, then the signer).
    private static func recipients(_ congress: Congress) throws -> [String] {
        let renderer = try Pipeline(templateFolder: Repository.templates).makeRenderer()
        let document = try renderer.render(DocumentKind.resolution.templateName, documentName: "resolution",
                                           value: DocumentKind.resolution.viewModel(for: congress), profile: .hd36_2018)
        let block = try #require(document.body.lazy.compactMap { Self.find(in: $0, class: "recipients") }.first)
        // The block sits in the first cell of the signature row, the signer in the second.
        let row = try #require(document.body.lazy.compactMap { Self.find(in: $0, class: "signatures") }.first)
        #expect(Node.element(row).textContent.contains("Nơi nhận:"))
        return block.children.compactMap { node -> String? in
            guard case .element(let p) = node, p.name == "p" else { return nil }
            return node.textContent
        }
    }

    private static func find(in node: Node, class name: String) -> Element? {
        guard case .element(let element) = node else { return nil }
        if element.hasClass(name) { return element }
        return element.children.lazy.compactMap { find(in: $0, class: name) }.first
    }

    @Test func chiBoSendsUpToTheWardCommitteeAndFilesWithTheChiBo() throws {
        #expect(try Self.recipients(Self.sample("chi-bo-khu-pho-3")) == [
            "Nơi nhận:", "- Đảng ủy phường Quang Trung (để báo cáo),", "- Đảng viên trong chi bộ,", "- Lưu Chi bộ.",
        ])
    }

    @Test func districtSendsUpToTheProvincialCommitteeAndFilesWithTheOffice() throws {
        #expect(try Self.recipients(Self.sample("hung-ha")) == [
            "Nơi nhận:", "- Tỉnh ủy Thái Bình (để báo cáo),", "- Các tổ chức cơ sở đảng trực thuộc,", "- Lưu Văn phòng.",
        ])
    }

    @Test func grassrootsPartyCommitteeSendsToItsChiBo() throws {
        var congress = try Self.sample("chi-bo-khu-pho-3")
        congress.organisation.level = .dangBoCoSo
        congress.organisation.superior = "Đảng bộ thành phố Thái Bình"
        #expect(try Self.recipients(congress) == [
            "Nơi nhận:", "- Thành ủy Thái Bình (để báo cáo),", "- Các chi bộ trực thuộc,", "- Lưu Văn phòng.",
        ])
        // A superior written as its committee already is kept as written.
        congress.organisation.superior = "Ban Thường vụ Thành ủy Thái Bình"
        #expect(try Self.recipients(congress).dropFirst().first == "- Ban Thường vụ Thành ủy Thái Bình (để báo cáo),")
    }

    @Test func theRecipientsBetweenAreASetting() throws {
        let yaml = Fixture.minimal + "\nsettings: {resolution_recipients: [Các đồng chí Chi ủy viên, Đảng viên trong chi bộ]}\n"
        let loaded = CongressLoader().load(text: yaml, file: "congress.yaml")
        let congress = try #require(loaded.congress, "\(loaded.diagnostics)")
        let lines = try Self.recipients(congress)
        #expect(lines.dropFirst(2).dropLast() == ["- Các đồng chí Chi ủy viên,", "- Đảng viên trong chi bộ,"], "\(lines)")
    }
}
