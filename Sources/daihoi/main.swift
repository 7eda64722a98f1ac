// Placeholder entry; the CLI lands with the pipeline.
print("daihoi")
