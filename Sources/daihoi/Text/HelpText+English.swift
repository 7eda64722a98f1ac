extension HelpText {
    /// `--help` in English (`--lang en`).
    static let english = HelpText(
        rootAbstract: "Congress papers of a Vietnamese Party congress, from one YAML file.",
        rootDiscussion: """
        Checks the congress data, then writes the papers of its dossier, in the order of the congress (their --doc \
        names): \(PaperList.english). As HTML, ODT, FODT, DOCX and PDF; `render --doc all` writes each \
        paper the data can make and says which it left out. \
        Messages are in Vietnamese by default; add --lang en (or DAIHOI_LANG=en) for English.

        Examples:
          daihoi check Samples/hung-ha/congress.yaml
          daihoi render Samples/hung-ha/congress.yaml -o out/hung-ha
          daihoi render congress.yaml --doc minutes --doc script --lang en
          daihoi serve congress.yaml            (preview in a browser, updated on each save)

        Exit codes: 0 ok, 1 invalid input or files, 2 usage, 3 internal error, 130 interrupted (Ctrl-C).
        """,
        renderAbstract: "Check a congress file, then write its papers.",
        renderDiscussion: """
        Nothing is written when the file has errors; warnings are printed and the papers are written. \
        Every file is written atomically (a temporary file renamed into place), so an interrupted run leaves no \
        partial file. Asking by name for a paper the data cannot make (--doc report without political_report \
        or targets) is an error. --doc dossier writes every paper the data makes, numbered in the order of the \
        congress (01-chuong-trinh-dai-hoi …), with their index (00-muc-luc-ho-so-dai-hoi, page counts with pdf), \
        and with pdf the whole dossier as one PDF with a bookmark per paper (ho-so-dai-hoi.pdf: PDF/A in one Typst compile, or joined by python3-pypdf with LibreOffice); \
        it exits 1 when a paper the dossier requires (settings.dossier_required) cannot be made.

        Examples:
          daihoi render Samples/hung-ha/congress.yaml
          daihoi render congress.yaml --doc minutes --doc delegates -o out/
          daihoi render congress.yaml --doc report --doc resolution --doc credentials
          daihoi render congress.yaml --doc all --format html --lang en
          daihoi render congress.yaml --doc ballots --ballot-copies issued --format pdf
          daihoi render congress.yaml --doc dossier --format odt --format pdf -o ho-so/
        """,
        initAbstract: "Write a congress file to start from: congress.yaml, its schema and the report's prose files.",
        initDiscussion: """
        Writes into DIR (default: the current folder) a commented congress.yaml for the kind and level chosen, with \
        every required key; each value you must supply is written between « » and `daihoi check` warns (DH460) \
        until you replace it. Also writes congress.schema.json (named on the file's first line, for an editor's \
        completion) and bao-cao/*.md, the political report's parts. Overwrites no file: if one is there, \
        nothing is written (DH461, exit 1), unless --force (an old file that differs is kept as .bak, warning DH465). With --members, the people and the list of those summoned come from a \
        spreadsheet saved as CSV (UTF-8, with or without BOM, comma or semicolon; columns ho_ten, gioi_tinh, \
        nam_sinh, ngay_vao_dang, dang_vien, chuc_vu); each bad value is reported at its row and column.

        Examples:
          daihoi init chi-bo-khu-pho-1
          daihoi init dang-bo-xa --kind dai-hoi-dai-bieu --level dang-bo-co-so
          daihoi init chi-bo --members danh-sach.csv
        """,
        initFolder: "The folder to write into (created if missing).",
        initKind: "dai-hoi-dang-vien (every member; default) or dai-hoi-dai-bieu (delegates).",
        initLevel: "The organisation's level: chi-bo-truc-thuoc, chi-bo-co-so, dang-bo-co-so, cap-tren-co-so, cap-huyen, cap-tinh.",
        initMembers: "A CSV list of the members or delegates to put in the file.",
        initForce: "Write even over existing files: each that differs from the skeleton is kept as <file>.bak first (warning DH465).",
        schemaAbstract: "Print the JSON Schema of the congress file.",
        schemaDiscussion: """
        The schema (JSON Schema draft 2020-12) is made from the loader's own table of keys: every key, its type, \
        allowed values and a description in Vietnamese. Save it beside congress.yaml and put \
        `# yaml-language-server: $schema=congress.schema.json` on the file's first line: an editor with the YAML \
        extension then completes and checks every key.

        Example: daihoi schema > congress.schema.json
        """,
        checkAbstract: "Check a congress file and print its diagnostics.",
        checkDiscussion: """
        Prints each problem as file:line:column, its code, the message, the source line and a caret. \
        Exit status 0 when there is no error (warnings allowed), 1 when there is one; with --strict a \
        warning counts as an error. With --as-of the script deadline (5 days before the congress by \
        default, settings.script_deadline_days) is judged on that day. --format json prints the diagnostics \
        as JSON on standard output for other tools.

        Examples:
          daihoi check Samples/chi-bo-khu-pho-3/congress.yaml
          daihoi check congress.yaml --as-of 2025-04-01 --strict
          daihoi check congress.yaml --lang en --format json
        """,
        batchAbstract: "Render every branch under a folder.",
        batchDiscussion: """
        DIR holds one folder per branch, each with its congress.yaml (as Samples/ does). Each branch's \
        papers go to OUT/<branch>/; OUT/index.html (and OUT/dashboard.csv) list every branch: those with errors \
        first, then the late ones, then those meeting this week. One bad branch never stops the others; the exit \
        status is 1 when any branch has errors.

        A rerun renders only the branches that changed (--force renders all). An interrupted run (Ctrl-C) \
        leaves no partial file; run the command again to complete it.

        Many machines: --shard K/N renders the K-th of N disjoint slices; gather their OUT folders into one, \
        then run `daihoi batch --merge -o OUT` to rebuild the dashboard.

        Examples:
          daihoi batch branches/ -o out/branches --as-of 2025-03-01
          daihoi batch branches/ -o out/branches --jobs 4 --format html --format odt
          daihoi batch branches/ -o out/shard2 --shard 2/3
          daihoi batch --merge -o out/branches
        """,
        sampleAbstract: "Write N synthetic branch congresses.",
        sampleDiscussion: """
        Writes DIR/chi-bo-0001/congress.yaml … with varied, valid chi bộ congresses (members, absences, \
        dates, a chi ủy election), the same for the same --seed. --broken K breaks K of them (an unknown \
        person, an impossible date, a misspelt key), to see how a batch reports them.

        Examples:
          daihoi sample-batch 60 /tmp/branches
          daihoi sample-batch 1000 /tmp/branches --broken 3 --seed 7
          daihoi batch /tmp/branches -o out/branches
        """,
        congressFile: "The congress file (congress.yaml).",
        doc: "Which paper (repeatable); all writes every paper the data allows; dossier writes them numbered in the order of the congress with their index (Mục lục hồ sơ), and fails when a required paper is missing.",
        format: "Output format (repeatable); pdf needs LibreOffice.",
        renderOutput: "Output folder.",
        soffice: "The LibreOffice executable that prints PDFs (default: soffice on PATH).",
        ballotCopies: "Ballots per round: one (a master to check and copy) or issued (one page per ballot issued).",
        summonsProof: "Only the first n summonses and n invitations (a proof to check before printing them all).",
        asOfCheck: "Judge the script deadline on this day (YYYY-MM-DD).",
        asOfBatch: "Judge readiness on this day (YYYY-MM-DD; default: today).",
        strict: "Treat warnings as errors (exit 1).",
        checkFormat: "Output: text (default, on standard error) or json (on standard output).",
        branchesFolder: "The folder of branches (each with a congress.yaml).",
        batchOutput: "Output folder.",
        jobs: "Branches rendered at once (default: the number of cores).",
        force: "Render every branch, even those whose inputs did not change.",
        shard: "Render only slice K of N (e.g. 2/3).",
        merge: "Rebuild OUT/index.html from the results already in OUT (after sharded runs).",
        lang: "Message language: vi (default) or en.",
        templates: "Folder of your own templates: each file replaces the built-in template of the same name, the others stay (the built-in set: $DAIHOI_TEMPLATES, else share/daihoi/Templates beside the program's bin/, else the repository's Templates/).",
        sampleCount: "How many branches.",
        sampleFolder: "Where to write them.",
        broken: "How many branches to break.",
        seed: "Seed of the generator.",
        members: "Members of every branch (default: 9–48, drawn per branch).",
        serveAbstract: "Preview the papers in a browser, updated as you edit.",
        serveDiscussion: """
        Serves every paper the data makes, as HTML, at http://127.0.0.1:PORT/ (reachable from this machine only). \
        Each time congress.yaml or a prose file beside it (bao-cao/*.md) is saved, the papers are rendered again \
        and the page in the browser reloads by itself. When the file has errors, the top of the page shows each \
        with file:line:column and the source line, above the papers of the last rendering without errors; once \
        fixed, the page recovers. Ctrl-C stops it (exit 0). A port in use is error DH466, which suggests --port.

        Examples:
          daihoi serve congress.yaml
          daihoi serve Samples/hung-ha/congress.yaml --port 9000
          daihoi serve congress.yaml --templates my-templates/
        """,
        servePort: "Port on 127.0.0.1 (0 lets the system choose).",
        templatesAbstract: "The built-in paper templates.",
        templatesExportAbstract: "Copy the built-in templates into a folder to edit.",
        templatesExportDiscussion: """
        Copies every built-in template file into DIR. Keep the ones you change (e.g. partials/header.xhtml), delete \
        the others, then render with --templates DIR: a template in DIR replaces the built-in one of the same name, \
        the others come from the built-in set. The names each template receives: docs/templates.md. Overwrites no \
        file (DH468) unless --force.

        Examples:
          daihoi templates export my-templates
          daihoi render congress.yaml --templates my-templates
        """,
        templatesExportFolder: "The folder to copy into (created if missing)."
    )
}
