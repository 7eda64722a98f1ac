// Election rules — see Package.swift.
