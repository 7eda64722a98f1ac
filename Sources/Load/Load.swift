// `Load` stage — see Package.swift.
