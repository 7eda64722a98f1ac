/// A set of compiled templates, each named by its path without extension ("documents/minutes", "partials/header").
///
/// Every template is compiled once, when the library is made; partials are resolved then, from the
/// library only. Rendering reads nothing from disk, cannot print a blank for a missing value, and
/// escapes every value for XML.
public struct TemplateLibrary: Sendable {
    private let templates: [String: CompiledTemplate]
    /// The file each template was read from, by name (none for templates given in memory): every error about a
    /// template names its file (``TemplateError/path``).
    private let paths: [String: String]
    /// The least output buffer reserved ahead of rendering, in bytes.
    private static let minimumCapacity = 16_384

    /// Loads and compiles every template under each folder (recursively; *.xhtml, *.css, *.mustache, *.html, *.txt).
    ///
    /// The name of a template is its path relative to the folder without extension:
    /// "documents/minutes", "partials/header", "style/print". Two files with the same name are an error.
    public init(folders: [String]) throws(TemplateError) {
        try self.init(sources: try TemplateFolders.read(folders))
    }

    /// The templates under `base`, each replaced by the file of the same name under `overlay` when there is one
    /// (`--templates DIR`: a province changes one header by putting only `partials/header.xhtml` in DIR).
    ///
    /// A file of the overlay that replaces no template of `base` must be a partial some template includes (a
    /// new piece of an overridden template); any other is a misspelt name that would change nothing, and is an
    /// error naming the nearest template of `base`.
    public init(base: String, overlay: String?) throws(TemplateError) {
        var sources = try TemplateFolders.read([base])
        guard let overlay else {
            try self.init(sources: sources)
            return
        }
        let builtIn = Set(sources.map(\.name))
        let replacements = try TemplateFolders.read([overlay])
        let replaced = Set(replacements.map(\.name))
        sources.removeAll { replaced.contains($0.name) }
        try self.init(sources: sources + replacements)
        let included = Set(templates.values.flatMap { $0.partials.map(\.name) })
        for name in replaced.sorted() where !builtIn.contains(name) && !included.contains(name) {
            throw TemplateError(template: overlay + "/" + name, line: 0, column: 0, kind: .unusedOverlay(name),
                                hint: NameSuggestion.nearest(to: name, among: Array(builtIn)))
        }
    }

    /// In-memory templates (name → source), for tests.
    public init(templates: [String: String]) throws(TemplateError) {
        try self.init(sources: templates.map { TemplateSource(name: $0.key, bytes: Array($0.value.utf8), path: nil) })
    }

    /// Renders the template `name` with `value` as the root of the context stack.
    public func render(_ name: String, _ value: TemplateValue) throws(TemplateError) -> String {
        String(decoding: try renderUTF8(name, value), as: UTF8.self)
    }

    /// ``render(_:_:)`` as the UTF-8 bytes it is made of, for a reader of bytes (the XHTML parser):
    /// no string is made of them.
    public func renderUTF8(_ name: String, _ value: TemplateValue) throws(TemplateError) -> [UInt8] {
        guard let template = templates[name] else {
            throw TemplateError(template: name, line: 0, column: 0, kind: .unknownTemplate(name),
                                hint: NameSuggestion.nearest(to: name, among: Array(templates.keys)))
        }
        var renderer = Renderer(templates: templates, root: value, capacity: max(Self.minimumCapacity, template.source.count * 4))
        do throws(TemplateError) {
            try renderer.render(template, template.ops.indices)
        } catch {
            throw Self.located(error, paths: paths)
        }
        return renderer.output
    }

    /// The names of all templates, sorted.
    public var names: [String] { templates.keys.sorted() }

    /// Every name (as written: `superior`, `header.number`) that template `name` and the partials it includes
    /// look up, sorted; the implicit iterator `.` is left out. For the test that `docs/templates.md` lists them.
    public func namesLookedUp(by name: String) -> [String] {
        var found: Set<String> = []
        var visited: Set<String> = []
        var pending = [name]
        while let next = pending.popLast() {
            guard visited.insert(next).inserted, let template = templates[next] else { continue }
            for op in template.ops {
                switch op.kind {
                case .variable, .section, .inverted:
                    let text = template.names[Int(op.argument)].text
                    if text != "." { found.insert(text) }
                case .partial:
                    pending.append(template.partials[Int(op.argument)].name)
                case .text:
                    break
                }
            }
        }
        return found.sorted()
    }
}

private extension TemplateLibrary {
    /// Compiles every source (in name order, so the first error is always the same), then checks partials.
    init(sources: [TemplateSource]) throws(TemplateError) {
        var compiled: [String: CompiledTemplate] = [:]
        let paths = Dictionary(sources.compactMap { source in source.path.map { (source.name, $0) } }) { first, _ in first }
        do throws(TemplateError) {
            for source in sources.sorted(by: { $0.name < $1.name }) {
                guard compiled[source.name] == nil else {
                    throw TemplateError(template: source.name, line: 0, column: 0, kind: .duplicateTemplate(source.name))
                }
                compiled[source.name] = try Parser(template: source.name, source: source.bytes).compile()
            }
            for name in compiled.keys.sorted() {
                if let template = compiled[name] { try Self.checkPartials(of: template, in: compiled) }
            }
        } catch {
            throw Self.located(error, paths: paths)
        }
        templates = compiled
        self.paths = paths
    }

    /// `error` with the file of the template it names, when that template was read from a file.
    static func located(_ error: TemplateError, paths: [String: String]) -> TemplateError {
        var error = error
        if error.path == nil, let path = paths[error.template] { error.path = path }
        return error
    }

    static func checkPartials(of template: CompiledTemplate,
                              in library: [String: CompiledTemplate]) throws(TemplateError) {
        for op in template.ops where op.kind == .partial {
            let name = template.partials[Int(op.argument)].name
            if library[name] == nil {
                throw template.error(.unknownPartial(name), at: op.offset,
                                     hint: NameSuggestion.nearest(to: name, among: Array(library.keys)))
            }
        }
    }
}
