// `Check` stage — see Package.swift.
