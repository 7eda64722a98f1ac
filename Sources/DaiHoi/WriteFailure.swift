import Diagnostics
import Foundation

/// What a failed write tells the user: the file it was writing and the system's reason
/// ("Permission denied", "No space left on device"), not Foundation's whole error description.
struct WriteFailure {
    let path: String
    let reason: String
    /// The system's `errno`, when the error carries one: the reason is then worded in the user's language.
    let code: Int32?

    /// The file and reason of `error`; `fallbackPath` when the error names no file.
    init(_ error: Error, fallbackPath: String) {
        let error = error as NSError
        path = error.userInfo[NSFilePathErrorKey] as? String ?? fallbackPath
        let underlying = (error.userInfo[NSUnderlyingErrorKey] as? Error).map { $0 as NSError }
        if let underlying, underlying.domain == NSPOSIXErrorDomain {
            code = Int32(underlying.code)
        } else if error.domain == NSPOSIXErrorDomain {
            code = Int32(error.code)
        } else {
            code = nil
        }
        if let reason = error.userInfo[NSLocalizedFailureReasonErrorKey] as? String {
            self.reason = reason
        } else if let code {
            reason = String(cString: strerror(code))
        } else {
            reason = String(describing: error)
        }
    }

    /// DH401 with the reason in the user's language when the system's code is known.
    var message: Message {
        code.map { .io(.writeFailed(path: path, reason: SystemReason(code: $0))) } ?? .outputWriteFailed(path: path, detail: reason)
    }
}
