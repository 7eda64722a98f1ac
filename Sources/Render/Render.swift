// `Render` stage — see Package.swift.
