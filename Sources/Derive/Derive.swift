// `Derive` stage — see Package.swift.
