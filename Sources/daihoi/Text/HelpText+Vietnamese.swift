extension HelpText {
    /// `--help` in Vietnamese (the default).
    static let vietnamese = HelpText(
        rootAbstract: "Văn kiện đại hội đảng từ một tệp YAML.",
        rootDiscussion: """
        Kiểm tra dữ liệu đại hội rồi xuất các văn kiện của hồ sơ đại hội, theo trình tự đại hội (tên cho --doc trong \
        ngoặc): \(PaperList.vietnamese). Dạng HTML, ODT, FODT, DOCX, PDF; `render --doc all` \
        xuất mọi văn kiện dữ liệu cho phép và nói rõ văn kiện nào không xuất được. \
        Thông báo bằng tiếng Việt; thêm --lang en (hoặc DAIHOI_LANG=en) để dùng tiếng Anh.

        Ví dụ:
          daihoi check Samples/hung-ha/congress.yaml
          daihoi render Samples/hung-ha/congress.yaml -o out/hung-ha
          daihoi render congress.yaml --doc minutes --doc script --lang en
          daihoi serve congress.yaml            (xem trước trong trình duyệt, tự cập nhật khi lưu tệp)

        Mã thoát: 0 thành công, 1 dữ liệu hoặc tệp có lỗi, 2 sai cú pháp lệnh, 3 lỗi nội bộ, 130 bị dừng (Ctrl-C).
        """,
        renderAbstract: "Kiểm tra rồi xuất văn kiện của một đại hội.",
        renderDiscussion: """
        Tệp có lỗi thì không ghi gì; cảnh báo được in ra và văn kiện vẫn được ghi. Mỗi tệp được ghi trọn vẹn \
        (ghi ra tệp tạm rồi đổi tên), nên dừng giữa chừng không để lại tệp dở. Hỏi đích danh một văn kiện mà dữ \
        liệu không đủ (--doc report khi không có political_report hay targets) là lỗi. --doc dossier ghi mọi văn \
        kiện dữ liệu cho phép, đánh số theo trình tự đại hội (01-chuong-trinh-dai-hoi …), kèm mục lục \
        (00-muc-luc-ho-so-dai-hoi, có số trang khi in pdf), \
        khi in pdf có thêm cả hồ sơ trong một tệp, mỗi tài liệu một dấu trang (ho-so-dai-hoi.pdf: PDF/A, một lần dàn trang Typst; với LibreOffice thì ghép bằng python3-pypdf); thiếu tài liệu bắt buộc (settings.dossier_required) \
        thì thoát với mã 1.

        Ví dụ:
          daihoi render Samples/hung-ha/congress.yaml
          daihoi render congress.yaml --doc minutes --doc delegates -o out/
          daihoi render congress.yaml --doc report --doc resolution --doc credentials
          daihoi render congress.yaml --doc all --format html --lang en
          daihoi render congress.yaml --doc ballots --ballot-copies issued --format pdf
          daihoi render congress.yaml --doc dossier --format odt --format pdf -o ho-so/
        """,
        initAbstract: "Tạo tệp đại hội để bắt đầu: congress.yaml, lược đồ và các tệp báo cáo.",
        initDiscussion: """
        Ghi vào thư mục DIR (mặc định: thư mục hiện tại) tệp congress.yaml có chú thích, theo hình thức và cấp đã \
        chọn, đủ mọi khóa bắt buộc; chỗ nào cần điền được ghi trong « » và `daihoi check` cảnh báo (DH460) cho \
        đến khi thay. Ghi kèm congress.schema.json (dòng đầu tệp trỏ tới nó, để trình soạn thảo gợi ý) và \
        bao-cao/*.md, các phần của báo cáo chính trị. Không ghi đè: nếu đã có tệp, không ghi gì (DH461, \
        mã thoát 1), trừ khi có --force (tệp cũ khác mẫu được giữ lại thành .bak, cảnh báo DH465). Với --members, danh sách người lấy từ bảng tính lưu dạng CSV (UTF-8, có hoặc không BOM, dấu \
        phẩy hoặc chấm phẩy; các cột ho_ten, gioi_tinh, nam_sinh, ngay_vao_dang, dang_vien, chuc_vu); giá trị \
        sai được báo theo dòng và cột.

        Ví dụ:
          daihoi init chi-bo-khu-pho-1
          daihoi init dang-bo-xa --kind dai-hoi-dai-bieu --level dang-bo-co-so
          daihoi init chi-bo --members danh-sach.csv
        """,
        initFolder: "Thư mục để ghi (tạo mới nếu chưa có).",
        initKind: "dai-hoi-dang-vien (toàn thể đảng viên; mặc định) hoặc dai-hoi-dai-bieu.",
        initLevel: "Cấp tổ chức đảng: chi-bo-truc-thuoc, chi-bo-co-so, dang-bo-co-so, cap-tren-co-so, cap-huyen, cap-tinh.",
        initMembers: "Tệp CSV danh sách đảng viên hoặc đại biểu để điền vào tệp.",
        initForce: "Ghi cả khi tệp đã có: tệp khác với mẫu được giữ lại thành <tệp>.bak trước khi ghi (cảnh báo DH465).",
        schemaAbstract: "In lược đồ JSON (JSON Schema) của tệp đại hội.",
        schemaDiscussion: """
        Lược đồ (JSON Schema draft 2020-12) lập từ chính bảng khóa của chương trình đọc tệp: mọi khóa, kiểu, giá trị \
        được phép và mô tả tiếng Việt. Lưu nó cạnh congress.yaml và ghi \
        `# yaml-language-server: $schema=congress.schema.json` ở dòng đầu tệp: trình soạn thảo có phần mở rộng YAML \
        sẽ gợi ý và kiểm tra từng khóa.

        Ví dụ: daihoi schema > congress.schema.json
        """,
        checkAbstract: "Kiểm tra tệp đại hội và in các lỗi, cảnh báo.",
        checkDiscussion: """
        Mỗi vấn đề in dạng tệp:dòng:cột, mã, nội dung, dòng nguồn và dấu ^. Mã thoát 0 khi không có lỗi (được \
        phép có cảnh báo), 1 khi có lỗi; với --strict cảnh báo cũng tính là lỗi. Với --as-of, hạn kịch bản (5 ngày \
        trước đại hội, settings.script_deadline_days) được xét vào ngày đó. --format json in kết quả dạng JSON ra \
        đầu ra chuẩn cho công cụ khác.

        Ví dụ:
          daihoi check Samples/chi-bo-khu-pho-3/congress.yaml
          daihoi check congress.yaml --as-of 2025-04-01 --strict
          daihoi check congress.yaml --lang en --format json
        """,
        batchAbstract: "Xuất văn kiện của mọi tổ chức đảng trực thuộc trong một thư mục.",
        batchDiscussion: """
        DIR có mỗi chi bộ một thư mục chứa congress.yaml (như Samples/). Văn kiện của mỗi chi bộ ghi vào \
        OUT/<chi-bộ>/; OUT/index.html (và OUT/dashboard.csv) liệt kê mọi chi bộ: có lỗi trước, rồi trễ hạn, \
        rồi sắp đại hội trong tuần. Một chi bộ lỗi không làm dừng các chi bộ khác; mã thoát là 1 khi có chi bộ lỗi.

        Chạy lại chỉ xuất các chi bộ có thay đổi (--force xuất tất cả). Dừng giữa chừng (Ctrl-C) không để lại \
        tệp dở; chạy lại lệnh để hoàn tất.

        Nhiều máy: --shard K/N xuất phần thứ K trong N phần rời nhau; gom các thư mục OUT lại rồi chạy \
        `daihoi batch --merge -o OUT` để dựng lại bảng tổng hợp.

        Ví dụ:
          daihoi batch branches/ -o out/branches --as-of 2025-03-01
          daihoi batch branches/ -o out/branches --jobs 4 --format html --format odt
          daihoi batch branches/ -o out/shard2 --shard 2/3
          daihoi batch --merge -o out/branches
        """,
        sampleAbstract: "Tạo bộ dữ liệu thử cho nhiều chi bộ.",
        sampleDiscussion: """
        Ghi DIR/chi-bo-0001/congress.yaml … là các đại hội chi bộ hợp lệ, khác nhau (đảng viên, vắng mặt, ngày, \
        bầu chi ủy), giống nhau với cùng --seed. --broken K làm hỏng K chi bộ (người không có, ngày sai, khóa sai \
        chính tả) để xem batch báo lỗi thế nào.

        Ví dụ:
          daihoi sample-batch 60 /tmp/branches
          daihoi sample-batch 1000 /tmp/branches --broken 3 --seed 7
          daihoi batch /tmp/branches -o out/branches
        """,
        congressFile: "Tệp đại hội (congress.yaml).",
        doc: "Văn kiện cần xuất (lặp lại được); all: mọi văn kiện dữ liệu cho phép; dossier: cả hồ sơ đại hội, đánh số theo trình tự đại hội, kèm mục lục, lỗi khi thiếu tài liệu bắt buộc.",
        format: "Định dạng (lặp lại được); pdf cần LibreOffice.",
        renderOutput: "Thư mục ghi văn kiện.",
        soffice: "Chương trình LibreOffice in PDF (mặc định: soffice trong PATH).",
        ballotCopies: "Phiếu bầu mỗi lần bầu: one (một bản mẫu) hoặc issued (mỗi phiếu phát ra một trang).",
        summonsProof: "Chỉ in n giấy triệu tập và n giấy mời đầu tiên (bản in thử trước khi in hết).",
        asOfCheck: "Xét hạn kịch bản vào ngày này (YYYY-MM-DD).",
        asOfBatch: "Xét tình hình vào ngày này (YYYY-MM-DD; mặc định: hôm nay).",
        strict: "Coi cảnh báo là lỗi (mã thoát 1).",
        checkFormat: "Kết quả: text (mặc định, ra đầu ra lỗi) hoặc json (ra đầu ra chuẩn).",
        branchesFolder: "Thư mục các chi bộ (mỗi chi bộ một congress.yaml).",
        batchOutput: "Thư mục ghi kết quả.",
        jobs: "Số chi bộ xuất cùng lúc (mặc định: số lõi CPU).",
        force: "Xuất mọi chi bộ, kể cả chi bộ không thay đổi.",
        shard: "Chỉ xuất phần K trong N phần (ví dụ 2/3).",
        merge: "Dựng lại OUT/index.html từ kết quả đã có trong OUT (sau khi chạy chia phần).",
        lang: "Ngôn ngữ thông báo: vi (mặc định) hoặc en.",
        templates: "Thư mục mẫu riêng: mỗi tệp trong đó thay mẫu cùng tên của bộ mẫu có sẵn, các mẫu khác giữ nguyên (bộ có sẵn: $DAIHOI_TEMPLATES, nếu không thì share/daihoi/Templates cạnh thư mục bin/ của chương trình, hoặc Templates/ của kho mã).",
        sampleCount: "Số chi bộ.",
        sampleFolder: "Thư mục ghi dữ liệu.",
        broken: "Số chi bộ làm hỏng.",
        seed: "Hạt giống của bộ sinh dữ liệu.",
        members: "Số đảng viên mỗi chi bộ (mặc định: 9–48, ngẫu nhiên theo chi bộ).",
        serveAbstract: "Xem trước văn kiện trong trình duyệt, tự cập nhật khi sửa tệp.",
        serveDiscussion: """
        Mở máy chủ xem trước tại http://127.0.0.1:PORT/ (chỉ máy này truy cập được): mọi văn kiện dữ liệu cho phép, \
        dạng HTML. Mỗi khi lưu congress.yaml hoặc một tệp báo cáo (bao-cao/*.md) bên cạnh, văn kiện được xuất lại \
        và trang trong trình duyệt tự tải lại. Khi tệp có lỗi, đầu trang hiện từng lỗi với tệp:dòng:cột và dòng \
        nguồn, bên dưới vẫn là văn kiện lần cuối không lỗi; sửa xong là trang trở lại bình thường. Ctrl-C để dừng \
        (mã thoát 0). Cổng đang bị chương trình khác dùng thì báo lỗi DH466 và gợi ý --port.

        Ví dụ:
          daihoi serve congress.yaml
          daihoi serve Samples/hung-ha/congress.yaml --port 9000
          daihoi serve congress.yaml --templates mau-tinh/
        """,
        servePort: "Cổng trên 127.0.0.1 (0: để hệ thống chọn).",
        templatesAbstract: "Bộ mẫu văn kiện có sẵn.",
        templatesExportAbstract: "Chép bộ mẫu có sẵn vào một thư mục để sửa.",
        templatesExportDiscussion: """
        Chép mọi tệp mẫu có sẵn vào DIR. Giữ lại tệp muốn sửa (ví dụ partials/header.xhtml), xóa các tệp khác, rồi \
        xuất văn kiện với --templates DIR: mẫu nào có trong DIR thay mẫu cùng tên, mẫu khác lấy từ bộ có sẵn. Tên \
        từng biến mà mỗi mẫu nhận: docs/templates.md. Không ghi đè tệp đã có (DH468) trừ khi có --force.

        Ví dụ:
          daihoi templates export mau-tinh
          daihoi render congress.yaml --templates mau-tinh
        """,
        templatesExportFolder: "Thư mục để chép vào (tạo mới nếu chưa có)."
    )
}
