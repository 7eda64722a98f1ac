// `Writers` stage — see Package.swift.
