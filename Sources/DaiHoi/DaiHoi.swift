// `DaiHoi` stage — see Package.swift.
