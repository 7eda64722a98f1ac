import Foundation

/// What a failed write tells the user: the file it was writing and the system's reason
/// ("Permission denied", "No space left on device"), not Foundation's whole error description.
struct WriteFailure {
    let path: String
    let reason: String

    /// The file and reason of `error`; `fallbackPath` when the error names no file.
    init(_ error: Error, fallbackPath: String) {
        let error = error as NSError
        path = error.userInfo[NSFilePathErrorKey] as? String ?? fallbackPath
        if let reason = error.userInfo[NSLocalizedFailureReasonErrorKey] as? String {
            self.reason = reason
        } else if let underlying = (error.userInfo[NSUnderlyingErrorKey] as? Error).map({ $0 as NSError }),
                  underlying.domain == NSPOSIXErrorDomain {
            reason = String(cString: strerror(Int32(underlying.code)))
        } else if error.domain == NSPOSIXErrorDomain {
            reason = String(cString: strerror(Int32(error.code)))
        } else {
            reason = String(describing: error)
        }
    }
}
