import ArgumentParser
import CongressModel
import DaiHoi
import Diagnostics
import Foundation

/// `daihoi init [DIR]` — write a congress file to start from (``CongressSkeleton``); over an existing file only
/// with `--force`, which keeps the old one as `.bak` (DH465).
struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: CLILanguage.help.initAbstract,
                             discussion: CLILanguage.help.initDiscussion)
    }

    @Argument(help: ArgumentHelp(CLILanguage.help.initFolder, valueName: "dir"))
    var folder: String = "."

    @Option(name: .long, help: ArgumentHelp(CLILanguage.help.initKind, valueName: "kind"))
    var kind: InitKind = .daiHoiDangVien

    @Option(name: .long, help: ArgumentHelp(CLILanguage.help.initLevel, valueName: "level"))
    var level: OrganisationLevel?

    @Option(name: .long, help: ArgumentHelp(CLILanguage.help.initMembers, valueName: "csv"))
    var members: String?

    @Flag(name: .long, help: ArgumentHelp(CLILanguage.help.initForce))
    var force = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        var skeleton = CongressSkeleton(kind: kind.congressKind, level: level)
        if let members {
            guard let data = FileManager.default.contents(atPath: members) else {
                Console.print([.error(.io(.readFailed(path: members, reason: SystemReason(code: ENOENT))), at: nil)],
                              language: common.language)
                throw ExitCode(1)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                Console.print([.error(.membersBadValue(column: "-", found: members, expected: "UTF-8 (Excel: CSV UTF-8)"),
                                      at: nil)], language: common.language)
                throw ExitCode(1)
            }
            let list = MembersList(text: text, file: members)
            if !list.diagnostics.isEmpty {
                Console.print(list.diagnostics, language: common.language)
                throw ExitCode(1)
            }
            skeleton.members = list.members
        }
        switch try SkeletonWriter.write(skeleton.files, into: folder, force: force) {
        case let .written(paths, backups):
            // Each replaced file said first, as a warning: the user sees where the old one went.
            Console.print(backups.map { Diagnostic(severity: .warning, message: .initOverwritten(path: $0.path, backup: $0.backup), location: nil) },
                          language: common.language)
            for path in paths { Console.progress(path) }
        case let .existing(paths):
            Console.print(paths.map { .error(.initFileExists(path: $0), at: nil) }, language: common.language)
            throw ExitCode(1)
        }
    }
}

/// `--kind` of `init`: the congress's kind as the command line spells it (the file's own value also accepted).
enum InitKind: String, ExpressibleByArgument, CaseIterable {
    case daiHoiDangVien = "dai-hoi-dang-vien"
    case daiHoiDaiBieu = "dai-hoi-dai-bieu"
    case dangVien = "dang-vien"
    case daiBieu = "dai-bieu"

    var congressKind: CongressKind {
        switch self {
        case .daiHoiDangVien, .dangVien: .dangVien
        case .daiHoiDaiBieu, .daiBieu: .daiBieu
        }
    }
}

extension OrganisationLevel: ExpressibleByArgument {}
