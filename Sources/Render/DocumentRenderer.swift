import DocumentTree
import Template

/// render: a view model and its template → XHTML → the document tree every writer reads.
///
/// The template library is compiled once, when the renderer is made; rendering is then a
/// pure function of the template name, the view model and the format profile.
public struct DocumentRenderer: Sendable {
    private let library: TemplateLibrary

    /// Compiles every template under `templateFolder` (documents, partials, style), each replaced by the file of
    /// the same name under `overlay` when there is one (`--templates DIR`).
    public init(templateFolder: String, overlay: String? = nil) throws(RenderError) {
        do {
            library = try TemplateLibrary(base: templateFolder, overlay: overlay)
        } catch {
            throw RenderError.template(error)
        }
    }

    /// Renders the template `templateName` with `value` and parses the XHTML into a document.
    public func render(_ templateName: String, documentName: String, value: TemplateValue,
                       profile: FormatProfile) throws(RenderError) -> Document {
        // The rendered bytes go to the parser as they are: no string is made of them.
        let xhtml: [UInt8]
        do {
            xhtml = try library.renderUTF8(templateName, value)
        } catch {
            throw RenderError.template(error)
        }
        do {
            var document = try XHTMLParser.parse(utf8: xhtml, name: templateName, profile: profile)
            document.name = documentName
            return document
        } catch {
            throw RenderError.malformedXHTML(template: templateName, error)
        }
    }

    /// A template rendered as text, not parsed into a document (the batch dashboard, a screen page).
    public func renderText(_ templateName: String, value: TemplateValue) throws(RenderError) -> String {
        do {
            return try library.render(templateName, value)
        } catch {
            throw RenderError.template(error)
        }
    }

    /// The print stylesheet (`Templates/style/print.css`) filled with the profile's values.
    public func stylesheet(for profile: FormatProfile) throws(RenderError) -> String {
        do {
            return try library.render("style/print", ProfileStyle(profile).templateValue)
        } catch {
            throw RenderError.template(error)
        }
    }
}

/// Why rendering failed: always names the template.
public enum RenderError: Error, Sendable {
    /// The template engine refused (a name that resolves nowhere, a bad tag, a refused character).
    case template(TemplateError)
    /// The template produced XHTML that is not well-formed.
    case malformedXHTML(template: String, XHTMLError)
}
