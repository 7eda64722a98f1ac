#!/usr/bin/env python3
"""Writes Samples/hung-ha/congress.yaml: Đại hội đại biểu Đảng bộ huyện Hưng Hà lần thứ XVI, nhiệm kỳ 2020 - 2025
(Thái Bình, 19/5/2020), from seed 000_3297f08e000d5a4d: about 300 delegates, the Ban Chấp hành of 41, the Ban
Thường vụ of 13, the Bí thư (Nguyễn Văn Huy, re-elected) and the Ủy ban Kiểm tra of 6; the superior's speech by
Ngô Đông Hải. Everything the seed does not give (names, units, votes) is invented, deterministically:
the same script always writes the same bytes (random.Random(2020), stdlib only).

Usage: python3 Samples/hung-ha/generate.py   (writes congress.yaml beside this script)
"""
import os
import random

rng = random.Random(2020)

FAMILIES = ["Nguyễn"] * 10 + ["Trần"] * 5 + ["Phạm"] * 4 + ["Vũ"] * 4 + ["Đỗ"] * 3 + ["Bùi"] * 3 + ["Lê"] * 3 + \
    ["Đặng", "Ngô", "Đinh", "Hoàng", "Lương", "Phan", "Tạ", "Mai", "Trịnh", "Đào", "Lại", "Cao", "Hà", "Tô", "Quách"]
MIDDLE_M = ["Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân", "Mạnh", "Thanh", "Ngọc", "Duy", "Tiến"]
MIDDLE_F = ["Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Kim", "Phương"]
GIVEN_M = ["An", "Bình", "Cường", "Chiến", "Dũng", "Duy", "Đạt", "Đông", "Giang", "Hải", "Hiếu", "Hòa", "Hùng", "Huy",
           "Khải", "Khánh", "Kiên", "Lâm", "Long", "Mạnh", "Nam", "Nghĩa", "Phong", "Phúc", "Quang", "Quý", "Sơn",
           "Tài", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vượng"]
GIVEN_F = ["Anh", "Bích", "Dung", "Duyên", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Huệ", "Hương", "Lan", "Liên",
           "Linh", "Loan", "Mai", "Minh", "Nga", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Tâm", "Thảo", "Thủy",
           "Trang", "Tuyết", "Vân", "Yến"]
# The two townships and the communes of Hưng Hà district (2020).
UNITS = ["thị trấn Hưng Hà", "thị trấn Hưng Nhân", "xã Bắc Sơn", "xã Canh Tân", "xã Chi Lăng", "xã Chí Hòa", "xã Cộng Hòa",
         "xã Dân Chủ", "xã Điệp Nông", "xã Đoan Hùng", "xã Độc Lập", "xã Duyên Hải", "xã Hòa Bình", "xã Hòa Tiến",
         "xã Hồng An", "xã Hồng Lĩnh", "xã Hồng Minh", "xã Hùng Dũng", "xã Kim Trung", "xã Liên Hiệp", "xã Minh Hòa",
         "xã Minh Khai", "xã Minh Tân", "xã Phúc Khánh", "xã Tân Hòa", "xã Tân Lễ", "xã Tân Tiến", "xã Tây Đô",
         "xã Thái Hưng", "xã Thái Phương", "xã Thống Nhất", "xã Tiến Đức", "xã Văn Cẩm", "xã Văn Lang"]
AGENCIES = ["Ban Tổ chức Huyện ủy", "Ban Tuyên giáo Huyện ủy", "Ban Dân vận Huyện ủy", "Ủy ban Kiểm tra Huyện ủy",
            "Văn phòng Huyện ủy", "Trung tâm Chính trị huyện", "Phòng Tài chính - Kế hoạch", "Phòng Nông nghiệp và PTNT",
            "Phòng Giáo dục và Đào tạo", "Phòng Tài nguyên và Môi trường", "Phòng Kinh tế và Hạ tầng", "Phòng Nội vụ",
            "Công an huyện", "Ban Chỉ huy Quân sự huyện", "Bệnh viện Đa khoa huyện", "Trung tâm Y tế huyện",
            "Ủy ban MTTQ huyện", "Huyện đoàn", "Hội Liên hiệp Phụ nữ huyện", "Hội Nông dân huyện", "Hội Cựu chiến binh huyện",
            "Liên đoàn Lao động huyện", "Chi cục Thuế huyện", "Kho bạc Nhà nước huyện", "Trường THPT Bắc Duyên Hà",
            "Trường THPT Hưng Nhân", "Viện Kiểm sát nhân dân huyện", "Tòa án nhân dân huyện"]

used_names = set()


def new_name(female):
    while True:
        family = rng.choice(FAMILIES)
        middle = rng.choice(MIDDLE_F if female else MIDDLE_M)
        given = rng.choice(GIVEN_F if female else GIVEN_M)
        name = f"{family} {middle} {given}"
        if name not in used_names:
            used_names.add(name)
            return name


def yaml_text(value):
    """A YAML scalar: quoted when it holds a character YAML would read as syntax."""
    if any(c in value for c in ":,#[]{}&*!|>'\"%@`") or value != value.strip():
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return value


people = []      # (id, fields dict)
delegates = []   # (id, category, absent reason)


def person(pid, name, female, birth, position, unit, education, theory, joined, ethnicity="Kinh"):
    people.append((pid, {
        "name": name, "gender": "nu" if female else "nam", "birth_year": birth, "ethnicity": ethnicity,
        "education": education, "theory": theory, "joined": joined, "membership": "chinh-thuc",
        "position": position, "unit": unit,
    }))


def joined_date(birth):
    year = min(2018, birth + rng.randint(21, 30))
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


# The leaders named in the seed, and the standing committee around them (ex officio delegates).
LEADERS = [
    ("huy", "Nguyễn Văn Huy", False, 1966, "Bí thư Huyện ủy", "Huyện ủy Hưng Hà"),
    ("thuy", "Nguyễn Thị Thủy", True, 1970, "Phó Bí thư Thường trực Huyện ủy", "Huyện ủy Hưng Hà"),
    ("dung", "Đỗ Đức Dũng", False, 1968, "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện", "UBND huyện Hưng Hà"),
    ("tuan", "Trần Anh Tuấn", False, 1971, "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy", "Ban Tổ chức Huyện ủy"),
    ("hang", "Vũ Thị Hằng", True, 1975, "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Huyện ủy", "Ban Tuyên giáo Huyện ủy"),
    ("khai", "Phạm Quang Khải", False, 1969, "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy", "Ủy ban Kiểm tra Huyện ủy"),
    ("thang", "Bùi Mạnh Thắng", False, 1973, "Ủy viên Ban Thường vụ, Phó Chủ tịch UBND huyện", "UBND huyện Hưng Hà"),
    ("lan", "Đặng Thị Lan", True, 1974, "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy", "Ban Dân vận Huyện ủy"),
    ("son", "Lương Văn Sơn", False, 1972, "Ủy viên Ban Thường vụ, Chánh Văn phòng Huyện ủy", "Văn phòng Huyện ủy"),
    ("cuong", "Đinh Công Cường", False, 1976, "Ủy viên Ban Thường vụ, Trưởng Công an huyện", "Công an huyện"),
    ("hai", "Ngô Xuân Hải", False, 1975, "Ủy viên Ban Thường vụ, Chỉ huy trưởng Ban CHQS huyện", "Ban Chỉ huy Quân sự huyện"),
    ("nga", "Trần Thị Nga", True, 1972, "Ủy viên Ban Thường vụ, Chủ tịch Ủy ban MTTQ huyện", "Ủy ban MTTQ huyện"),
    ("vinh", "Hoàng Đức Vinh", False, 1977, "Ủy viên Ban Thường vụ, Phó Chủ tịch HĐND huyện", "HĐND huyện Hưng Hà"),
]
for pid, name, female, birth, position, unit in LEADERS:
    used_names.add(name)
    person(pid, name, female, birth, position, unit, "thac-si" if birth < 1972 else "dai-hoc", "cao-cap", joined_date(birth))
    delegates.append((pid, "duong-nhien", None))

# The rest of the outgoing committee (ex officio) and the delegates elected by the grassroots congresses.
count = 0


def add_delegate(category, position, unit):
    global count
    count += 1
    pid = f"d{count:03d}"
    female = rng.random() < 0.3
    birth = rng.randint(1960, 1992)
    education = rng.choices(["dai-hoc", "thac-si", "cao-dang", "trung-cap"], [70, 15, 8, 7])[0]
    theory = rng.choices(["cao-cap", "cu-nhan", "trung-cap", "so-cap"], [35, 5, 55, 5])[0]
    ethnicity = "Kinh" if rng.random() < 0.985 else rng.choice(["Mường", "Tày"])
    person(pid, new_name(female), female, birth, position, unit, education, theory, joined_date(birth), ethnicity)
    delegates.append((pid, category, None))
    return pid


def head(unit):
    """The title of the head of an agency."""
    for prefix, title in [("Phòng", "Trưởng"), ("Hội", "Chủ tịch"), ("Liên đoàn", "Chủ tịch"), ("Huyện đoàn", "Bí thư"),
                          ("Trường", "Hiệu trưởng"), ("Bệnh viện", "Giám đốc"), ("Trung tâm", "Giám đốc"),
                          ("Chi cục", "Chi cục trưởng"), ("Kho bạc", "Giám đốc"), ("Viện", "Viện trưởng"), ("Tòa án", "Chánh án")]:
        if unit.startswith(prefix):
            return f"{title} {unit[0].lower() + unit[1:] if prefix == 'Phòng' else unit}"
    return f"Trưởng {unit}"


# Agencies whose head is already a standing committee member above.
LED = {"Ban Tổ chức Huyện ủy", "Ban Tuyên giáo Huyện ủy", "Ban Dân vận Huyện ủy", "Ủy ban Kiểm tra Huyện ủy",
       "Văn phòng Huyện ủy", "Công an huyện", "Ban Chỉ huy Quân sự huyện", "Ủy ban MTTQ huyện"}
taken = set()   # (role, unit) already given to someone
committee = [pid for pid, *_ in LEADERS]
for unit in rng.sample(UNITS, 17) + rng.sample([a for a in AGENCIES if a not in LED], 10):
    # The outgoing Ban Chấp hành had 40 members: 13 above, 27 here (17 commune secretaries, 10 agency heads).
    role = f"Bí thư Đảng ủy {unit}" if unit.startswith(("xã", "thị trấn")) else head(unit)
    taken.add(role)
    committee.append(add_delegate("duong-nhien", f"Huyện ủy viên, {role}", unit))
for unit in UNITS:  # every grassroots party organisation elects its delegates
    for role in ["Bí thư Đảng ủy", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch UBND", "Chủ tịch Ủy ban MTTQ",
                 "Bí thư Chi bộ thôn", "Trưởng Công an"][: rng.randint(5, 6)]:
        if f"{role} {unit}" not in taken:
            taken.add(f"{role} {unit}")
            add_delegate("bau", f"{role} {unit}", unit)
while len(delegates) < 296:
    unit = rng.choice(AGENCIES)
    add_delegate("bau", rng.choice(["Phó trưởng", "Chuyên viên", "Bí thư Chi bộ"]) + f" {unit}", unit)
for unit in ["Trường THPT Bắc Duyên Hà", "Bệnh viện Đa khoa huyện", "Chi cục Thuế huyện", "Kho bạc Nhà nước huyện"]:
    add_delegate("chi-dinh", f"Bí thư Chi bộ {unit}", unit)

# Three delegates are absent with an approved reason (excluded from the election base, QĐ 244 art. 30 then).
absent = {delegates[120][0]: "Ốm, điều trị tại Bệnh viện Đa khoa tỉnh, có đơn xin phép",
          delegates[201][0]: "Đi học tập trung tại Học viện Chính trị quốc gia Hồ Chí Minh, có đơn xin phép",
          delegates[255][0]: "Việc gia đình đột xuất, có đơn xin phép"}
delegates = [(pid, cat, absent.get(pid)) for pid, cat, _ in delegates]
summoned = len(delegates)
present = summoned - len(absent)

# Guests from the province (the seed names Ngô Đông Hải).
GUESTS = [
    ("ngo-dong-hai", "Ngô Đông Hải", False, 1970, "Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư Thường trực Tỉnh ủy Thái Bình", "Tỉnh ủy Thái Bình", True),
    ("tinh-uy-to-chuc", "Phạm Văn Nghiêm", False, 1965, "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy Thái Bình", "Tỉnh ủy Thái Bình", True),
    ("tinh-uy-chuyen-vien", "Lê Thị Minh Hà", True, 1980, "Chuyên viên Ban Tổ chức Tỉnh ủy Thái Bình", "Tỉnh ủy Thái Bình", True),
    ("lao-thanh", "Nguyễn Văn Tạo", False, 1940, "Nguyên Bí thư Huyện ủy Hưng Hà các thời kỳ", "huyện Hưng Hà", False),
]
for pid, name, female, birth, position, unit, _ in GUESTS:
    used_names.add(name)
    person(pid, name, female, birth, position, unit, "thac-si" if pid != "lao-thanh" else "dai-hoc", "cao-cap", joined_date(birth))

presidium = ["huy", "thuy", "dung", "tuan", "nga", committee[13], committee[20]]
secretariat = ["son", committee[15], committee[22]]
credentials = ["tuan", committee[14], committee[16], committee[17], committee[18]]

# --- Elections -----------------------------------------------------------------------------------------------
base = summoned - len(absent)          # all delegates are official; the three absent are excluded
issued = present
invalid = 2
valid = issued - invalid
# Ban Chấp hành: 41 places, 46 candidates (12,20 % surplus): 36 re-nominated members and 10 new faces.
others = [pid for pid, cat, _ in delegates if cat == "bau" and pid not in absent]
bch_candidates = committee[:36] + rng.sample(others, 10)
# Ban Kiểm phiếu: 7 delegates present who are not on the list it counts (a member of the board may not be a
# candidate: QĐ 190-QĐ/TW; thể lệ bầu cử); taken from the end of the elected delegates, no random draw.
vote_counting = [c for c in others if c not in bch_candidates][-7:]
votes = sorted((rng.randint(200, 292) for _ in range(41)), reverse=True) + sorted((rng.randint(95, 190) for _ in range(5)), reverse=True)
while votes[40] <= votes[41]:
    votes[41] -= 1
order = bch_candidates[:]
rng.shuffle(order)
bch_votes = dict(zip(order, votes))
bch_elected = sorted(bch_candidates, key=lambda c: -bch_votes[c])[:41]
assert sum(votes) <= valid * 41
# Ban Thường vụ: 13 places, 14 candidates, elected by the 41 new committee members at their first meeting.
btv_candidates = ["huy", "thuy", "dung", "tuan", "hang", "khai", "thang", "lan", "son", "cuong", "hai", "nga", "vinh",
                  [c for c in bch_elected if c not in [p for p, *_ in LEADERS]][0]]
btv_votes = dict(zip(btv_candidates, [41, 40, 40, 39, 38, 38, 37, 37, 36, 36, 35, 35, 34, 18]))
# Ủy ban Kiểm tra: 6 places, 7 candidates; two tie at the cutoff and a second round decides between them.
ubkt_candidates = ["khai"] + [c for c in bch_elected if c not in btv_candidates][:4] + \
    [c for c in others if c not in bch_candidates][:2]
ubkt_votes = dict(zip(ubkt_candidates, [40, 38, 37, 36, 35, 30, 30]))
# The first meeting of the new committee (Hội nghị lần thứ nhất Ban Chấp hành khóa XVI), held at the congress's
# midday break: chaired by the outgoing secretary, re-elected to the committee; its counting board is three new
# committee members who stand in none of its elections (DOMAIN.md "Who elects what").
first_meeting_candidates = set(btv_candidates) | {"huy"} | set(ubkt_candidates)
first_meeting_board = [c for c in bch_elected if c not in first_meeting_candidates][-3:]
# The delegation to the provincial congress: 15 official and 2 alternate delegates allocated by the Tỉnh ủy.
# 17 candidates for the 15 official places (13,33 % surplus); the two not elected stand for the two alternate
# places in an election of their own. The secretary and the standing committee's members come first. Votes drawn from their own generator so the figures above stay as they were.
delegation_rng = random.Random(20200519)
leaders_elected = [p for p, *_ in LEADERS if p in bch_elected]
delegation_candidates = (leaders_elected + [c for c in bch_elected if c not in leaders_elected and c not in vote_counting])[:17]
official_votes = sorted((delegation_rng.randint(180, 290) for _ in range(15)), reverse=True) + [146, 131]
delegation_order = delegation_candidates[:]
delegation_rng.shuffle(delegation_order)
dbct_votes = dict(zip(delegation_order, official_votes))
alternate_candidates = sorted(delegation_candidates, key=lambda c: -dbct_votes[c])[15:]
dbdk_votes = dict(zip(alternate_candidates, [271, 254]))
# Xin ý kiến before the delegation's list is voted (QĐ 190-QĐ/TW Điều 14 khoản 3): one committee member nominated
# from the floor gets 71 of 297 ballots agreeing (23,91 %, not more than 30 %: not on the list), and one candidate
# who asks to withdraw gets 102 (34,34 %, not more than half: stays). Chosen without drawing from any generator.
floor_nominee = [c for c in bch_elected if c not in delegation_candidates and c not in vote_counting][0]
floor_withdrawing = delegation_candidates[-1]


def flow(d):
    return "{" + ", ".join(f"{k}: {v}" for k, v in d.items()) + "}"


# --- Programme -----------------------------------------------------------------------------------------------
def item(title, minutes, performer, kind, lines, document=None):
    return (title, minutes, performer, kind, lines, document)


PREPARATORY = [
    item("Chào cờ", 5, committee[13], "flag",
         "Kính mời các đồng chí đại biểu đứng dậy làm lễ chào cờ.\nNghiêm! Chào cờ, chào! Quốc ca. Quốc tế ca.\nXin mời các đồng chí ngồi."),
    item("Tuyên bố lý do, giới thiệu đại biểu", 10, committee[13], "other",
         "Kính thưa các đồng chí đại biểu!\nThực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị và Kế hoạch của Ban Thường vụ Tỉnh ủy Thái Bình, được sự nhất trí của Ban Thường vụ Tỉnh ủy, hôm nay Đảng bộ huyện Hưng Hà tiến hành phiên trù bị Đại hội đại biểu Đảng bộ huyện lần thứ XVI, nhiệm kỳ 2020 - 2025.\nTới dự phiên trù bị có đồng chí Phạm Văn Nghiêm, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy."),
    item("Bầu Đoàn Chủ tịch, Đoàn Thư ký và Ban Thẩm tra tư cách đại biểu", 15, "thuy", "elect-bodies",
         "Thưa Đại hội! Ban Chấp hành Đảng bộ huyện khóa XV đề xuất Đoàn Chủ tịch Đại hội gồm 7 đồng chí, Đoàn Thư ký gồm 3 đồng chí và Ban Thẩm tra tư cách đại biểu gồm 5 đồng chí, như sau:"),
    item("Thông qua chương trình, quy chế làm việc và nội quy Đại hội", 15, "huy", "adopt",
         "Thay mặt Đoàn Chủ tịch, tôi xin trình bày dự kiến chương trình, quy chế làm việc và nội quy của Đại hội, đã gửi tới các đồng chí đại biểu.\nĐồng chí nào nhất trí thông qua, đề nghị giơ thẻ đại biểu biểu quyết."),
    item("Báo cáo thẩm tra tư cách đại biểu", 15, "tuan", "attendance",
         "Thay mặt Ban Thẩm tra tư cách đại biểu, tôi xin báo cáo kết quả thẩm tra tư cách đại biểu dự Đại hội như sau."),
    item("Quán triệt nội dung, chương trình làm việc của phiên chính thức", 20, "thuy", "other",
         "Để phiên chính thức thành công tốt đẹp, Đoàn Chủ tịch đề nghị các đồng chí đại biểu nghiên cứu kỹ dự thảo các văn kiện, chuẩn bị ý kiến thảo luận tập trung vào những vấn đề lớn, đề xuất giải pháp cụ thể cho nhiệm kỳ tới."),
    item("Bế mạc phiên trù bị", 5, "huy", "closing",
         "Phiên trù bị đã hoàn thành toàn bộ nội dung đề ra. Thay mặt Đoàn Chủ tịch, tôi xin tuyên bố bế mạc phiên trù bị."),
]
OFFICIAL = [
    item("Chào cờ", 5, committee[13], "flag",
         "Kính mời các đồng chí đại biểu đứng dậy làm lễ chào cờ.\nNghiêm! Chào cờ, chào! Quốc ca. Quốc tế ca.\nXin mời các đồng chí ngồi."),
    item("Tuyên bố lý do, giới thiệu đại biểu", 10, committee[13], "other",
         "Kính thưa đồng chí Ngô Đông Hải, Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư Thường trực Tỉnh ủy Thái Bình!\nKính thưa các đồng chí đại biểu khách quý, thưa toàn thể Đại hội!\nHôm nay, Đảng bộ huyện Hưng Hà long trọng khai mạc phiên chính thức Đại hội đại biểu Đảng bộ huyện lần thứ XVI, nhiệm kỳ 2020 - 2025, đại hội điểm của tỉnh Thái Bình."),
    item("Báo cáo tình hình đại biểu dự Đại hội", 5, "tuan", "attendance",
         "Thay mặt Ban Thẩm tra tư cách đại biểu, tôi xin báo cáo tình hình đại biểu dự phiên chính thức như sau."),
    item("Diễn văn khai mạc Đại hội", 15, "huy", "opening",
         "Kính thưa các đồng chí!\nNhiệm kỳ 2015 - 2020, Đảng bộ và nhân dân huyện Hưng Hà đã đoàn kết, nỗ lực phấn đấu hoàn thành và vượt mục tiêu Nghị quyết Đại hội lần thứ XV đề ra; kinh tế tăng trưởng khá, đời sống nhân dân được nâng lên rõ rệt.\nĐại hội lần thứ XVI có nhiệm vụ đánh giá kết quả thực hiện Nghị quyết nhiệm kỳ qua, xác định mục tiêu, nhiệm vụ, giải pháp cho nhiệm kỳ 2020 - 2025, bầu Ban Chấp hành Đảng bộ huyện khóa mới và bầu đoàn đại biểu đi dự Đại hội Đảng bộ tỉnh lần thứ XX.\nVới tinh thần đoàn kết, dân chủ, kỷ cương, đổi mới, tôi xin tuyên bố khai mạc Đại hội."),
    item("Báo cáo chính trị của Ban Chấp hành Đảng bộ huyện khóa XV", 45, "thuy", "report",
         "Thay mặt Ban Chấp hành Đảng bộ huyện khóa XV, tôi xin trình bày Báo cáo chính trị trình Đại hội.",
         "Báo cáo chính trị của Ban Chấp hành Đảng bộ huyện khóa XV trình Đại hội"),
    item("Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành khóa XV", 15, "dung", "report",
         "Thay mặt Ban Chấp hành Đảng bộ huyện khóa XV, tôi xin trình bày Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo nhiệm kỳ 2015 - 2020.",
         "Báo cáo kiểm điểm của Ban Chấp hành Đảng bộ huyện khóa XV"),
    item("Nghỉ giải lao", 15, committee[13], "break",
         "Đại hội nghỉ giải lao 15 phút. Đề nghị các đồng chí đại biểu trở lại hội trường đúng giờ."),
    item("Thảo luận văn kiện Đại hội XIII của Đảng và Đại hội XX Đảng bộ tỉnh", 60, "thuy", "discussion",
         "Thưa Đại hội! Đoàn Chủ tịch đề nghị các đồng chí đại biểu tập trung thảo luận, góp ý vào dự thảo văn kiện trình Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và dự thảo Báo cáo chính trị trình Đại hội Đảng bộ tỉnh lần thứ XX.\nMỗi ý kiến tham luận không quá 7 phút."),
    item("Phát biểu chỉ đạo của đồng chí Phó Bí thư Thường trực Tỉnh ủy", 30, "huy", "superior-speech",
         "Kính thưa Đại hội!"),
    item("Tiếp thu ý kiến chỉ đạo", 10, "huy", "other",
         "Thay mặt Đại hội, tôi xin trân trọng tiếp thu ý kiến chỉ đạo sâu sắc của đồng chí Phó Bí thư Thường trực Tỉnh ủy; Đảng bộ huyện sẽ cụ thể hóa thành chương trình hành động để Hưng Hà tiếp tục là ngọn cờ đầu của phong trào thi đua trong tỉnh."),
    item("Thảo luận báo cáo chính trị, báo cáo kiểm điểm của Ban Chấp hành khóa XV", 60, "dung", "discussion",
         "Đại hội tiếp tục thảo luận báo cáo chính trị và báo cáo kiểm điểm. Đề nghị các đồng chí đại biểu làm rõ những hạn chế, khuyết điểm và nguyên nhân, đề xuất giải pháp thiết thực cho nhiệm kỳ mới."),
    item("Bầu Ban Kiểm phiếu", 5, "thuy", "elect-bodies",
         "Để chuẩn bị cho phần bầu cử, Đoàn Chủ tịch đề xuất Ban Kiểm phiếu gồm 7 đồng chí, như sau:"),
    item("Bầu cử Ban Chấp hành Đảng bộ huyện khóa XVI", 60, "huy", "election",
         "Thưa Đại hội! Đại hội chuyển sang phần bầu cử Ban Chấp hành Đảng bộ huyện khóa XVI, nhiệm kỳ 2020 - 2025."),
    item("Nghỉ trưa", 60, "huy", "break",
         "Đại hội nghỉ trưa; Ban Kiểm phiếu tiếp tục kiểm phiếu. Buổi chiều làm việc từ 14 giờ 05 phút."),
    item("Bầu đoàn đại biểu đi dự Đại hội Đảng bộ tỉnh lần thứ XX", 30, "thuy", "election",
         "Ban Thường vụ Tỉnh ủy phân bổ cho Đảng bộ huyện 15 đại biểu chính thức và 2 đại biểu dự khuyết đi dự Đại hội đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX.\nĐại hội bầu đại biểu chính thức trước, sau đó bầu đại biểu dự khuyết trong danh sách riêng."),
    item("Công bố kết quả Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ huyện khóa XVI", 10, "huy", "other",
         "Thưa Đại hội! Trong giờ nghỉ, Ban Chấp hành Đảng bộ huyện khóa XVI đã họp Hội nghị lần thứ nhất, bầu Ban Thường vụ, Bí thư và Ủy ban Kiểm tra Huyện ủy khóa XVI.\nThay mặt Hội nghị, tôi xin công bố kết quả."),
    item("Thông qua Nghị quyết Đại hội", 15, "son", "resolution",
         "Thay mặt Đoàn Thư ký, tôi xin trình bày dự thảo Nghị quyết Đại hội đại biểu Đảng bộ huyện Hưng Hà lần thứ XVI, nhiệm kỳ 2020 - 2025.\nĐồng chí nào nhất trí thông qua toàn văn Nghị quyết, đề nghị giơ thẻ đại biểu biểu quyết."),
    item("Diễn văn bế mạc Đại hội", 10, "huy", "closing",
         "Kính thưa các đồng chí! Sau một ngày làm việc khẩn trương, nghiêm túc, với tinh thần trách nhiệm cao, Đại hội đại biểu Đảng bộ huyện Hưng Hà lần thứ XVI đã hoàn thành toàn bộ nội dung, chương trình đề ra.\nTôi xin tuyên bố bế mạc Đại hội. Kính mời các đồng chí đứng dậy làm lễ chào cờ bế mạc."),
]

DISCUSSIONS = [
    (committee[27], "Đẩy mạnh xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu"),
    (committee[28], "Phát triển công nghiệp, tiểu thủ công nghiệp và làng nghề dệt, chế biến"),
    (committee[29], "Xây dựng thị trấn Hưng Hà, Hưng Nhân đạt tiêu chí đô thị loại IV"),
    (committee[30], "Nâng cao chất lượng giáo dục và đào tạo nguồn nhân lực"),
    (committee[31], "Giữ vững an ninh chính trị, trật tự an toàn xã hội ở cơ sở"),
    (committee[32], "Nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng"),
    (committee[33], "Chăm sóc sức khỏe nhân dân, phòng chống dịch COVID-19"),
    (committee[34], "Phát huy sức mạnh khối đại đoàn kết toàn dân tộc"),
    (committee[35], "Bảo tồn và phát huy giá trị di tích lịch sử, văn hóa trên địa bàn"),
]
MOTIONS = [
    ("preparatory", "Bầu Đoàn Chủ tịch, Đoàn Thư ký và Ban Thẩm tra tư cách đại biểu", present, 0, 0),
    ("preparatory", "Thông qua chương trình Đại hội", present, 0, 0),
    ("preparatory", "Thông qua quy chế làm việc của Đại hội", present, 0, 0),
    ("preparatory", "Thông qua Báo cáo thẩm tra tư cách đại biểu", present, 0, 0),
    ("official", "Thông qua số lượng Ban Chấp hành khóa XVI là 41 đồng chí", present - 2, 1, 1),
    ("official", "Thông qua danh sách bầu cử Ban Chấp hành gồm 46 đồng chí", present - 1, 1, 0),
    ("official", "Bầu Ban Kiểm phiếu", present, 0, 0),
    ("official", "Thông qua Nghị quyết Đại hội", present, 0, 0),
    ("official", "Thông qua Biên bản Đại hội", present, 0, 0),
]
# What a motion decides besides its figures: the working bodies it elects (the minutes print the vote under
# them), the resolution it adopts, the minutes it approves.
MOTION_MARKS = {
    "Bầu Đoàn Chủ tịch, Đoàn Thư ký và Ban Thẩm tra tư cách đại biểu": ", elects: [presidium, secretariat, credentials]",
    "Bầu Ban Kiểm phiếu": ", elects: [vote_counting]",
    "Thông qua Nghị quyết Đại hội": ", resolution: true",
    "Thông qua Biên bản Đại hội": ", minutes: true",
    "Thông qua quy chế làm việc của Đại hội": ", working_rules: true",
}
# The comments on the draft documents of the upper level and of the national congress (Chỉ thị 45-CT/TW).
DRAFT_COMMENTS = [
    ("dự thảo các văn kiện trình Đại hội đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX", 12,
     "Đại hội nhất trí cao với đánh giá kết quả nhiệm kỳ qua; đề nghị bổ sung giải pháp phát triển kinh tế nông nghiệp "
     "ứng dụng công nghệ cao và chuyển đổi số ở cơ sở."),
    ("dự thảo các văn kiện trình Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", 8,
     "Đại hội tán thành các quan điểm, mục tiêu lớn nêu trong dự thảo; đề nghị làm rõ hơn cơ chế phân cấp, phân quyền "
     "cho chính quyền cơ sở."),
]
# The comments on the provincial drafts by part, as the presidium's summary groups them (counts by hand: 7 + 5 = 12
# comments from 9 delegates, 6 and 4 of them on each part).
DRAFT_SECTIONS = {
    DRAFT_COMMENTS[0][0]: (9, [
        ("Phần thứ nhất: Kết quả thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX", 7, 6, [
            "Đề nghị đánh giá sâu hơn kết quả xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu",
            "Đề nghị làm rõ nguyên nhân chậm giải ngân vốn đầu tư công ở một số dự án",
        ]),
        ("Phần thứ hai: Phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2020 - 2025", 5, 4, [
            "Đề nghị bổ sung giải pháp phát triển kinh tế nông nghiệp ứng dụng công nghệ cao",
            "Đề nghị có chỉ tiêu về chuyển đổi số ở cấp xã",
        ]),
    ]),
}

# --- Write ---------------------------------------------------------------------------------------------------
out = []
w = out.append
w("# Generated by generate.py (python3 Samples/hung-ha/generate.py); edit the script, not this file.")
w("# Đại hội đại biểu Đảng bộ huyện Hưng Hà lần thứ XVI, nhiệm kỳ 2020 - 2025 (seed 000_3297f08e000d5a4d).")
w("schema: 1")
w("organisation:")
w("  name: Đảng bộ huyện Hưng Hà")
w("  level: cap-huyen")
w("  superior: Đảng bộ tỉnh Thái Bình")
w("  place: Hưng Hà")
w("congress:")
w("  kind: dai-bieu")
w("  number: 16")
w("  term: 2020-2025")
w("  venue: Hội trường Trung tâm Văn hóa huyện Hưng Hà")
w("people:")
for pid, f in people:
    fields = [f"id: {pid}", f"name: {yaml_text(f['name'])}", f"gender: {f['gender']}", f"birth_year: {f['birth_year']}",
              f"ethnicity: {f['ethnicity']}", f"education: {f['education']}"]
    # Học vấn, a breakdown of its own: stated for a trung cấp holder (a cao đẳng or đại học implies THPT).
    if f["education"] == "trung-cap":
        fields.append("general_education: thpt")
    fields += [f"theory: {f['theory']}",
              f"joined: {f['joined']}", f"membership: {f['membership']}", f"position: {yaml_text(f['position'])}",
              f"unit: {yaml_text(f['unit'])}"]
    w("  - {" + ", ".join(fields) + "}")
# Đoàn đại biểu: the communes in clusters of five (in the order of UNITS), the district's Party, Front and mass
# organisation agencies, and its government, armed forces and service units; numbered in the order the list first
# names them. Derived from each delegate's unit, so the random draws above are unchanged.
PARTY_BLOCK = ("Huyện ủy", "Ban ", "Văn phòng Huyện ủy", "Ủy ban Kiểm tra", "Trung tâm Chính trị", "Ủy ban MTTQ", "Huyện đoàn",
               "Hội ", "Liên đoàn")
unit_of = {pid: fields["unit"] for pid, fields in people}


def delegation_key(unit):
    if unit in UNITS:
        return ("cum", UNITS.index(unit) // 5)
    return ("dang",) if unit.startswith(PARTY_BLOCK) else ("chinh-quyen",)


delegation_number = {}
for pid, _, _ in delegates:
    delegation_number.setdefault(delegation_key(unit_of[pid]), len(delegation_number) + 1)
w("delegates:")
for pid, cat, reason in delegates:
    group = f"Đoàn đại biểu số {delegation_number[delegation_key(unit_of[pid])]}"
    if reason:
        w(f"  - {{person: {pid}, category: {cat}, delegation: {group}, absent: {yaml_text(reason)}}}")
    else:
        w(f"  - {{person: {pid}, category: {cat}, delegation: {group}}}")
w(f"attendance: {{summoned: {summoned}, present: {present}, absent: {summoned - present}}}")
w("guests:")
for pid, *_, superior in GUESTS:
    w(f"  - {{person: {pid}, superior: {'true' if superior else 'false'}}}")
w("bodies:")
w(f"  presidium: [{', '.join(presidium)}]")
w(f"  secretariat: [{', '.join(secretariat)}]")
w(f"  credentials: [{', '.join(credentials)}]")
w(f"  vote_counting: [{', '.join(vote_counting)}]")
w("first_meeting:")
w("  date: 2020-05-19")
w("  chair: [huy]")
# Thư ký Hội nghị: the Chánh Văn phòng Huyện ủy when re-elected; the board and these minutes voted by show of
# hands of the members present (none absent).
w(f"  secretary: [{'son' if 'son' in bch_elected else first_meeting_board[0]}]")
w(f"  vote_counting: [{', '.join(first_meeting_board)}]")
w(f"  board_vote: {{for: {len(bch_elected)}}}")
w(f"  minutes_vote: {{for: {len(bch_elected)}}}")
w("delegation: {official: 15, alternate: 2}")
w("sessions:")


# The guest invited at an item (the performer, the chair, reads the invitation) and the bodies an
# elect-bodies item elects.
ITEM_INVITED = {"Phát biểu chỉ đạo của đồng chí Phó Bí thư Thường trực Tỉnh ủy": "ngo-dong-hai"}
ITEM_BODIES = {"Bầu Ban Kiểm phiếu": ["vote_counting"]}
ITEM_ELECTIONS = {"Bầu cử Ban Chấp hành Đảng bộ huyện khóa XVI": ["bch"],
                  "Bầu đoàn đại biểu đi dự Đại hội Đảng bộ tỉnh lần thứ XX": ["dbct", "dbdk"]}


def session(key, date, start, end, items, closed_at=None):
    w(f"  {key}:")
    w(f"    date: {date}")
    w(f'    start: "{start}"')
    w(f'    end: "{end}"')
    # The actual closing time, entered after the session: the minutes print it, never the planned end.
    if closed_at:
        w(f'    closed_at: "{closed_at}"')
    w("    items:")
    for title, minutes, performer, kind, lines, document in items:
        w(f"      - title: {yaml_text(title)}")
        w(f"        minutes: {minutes}")
        w(f"        performer: {performer}")
        w(f"        kind: {kind}")
        if document:
            w(f"        document: {yaml_text(document)}")
        # The elections the congress holds in the item: the script prints them from the election list.
        if title in ITEM_ELECTIONS:
            w(f"        elections: [{', '.join(ITEM_ELECTIONS[title])}]")
        if title in ITEM_INVITED:
            w(f"        invited: {ITEM_INVITED[title]}")
        if title in ITEM_BODIES:
            w(f"        bodies: [{', '.join(ITEM_BODIES[title])}]")
        w("        lines: |")
        for line in lines.split("\n"):
            w(f"          {line}")


session("preparatory", "2020-05-18", "14:00", "15:30", PREPARATORY)
session("official", "2020-05-19", "07:30", "15:30", OFFICIAL, closed_at="15:10")
w("discussions:")
for speaker, topic in DISCUSSIONS:
    w(f"  - {{speaker: {speaker}, topic: {yaml_text(topic)}}}")
w("motions:")
for sess, subject, yes, no, abstain in MOTIONS:
    mark = MOTION_MARKS.get(subject, "")
    w(f"  - {{subject: {yaml_text(subject)}, session: {sess}, for: {yes}, against: {no}, abstain: {abstain}{mark}}}")
w("draft_comments:")
for documents, count, summary in DRAFT_COMMENTS:
    w(f"  - documents: {yaml_text(documents)}")
    # Whose congress the drafts are for (the summary of comments groups them so: Chỉ thị 45-CT/TW task 2).
    w(f"    level: {'national' if 'toàn quốc' in documents else 'upper'}")
    w(f"    count: {count}")
    w(f"    summary: {yaml_text(summary)}")
    if documents in DRAFT_SECTIONS:
        members, sections = DRAFT_SECTIONS[documents]
        w(f"    members: {members}")
        w("    sections:")
        for title, section_count, section_members, opinions in sections:
            w(f"      - title: {yaml_text(title)}")
            w(f"        count: {section_count}")
            w(f"        members: {section_members}")
            w("        opinions:")
            for opinion in opinions:
                w(f"          - {yaml_text(opinion)}")
w("elections:")
w("  - id: bch")
w("    body: ban-chap-hanh")
w("    seats: 41")
w(f"    candidates: [{', '.join(bch_candidates)}]")
w(f"    incumbents: [{', '.join(committee[:36])}]")
w("    exclusions:")
w(f"      - {{reason: dai-bieu-vang-khong-thay-the, count: {len(absent)}}}")
w("    rounds:")
w(f"      - issued: {issued}")
w(f"        collected: {issued}")
w(f"        valid: {valid}")
w(f"        invalid: {invalid}")
w(f"        invalid_reasons: [{{reason: Bầu quá số lượng cần bầu, count: {invalid}}}]")
w(f"        votes: {flow(bch_votes)}")
w("  - id: btv")
w("    body: ban-thuong-vu")
w("    seats: 13")
# The base at the first meeting is the 41 members elected to the committee; stated here, derived for the others.
w("    base: 41")
w(f"    candidates: [{', '.join(btv_candidates)}]")
w("    rounds:")
w(f"      - {{issued: 41, collected: 41, valid: 41, invalid: 0, votes: {flow(btv_votes)}}}")
w("  - id: bi-thu")
w("    body: bi-thu")
w("    seats: 1")
w("    candidates: [huy]")
w("    incumbents: [huy]")
w("    rounds:")
w("      - {issued: 41, collected: 41, valid: 41, invalid: 0, votes: {huy: 41}}")
w("  - id: ubkt")
w("    body: uy-ban-kiem-tra")
w("    seats: 6")
w(f"    candidates: [{', '.join(ubkt_candidates)}]")
w("    rounds:")
w(f"      - {{issued: 41, collected: 41, valid: 41, invalid: 0, votes: {flow(ubkt_votes)}}}")
w(f"      - {{issued: 41, collected: 41, valid: 41, invalid: 0, votes: {{{ubkt_candidates[5]}: 27, {ubkt_candidates[6]}: 14}}}}")
w("  - id: dbct")
w("    body: dai-bieu-cap-tren")
w("    seats: 15")
w(f"    candidates: [{', '.join(delegation_candidates)}]")
w("    exclusions:")
w(f"      - {{reason: dai-bieu-vang-khong-thay-the, count: {len(absent)}}}")
w("    # Xin ý kiến về người được đề cử tại Đại hội và người xin rút: số phiếu đồng ý của từng người.")
w("    floor_opinion:")
w(f"      {{issued: {issued}, collected: {issued}, valid: {issued}, invalid: 0, nominated: {{{floor_nominee}: 71}}, withdrawing: {{{floor_withdrawing}: 102}}}}")
w("    rounds:")
w(f"      - {{issued: {issued}, collected: {issued}, valid: {issued - 1}, invalid: 1, votes: {flow(dbct_votes)}}}")
w("  - id: dbdk")
w("    body: dai-bieu-du-khuyet")
w("    seats: 2")
w(f"    candidates: [{', '.join(alternate_candidates)}]")
w("    exclusions:")
w(f"      - {{reason: dai-bieu-vang-khong-thay-the, count: {len(absent)}}}")
w("    rounds:")
w(f"      - {{issued: {issued}, collected: {issued}, valid: {issued}, invalid: 0, votes: {flow(dbdk_votes)}}}")

# The political report, its targets and the resolution are written by hand in documents.yaml (prose in
# bao-cao/*.md); they are appended as they are.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "documents.yaml"), encoding="utf-8") as f:
    out.append(f.read().rstrip("\n"))

# The Ban thẩm tra tư cách's report besides attendance (QĐ 29-QĐ/TW mục 12.2), appended as written.
CREDENTIALS_REVIEW = '\n# What the Ban thẩm tra tư cách reports besides attendance (QĐ 29-QĐ/TW mục 12.2).\ncredentials_review:\n  delegate_elections: Đại biểu chính thức dự Đại hội được bầu tại đại hội các tổ chức cơ sở đảng trực thuộc, đúng nguyên tắc, thủ tục, số lượng được phân bổ; các đại biểu đương nhiên là ủy viên Ban Chấp hành Đảng bộ huyện khóa XV.\n  complaints: Ban Thẩm tra tư cách đại biểu không nhận được đơn thư khiếu nại, tố cáo liên quan đến tư cách đại biểu.\n  replacements: Không có đại biểu dự khuyết thay thế; 03 đại biểu chính thức vắng mặt suốt thời gian Đại hội có lý do.'
out.append(CREDENTIALS_REVIEW)

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "congress.yaml")
with open(path, "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print(f"{path}: {summoned} delegates summoned, {present} present, {len(people)} people")
