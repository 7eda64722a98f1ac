#!/usr/bin/env python3
"""Writes the benchmark's data: a deterministic 300-row delegate list, with exactly the keys
Templates/documents/delegates.xhtml (and partials/header) use, as DelegatesViewModel makes them.

Usage: make_data.py OUT.json [ROWS]
"""
import json
import random
import sys

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
MIDDLE_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thanh", "Công", "Đình", "Bá"]
MIDDLE_F = ["Thị", "Thị Thu", "Thị Ngọc", "Thị Minh", "Thị Hồng", "Thị Thanh"]
GIVEN_M = ["Huy", "Dũng", "Hùng", "Cường", "Thắng", "Tuấn", "Khánh", "Long", "Phúc", "Đạt", "Hiếu", "Quý"]
GIVEN_F = ["Lan", "Hương", "Hằng", "Nga", "Thủy", "Yến", "Trang", "Ánh", "Oanh", "Huyền", "Nhung", "Hạnh"]
POSITIONS = ["Bí thư Đảng ủy", "Phó Bí thư Đảng ủy", "Chủ tịch UBND", "Chủ tịch HĐND", "Trưởng ban Tuyên giáo",
             "Giám đốc Công ty TNHH Xây dựng & Thương mại", "Chủ nhiệm Ủy ban Kiểm tra", "Bí thư Chi bộ",
             "Hiệu trưởng Trường THCS", "Trưởng Công an <xã>"]
UNITS = ["xã Tân Lễ", "xã Canh Tân", "thị trấn Hưng Hà", "xã Điệp Nông", "xã Minh Khai", "Huyện ủy Hưng Hà",
         "Công an huyện", "Ban Chỉ huy Quân sự huyện", "Trung tâm Y tế huyện", "xã Thái Hưng"]
EDUCATION = ["Đại học", "Thạc sĩ", "Cao đẳng", "Trung cấp", "Tiến sĩ"]
THEORY = ["Cao cấp", "Trung cấp", "Sơ cấp", "Cử nhân"]
ETHNICITY = ["Kinh", "Kinh", "Kinh", "Tày", "Mường"]


def make(rows: int) -> dict:
    rng = random.Random(20200519)
    people = []
    for _ in range(rows):
        female = rng.random() < 0.35
        name = " ".join([rng.choice(FAMILY), rng.choice(MIDDLE_F if female else MIDDLE_M),
                         rng.choice(GIVEN_F if female else GIVEN_M)])
        notes = []
        if rng.random() < 0.05:
            notes.append("Dự bị")
        if rng.random() < 0.03:
            notes.append("Miễn sinh hoạt")
        if rng.random() < 0.04:
            notes.append("Vắng: ốm & điều trị tại bệnh viện")
        people.append({
            "name": name,
            "birth_year": str(rng.randint(1958, 1995)),
            "gender": "Nữ" if female else "Nam",
            "ethnicity": rng.choice(ETHNICITY),
            "position": rng.choice(POSITIONS) + ", " + rng.choice(UNITS),
            "has_position": True,
            "education": rng.choice(EDUCATION),
            "theory": rng.choice(THEORY),
            "notes": "; ".join(notes),
            "has_notes": bool(notes),
        })
    # Given name first, as the real list; code-point order is enough for a benchmark.
    people.sort(key=lambda p: (p["name"].split()[-1], p["name"]))
    for number, person in enumerate(people, start=1):
        person["number"] = str(number)
    term = "Đại hội đại biểu Đảng bộ huyện Hưng Hà lần thứ XVI, nhiệm kỳ 2020 – 2025"
    return {
        "header": {
            "superior": "ĐẢNG BỘ TỈNH THÁI BÌNH",
            "issuer_lines": ["ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN HƯNG HÀ", "LẦN THỨ XVI, NHIỆM KỲ 2020 – 2025",
                             "BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU"],
            "place_date": "Hưng Hà, ngày 18 tháng 5 năm 2020",
            "has_number": False,
            "number": "",
        },
        "is_delegates": True,
        "congress_name_term": term,
        "count": f"{rows:,}".replace(",", "."),
        "attendee": "đại biểu",
        "attendee_capital": "Đại biểu",
        "rows": people,
        # The DaiHoi template reads the rows by delegation (one group without a heading: no delegations here).
        "grouped": False,
        "group_count": "1",
        "groups": [{"heading": False, "count": f"{rows:,}".replace(",", "."), "rows": people}],
    }


def main() -> None:
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: make_data.py OUT.json [ROWS]")
    rows = int(sys.argv[2]) if len(sys.argv) == 3 else 300
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        json.dump(make(rows), out, ensure_ascii=False, indent=1, sort_keys=True)
        out.write("\n")


if __name__ == "__main__":
    main()
