#!/usr/bin/env python3
"""Writes Samples/dang-bo-xa-tan-lap/congress.yaml: Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ XXV, nhiệm kỳ
2025 - 2030 — a đảng bộ cơ sở (xã) holding a đại hội đại biểu, under Đảng bộ huyện Vũ Thư, Thái Bình.

The setting is the round as planned before the 2025 reorganisation (Chỉ thị 45-CT/TW): the xã's superior is
still the Đảng bộ huyện and the congress elects its delegation to the Đại hội đại biểu Đảng bộ huyện. About
130 delegates summoned (the 15 members of the outgoing Ban Chấp hành ex officio, the rest elected by the
chi bộ congresses, two designated), 3 absent, 2 alternates seated in place of absent delegates; the Ban Chấp
hành of 15 (17 candidates, one round); 8 official and 1 alternate delegates to the huyện congress; the first
meeting of the Ban Chấp hành khóa XXV elects the Ban Thường vụ, Bí thư, Phó Bí thư, Ủy ban Kiểm tra and its
Chủ nhiệm. Names, units and figures are invented, deterministically: the same script always writes the same
bytes (random.Random(2025), stdlib only).

Usage: python3 Samples/dang-bo-xa-tan-lap/generate.py   (writes congress.yaml beside this script)
"""
import os
import random

rng = random.Random(2025)

FAMILIES = ["Nguyễn"] * 10 + ["Trần"] * 5 + ["Phạm"] * 4 + ["Vũ"] * 4 + ["Đỗ"] * 3 + ["Bùi"] * 3 + ["Lê"] * 3 + \
    ["Đặng", "Ngô", "Đinh", "Hoàng", "Lương", "Phan", "Tạ", "Mai", "Trịnh", "Đào", "Lại", "Cao", "Hà", "Tô"]
MIDDLE_M = ["Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân", "Mạnh", "Thanh", "Ngọc", "Duy"]
MIDDLE_F = ["Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Kim", "Phương"]
GIVEN_M = ["An", "Bình", "Cường", "Chiến", "Dũng", "Duy", "Đạt", "Đông", "Giang", "Hải", "Hiếu", "Hòa", "Hùng", "Huy",
           "Khải", "Khánh", "Kiên", "Lâm", "Long", "Mạnh", "Nam", "Nghĩa", "Phong", "Phúc", "Quang", "Quý", "Sơn",
           "Tài", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vượng"]
GIVEN_F = ["Anh", "Bích", "Dung", "Duyên", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Huệ", "Hương", "Lan", "Liên",
           "Linh", "Loan", "Mai", "Nga", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Tâm", "Thảo", "Thủy",
           "Trang", "Tuyết", "Vân", "Yến"]
# The chi bộ of Đảng bộ xã Tân Lập (invented): twelve villages and the xã's agencies and schools.
VILLAGES = ["Bắc Sơn", "Nam Sơn", "Đông Hòa", "Tây Hòa", "Trung Lập", "Phú Lập", "An Lập", "Hòa Bình", "Thanh Bình",
            "Lạc Thành", "Đồng Tâm", "Tân Phong"]
AGENCIES = ["Chi bộ Cơ quan Đảng ủy - Ủy ban", "Chi bộ Công an xã", "Chi bộ Quân sự xã", "Chi bộ Trường Mầm non",
            "Chi bộ Trường Tiểu học", "Chi bộ Trường THCS", "Chi bộ Trạm Y tế", "Chi bộ Hợp tác xã Dịch vụ nông nghiệp"]

used_names = set()


def new_name(female):
    while True:
        name = f"{rng.choice(FAMILIES)} {rng.choice(MIDDLE_F if female else MIDDLE_M)} {rng.choice(GIVEN_F if female else GIVEN_M)}"
        if name not in used_names:
            used_names.add(name)
            return name


def yaml_text(value):
    """A YAML scalar: quoted when it holds a character YAML would read as syntax."""
    if any(c in value for c in ":,#[]{}&*!|>'\"%@`") or value != value.strip():
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return value


def joined_date(birth):
    year = min(2022, birth + rng.randint(20, 30))
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


people = []      # (id, fields)
delegates = []   # (id, category)


def place_of(unit):
    """The unit as the delegate list prints it after the position ("…, thôn Bắc Sơn"): the place the chi bộ is
    in, never "Chi bộ …" (the list leaves the unit out when the position already names it)."""
    if unit is None or not unit.startswith("Chi bộ "):
        return unit
    place = unit[len("Chi bộ "):]
    return place + " Tân Lập" if place.startswith("Trường") else place


def person(pid, name, female, birth, position, unit, education, theory, ethnicity="Kinh"):
    used_names.add(name)
    unit = place_of(unit)
    people.append((pid, {"name": name, "gender": "nu" if female else "nam", "birth_year": birth, "ethnicity": ethnicity,
                         "education": education, "theory": theory, "joined": joined_date(birth),
                         "membership": "chinh-thuc", "position": position, "unit": unit}))


# The outgoing Ban Chấp hành khóa XXIV (15 members, ex officio delegates).
OUTGOING = [
    ("bt", "Nguyễn Văn Thành", False, 1971, "Bí thư Đảng ủy xã"),
    ("pbt", "Trần Thị Hương", True, 1976, "Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã"),
    ("ct", "Phạm Quang Vinh", False, 1978, "Phó Bí thư Đảng ủy, Chủ tịch UBND xã"),
    ("cnkt", "Vũ Đức Long", False, 1974, "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã"),
    ("mttq", "Đỗ Thị Lan", True, 1970, "Ủy viên Ban Thường vụ, Chủ tịch Ủy ban MTTQ Việt Nam xã"),
    ("pct", "Bùi Văn Hiếu", False, 1980, "Đảng ủy viên, Phó Chủ tịch UBND xã"),
    ("ca", "Lê Mạnh Cường", False, 1982, "Đảng ủy viên, Trưởng Công an xã"),
    ("qs", "Đinh Công Tuấn", False, 1984, "Đảng ủy viên, Chỉ huy trưởng Ban Chỉ huy Quân sự xã"),
    ("vp", "Ngô Thị Thảo", True, 1985, "Đảng ủy viên, Văn phòng Đảng ủy xã"),
    ("pn", "Hoàng Thị Yến", True, 1983, "Đảng ủy viên, Chủ tịch Hội Liên hiệp Phụ nữ xã"),
    ("nd", "Trịnh Văn Sơn", False, 1972, "Đảng ủy viên, Chủ tịch Hội Nông dân xã"),
    ("dtn", "Mai Duy Khánh", False, 1991, "Đảng ủy viên, Bí thư Đoàn Thanh niên xã"),
    ("ccb", "Đào Xuân Phong", False, 1962, "Đảng ủy viên, Chủ tịch Hội Cựu chiến binh xã"),
    ("dc", "Lương Văn Giang", False, 1968, "Đảng ủy viên, Công chức Địa chính - Xây dựng xã"),
    ("ht", "Tạ Thị Minh", True, 1969, "Đảng ủy viên, Hiệu trưởng Trường THCS Tân Lập"),
]
for pid, name, female, birth, position in OUTGOING:
    person(pid, name, female, birth, position, None,
           "dai-hoc" if pid not in ("nd", "ccb") else "trung-cap", "trung-cap" if pid not in ("bt", "pbt", "ct") else "cao-cap")
    delegates.append((pid, "duong-nhien"))

count = 0


def add_delegate(category, position, unit):
    global count
    count += 1
    pid = f"d{count:03d}"
    female = rng.random() < 0.35
    if "Phụ nữ" in position:      # the women's union is led by a woman, the veterans' by a man
        female = True
    elif "Cựu chiến binh" in position:
        female = False
    birth = rng.randint(1958, 1996)
    education = rng.choices(["dai-hoc", "cao-dang", "trung-cap", "thpt"], [45, 10, 25, 20])[0]
    theory = rng.choices(["trung-cap", "so-cap"], [40, 60])[0]
    person(pid, new_name(female), female, birth, position, unit, education, theory)
    delegates.append((pid, category))
    return pid


# The five new faces on the list for the Ban Chấp hành khóa XXV, elected delegates of their chi bộ.
NEW = [("Phó Chủ tịch HĐND xã", "Chi bộ Cơ quan Đảng ủy - Ủy ban"),
       ("Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã", "Chi bộ Cơ quan Đảng ủy - Ủy ban"),
       ("Phó Chủ tịch UBND xã", "Chi bộ Cơ quan Đảng ủy - Ủy ban"),
       ("Công chức Văn hóa - Xã hội xã", "Chi bộ Cơ quan Đảng ủy - Ủy ban"),
       ("Bí thư Chi bộ thôn Đông Hòa", "Chi bộ thôn Đông Hòa")]
new_faces = [add_delegate("bau", position, unit) for position, unit in NEW]
# Every chi bộ elects its delegates: the secretary first, then members by its allocation.
for village in VILLAGES:
    unit = f"Chi bộ thôn {village}"
    roles = ["Bí thư Chi bộ, Trưởng thôn", "Phó Bí thư Chi bộ", "Chi hội trưởng Phụ nữ", "Chi hội trưởng Nông dân",
             "Chi hội trưởng Cựu chiến binh", "Bí thư Chi đoàn", "Đảng viên", "Đảng viên"]
    if village == "Đông Hòa":     # its secretary stands for the Ban Chấp hành (NEW above)
        roles[0] = "Phó Bí thư Chi bộ, Trưởng thôn"
        roles[1] = "Chi ủy viên"
    for role in roles[: rng.randint(6, 8)]:
        add_delegate("bau", f"{role} thôn {village}".replace("Trưởng thôn thôn", "Trưởng thôn"), unit)
# The members' own posts in each agency's chi bộ.
MEMBER_POSTS = {"Chi bộ Cơ quan Đảng ủy - Ủy ban": ["Công chức Tư pháp - Hộ tịch xã", "Công chức Tài chính - Kế toán xã"],
                "Chi bộ Công an xã": ["Phó Trưởng Công an xã", "Cán bộ Công an xã"],
                "Chi bộ Quân sự xã": ["Phó Chỉ huy trưởng Ban Chỉ huy Quân sự xã", "Thôn đội trưởng thôn Lạc Thành"],
                "Chi bộ Trường Mầm non": ["Phó Hiệu trưởng Trường Mầm non Tân Lập", "Giáo viên Trường Mầm non Tân Lập"],
                "Chi bộ Trường Tiểu học": ["Hiệu trưởng Trường Tiểu học Tân Lập", "Giáo viên Trường Tiểu học Tân Lập"],
                "Chi bộ Trường THCS": ["Phó Hiệu trưởng Trường THCS Tân Lập", "Giáo viên Trường THCS Tân Lập"],
                "Chi bộ Trạm Y tế": ["Trạm trưởng Trạm Y tế xã", "Y sĩ Trạm Y tế xã"],
                "Chi bộ Hợp tác xã Dịch vụ nông nghiệp": ["Giám đốc Hợp tác xã Dịch vụ nông nghiệp", "Kế toán Hợp tác xã Dịch vụ nông nghiệp"]}
for unit in AGENCIES:
    posts = [f"Bí thư {unit} Tân Lập" if unit.startswith("Chi bộ Trường") else f"Bí thư {unit}"] + MEMBER_POSTS[unit]
    for post in posts[: rng.randint(2, 3)]:
        add_delegate("bau", post, unit)
while len(delegates) < 118:
    village = rng.choice(VILLAGES)
    add_delegate("bau", f"Đảng viên thôn {village}", f"Chi bộ thôn {village}")
# Two designated delegates: the secretaries of the chi bộ set up during the term (Điều lệ Đảng; QĐ 29-QĐ/TW).
add_delegate("chi-dinh", "Bí thư Chi bộ Doanh nghiệp may Tân Lập", "Chi bộ Doanh nghiệp may Tân Lập")
add_delegate("chi-dinh", "Bí thư Chi bộ Hợp tác xã Dịch vụ điện năng Tân Lập", "Chi bộ Hợp tác xã Dịch vụ điện năng Tân Lập")

# Three elected delegates absent with no alternate to replace them (excluded from the base, QĐ 190 Điều 30).
elected = [pid for pid, cat in delegates if cat == "bau" and pid not in new_faces]
ABSENT = {elected[17]: "Ốm, điều trị tại Bệnh viện Đa khoa tỉnh Thái Bình, có đơn xin phép",
          elected[52]: "Đi lao động có thời hạn ở nước ngoài, có đơn xin phép",
          elected[88]: "Việc gia đình đột xuất, có đơn xin phép"}
summoned = len(delegates)
present = summoned - len(ABSENT)
base = summoned - len(ABSENT)
# Two alternates elected by their chi bộ took the places of two official delegates who could not come: they are
# in the list above as elected delegates (the replaced delegates are no longer summoned). Their names:
alternates = [elected[30], elected[71]]
REPLACED = ["Nguyễn Văn Tùng", "Phạm Thị Hoa"]   # the official delegates they replace (not in the list)

# Guests: the huyện's representative and a veteran of the xã.
GUESTS = [
    ("huyen-uy", "Phạm Văn Quý", False, 1973, "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy Vũ Thư", "Huyện ủy Vũ Thư", True),
    ("huyen-uy-cv", "Nguyễn Thị Hồng", True, 1986, "Chuyên viên Ban Tổ chức Huyện ủy Vũ Thư", "Huyện ủy Vũ Thư", True),
    ("lao-thanh", "Đặng Văn Tạo", False, 1945, "Nguyên Bí thư Đảng ủy xã Tân Lập", "xã Tân Lập", False),
]
for pid, name, female, birth, position, unit, _ in GUESTS:
    person(pid, name, female, birth, position, unit, "dai-hoc", "cao-cap" if pid == "huyen-uy" else "trung-cap")

def name_of(pid):
    return next(f["name"] for p, f in people if p == pid)


present_pool = [pid for pid, cat in delegates if cat == "bau" and pid not in ABSENT and pid not in new_faces]
presidium = ["bt", "pbt", "ct", "mttq", "nd"]
secretariat = ["vp", present_pool[3], present_pool[40]]
credentials = ["cnkt", "ca", present_pool[60]]

# --- Elections -----------------------------------------------------------------------------------------------
# Ban Chấp hành khóa XXV: 15 places, 17 candidates (13,33 % surplus): 12 members of the outgoing committee
# (ccb, dc and ht retire) and the 5 new faces. One invalid ballot (more names kept than places).
incumbents = [pid for pid, *_ in OUTGOING if pid not in ("ccb", "dc", "ht")]
bch_candidates = incumbents + new_faces
issued = present
bch_valid = issued - 1
bch_votes = {"bt": 113, "pbt": 110, "ct": 112, "cnkt": 104, "mttq": 107, "pct": 101, "ca": 108, "qs": 99,
             "vp": 92, "pn": 97, "nd": 86, "dtn": 94}
bch_votes.update(dict(zip(new_faces, [96, 100, 89, 47, 52])))
bch_elected = [c for c in bch_candidates if bch_votes[c] * 2 > base]
assert len(bch_elected) == 15 and sum(bch_votes.values()) <= bch_valid * 15
assert all(v <= bch_valid for v in bch_votes.values())
# The delegation to the Đại hội đại biểu Đảng bộ huyện Vũ Thư: 8 official and 1 alternate allocated by the
# Ban Thường vụ Huyện ủy. 9 candidates for the 8 official places; the one not elected stands for the alternate
# place in an election of its own.
dbct_candidates = ["bt", "pbt", "ct", "cnkt", "mttq", "pct", "ca", new_faces[0], "pn"]
dbct_votes = dict(zip(dbct_candidates, [112, 109, 111, 101, 104, 95, 98, 90, 61]))
dbct_valid = issued
assert sum(dbct_votes.values()) <= dbct_valid * 8
dbdk_candidates = ["pn"]
dbdk_votes = {"pn": 108}
# Ban Kiểm phiếu of the congress: five delegates present who are on none of the congress's lists.
congress_lists = set(bch_candidates) | set(dbct_candidates)
vote_counting = [c for c in present_pool if c not in congress_lists and c not in secretariat and c not in credentials][-5:]

# The first meeting of the Ban Chấp hành khóa XXV, at the congress's midday break; its voters and base are the
# 15 members elected. Ủy ban Kiểm tra: 5 places, 6 candidates: the Chủ nhiệm and the new Phó Chủ nhiệm from the
# committee and four from outside it (Điều lệ Đảng, Điều 32).
# Each list carries one more name than places: a committee of 3-5 may have one extra candidate (QĐ 190 Điều 14).
btv_candidates = ["bt", "pbt", "ct", "cnkt", "mttq", "pct"]
btv_votes = {"bt": 15, "pbt": 14, "ct": 15, "cnkt": 13, "mttq": 12, "pct": 5}
assert sum(btv_votes.values()) <= 15 * 5
pbt_candidates = ["pbt", "ct"]
pbt_votes = {"pbt": 15, "ct": 14}
ubkt_outside = [present_pool[8], present_pool[25], present_pool[47], present_pool[56]]
ubkt_candidates = ["cnkt", new_faces[1]] + ubkt_outside
ubkt_votes = dict(zip(ubkt_candidates, [15, 14, 13, 12, 14, 4]))
assert sum(ubkt_votes.values()) <= 15 * 5
fm_candidates = set(btv_candidates) | set(pbt_candidates) | set(ubkt_candidates)
first_meeting_board = [c for c in bch_elected if c not in fm_candidates][-3:]
assert all(c in bch_elected for c in btv_candidates + pbt_candidates + ["cnkt", "bt"])


def flow(d):
    return "{" + ", ".join(f"{k}: {v}" for k, v in d.items()) + "}"


# --- Programme -----------------------------------------------------------------------------------------------
MC = "vp"   # the master of ceremonies: the Văn phòng Đảng ủy
FLAG = "Kính mời các đồng chí đại biểu đứng dậy làm lễ chào cờ.\nNghiêm! Chào cờ, chào! Quốc ca. Quốc tế ca.\nXin mời các đồng chí ngồi."
PREPARATORY = [
    ("Chào cờ", 5, MC, "flag", FLAG, None, None),
    ("Tuyên bố lý do, giới thiệu đại biểu", 10, MC, "other",
     "Kính thưa các đồng chí đại biểu!\nThực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị và Kế hoạch của Ban Thường vụ Huyện ủy Vũ Thư về đại hội đảng bộ các cấp, hôm nay Đảng bộ xã Tân Lập tiến hành phiên trù bị Đại hội đại biểu Đảng bộ xã lần thứ XXV, nhiệm kỳ 2025 - 2030.\nTới dự phiên trù bị có đồng chí Nguyễn Thị Hồng, Chuyên viên Ban Tổ chức Huyện ủy Vũ Thư.", None, None),
    ("Bầu Đoàn Chủ tịch, Đoàn Thư ký và Ban Thẩm tra tư cách đại biểu", 10, "pbt", "elect-bodies",
     "Thưa Đại hội! Ban Chấp hành Đảng bộ xã khóa XXIV đề xuất Đoàn Chủ tịch Đại hội gồm 5 đồng chí, Đoàn Thư ký gồm 3 đồng chí và Ban Thẩm tra tư cách đại biểu gồm 3 đồng chí, như sau:", None, None),
    ("Thông qua chương trình, quy chế làm việc và nội quy Đại hội", 10, "bt", "adopt",
     "Thay mặt Đoàn Chủ tịch, tôi xin trình bày dự kiến chương trình, quy chế làm việc và nội quy của Đại hội, đã gửi tới các đồng chí đại biểu.\nĐồng chí nào nhất trí thông qua, đề nghị giơ thẻ đại biểu biểu quyết.", None, None),
    ("Báo cáo thẩm tra tư cách đại biểu", 10, "cnkt", "attendance",
     "Thay mặt Ban Thẩm tra tư cách đại biểu, tôi xin báo cáo kết quả thẩm tra tư cách đại biểu dự Đại hội như sau.", None, None),
    ("Thảo luận, góp ý dự thảo văn kiện Đại hội Đảng bộ huyện Vũ Thư", 45, "pbt", "discussion",
     "Đoàn Chủ tịch đề nghị các đồng chí đại biểu tập trung góp ý vào dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ huyện Vũ Thư và dự thảo văn kiện trình Đại hội XIV của Đảng; Đoàn Thư ký tổng hợp gửi Ban Thường vụ Huyện ủy.", None, None),
    ("Quán triệt nội dung, chương trình phiên chính thức", 10, "ct", "other",
     "Đề nghị các đồng chí đại biểu nghiên cứu kỹ dự thảo Báo cáo chính trị, chuẩn bị ý kiến thảo luận tập trung vào những vấn đề lớn của xã trong nhiệm kỳ tới.", None, None),
    ("Bế mạc phiên trù bị", 5, "bt", "closing",
     "Phiên trù bị đã hoàn thành toàn bộ nội dung đề ra. Thay mặt Đoàn Chủ tịch, tôi xin tuyên bố bế mạc phiên trù bị.", None, None),
]
# The guest invited at an item (the performer, the chair, reads the invitation) and the bodies an
# elect-bodies item elects.
ITEM_INVITED = {"Phát biểu chỉ đạo của đại diện Ban Thường vụ Huyện ủy": "huyen-uy"}
ITEM_BODIES = {"Bầu Ban Kiểm phiếu": ["vote_counting"]}
OFFICIAL = [
    ("Chào cờ", 5, MC, "flag", FLAG, None, None),
    ("Tuyên bố lý do, giới thiệu đại biểu", 10, MC, "other",
     "Kính thưa đồng chí Phạm Văn Quý, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy Vũ Thư!\nKính thưa các đồng chí đại biểu khách quý, thưa toàn thể Đại hội!\nHôm nay, Đảng bộ xã Tân Lập long trọng tổ chức phiên chính thức Đại hội đại biểu Đảng bộ xã lần thứ XXV, nhiệm kỳ 2025 - 2030.", None, None),
    ("Báo cáo tình hình đại biểu dự Đại hội", 5, "cnkt", "attendance",
     "Thay mặt Ban Thẩm tra tư cách đại biểu, tôi xin báo cáo tình hình đại biểu dự phiên chính thức như sau.", None, None),
    ("Diễn văn khai mạc Đại hội", 10, "bt", "opening",
     "Kính thưa các đồng chí!\nNhiệm kỳ 2020 - 2025, Đảng bộ và Nhân dân xã Tân Lập đã đoàn kết, vượt qua khó khăn của dịch COVID-19 và thiên tai, hoàn thành cơ bản các mục tiêu Nghị quyết Đại hội lần thứ XXIV đề ra.\nĐại hội lần thứ XXV có nhiệm vụ đánh giá kết quả nhiệm kỳ qua, xác định mục tiêu, nhiệm vụ nhiệm kỳ 2025 - 2030, bầu Ban Chấp hành Đảng bộ xã khóa XXV và bầu đoàn đại biểu đi dự Đại hội đại biểu Đảng bộ huyện.\nTôi xin tuyên bố khai mạc Đại hội.", None, None),
    ("Báo cáo chính trị của Ban Chấp hành Đảng bộ xã khóa XXIV", 40, "pbt", "report",
     "Thay mặt Ban Chấp hành Đảng bộ xã khóa XXIV, tôi xin trình bày Báo cáo chính trị trình Đại hội.",
     "Báo cáo chính trị của Ban Chấp hành Đảng bộ xã khóa XXIV trình Đại hội", None),
    ("Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành khóa XXIV", 15, "ct", "report",
     "Thay mặt Ban Chấp hành Đảng bộ xã khóa XXIV, tôi xin trình bày Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo nhiệm kỳ 2020 - 2025.",
     "Báo cáo kiểm điểm của Ban Chấp hành Đảng bộ xã khóa XXIV", None),
    ("Nghỉ giải lao", 15, MC, "break", "Đại hội nghỉ giải lao 15 phút. Đề nghị các đồng chí đại biểu trở lại hội trường đúng giờ.", None, None),
    ("Thảo luận Báo cáo chính trị, Báo cáo kiểm điểm", 50, "ct", "discussion",
     "Đoàn Chủ tịch đề nghị các đồng chí đại biểu thảo luận thẳng thắn, làm rõ hạn chế và nguyên nhân, đề xuất giải pháp cho nhiệm kỳ mới. Mỗi ý kiến tham luận không quá 7 phút.", None, None),
    ("Phát biểu chỉ đạo của đại diện Ban Thường vụ Huyện ủy", 20, "bt", "superior-speech",
     "Kính thưa Đại hội!", None, None),
    ("Tiếp thu ý kiến chỉ đạo", 5, "bt", "other",
     "Thay mặt Đại hội, tôi xin trân trọng tiếp thu ý kiến chỉ đạo của đồng chí đại diện Ban Thường vụ Huyện ủy; Đảng bộ xã sẽ cụ thể hóa vào chương trình hành động thực hiện Nghị quyết Đại hội.", None, None),
    ("Bầu Ban Kiểm phiếu", 5, "pbt", "elect-bodies",
     "Để chuẩn bị cho phần bầu cử, Đoàn Chủ tịch đề xuất Ban Kiểm phiếu gồm 5 đồng chí, như sau:", None, None),
    ("Bầu cử Ban Chấp hành Đảng bộ xã khóa XXV", 50, "bt", "election",
     "Thưa Đại hội! Đại hội chuyển sang phần bầu cử Ban Chấp hành Đảng bộ xã khóa XXV, nhiệm kỳ 2025 - 2030.", None, ["bch"]),
    ("Nghỉ trưa", 120, MC, "break", "Đại hội nghỉ trưa; Ban Kiểm phiếu tiếp tục kiểm phiếu. Buổi chiều làm việc từ 13 giờ 20 phút.", None, None),
    ("Bầu đoàn đại biểu đi dự Đại hội đại biểu Đảng bộ huyện Vũ Thư", 30, "pbt", "election",
     "Ban Thường vụ Huyện ủy phân bổ cho Đảng bộ xã 8 đại biểu chính thức và 1 đại biểu dự khuyết.\nĐại hội bầu đại biểu chính thức trước, sau đó bầu đại biểu dự khuyết trong danh sách riêng.", None, ["dbct", "dbdk"]),
    ("Công bố kết quả Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ xã khóa XXV", 10, "bt", "other",
     "Thưa Đại hội! Trong giờ nghỉ trưa, Ban Chấp hành Đảng bộ xã khóa XXV đã họp Hội nghị lần thứ nhất, bầu Ban Thường vụ, Bí thư, Phó Bí thư, Ủy ban Kiểm tra và Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã.\nThay mặt Hội nghị, tôi xin công bố kết quả.", None, None),
    ("Thông qua Nghị quyết Đại hội", 10, "vp", "resolution",
     "Thay mặt Đoàn Thư ký, tôi xin trình bày dự thảo Nghị quyết Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ XXV, nhiệm kỳ 2025 - 2030.\nĐồng chí nào nhất trí thông qua toàn văn Nghị quyết, đề nghị giơ thẻ đại biểu biểu quyết.", None, None),
    ("Diễn văn bế mạc Đại hội", 10, "bt", "closing",
     "Kính thưa các đồng chí! Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ XXV đã hoàn thành toàn bộ nội dung, chương trình đề ra.\nTôi xin tuyên bố bế mạc Đại hội. Kính mời các đồng chí đứng dậy làm lễ chào cờ bế mạc.", None, None),
]

DISCUSSIONS = [
    (present_pool[0], "Phát triển vùng sản xuất lúa chất lượng cao, liên kết tiêu thụ nông sản"),
    (present_pool[10], "Xây dựng xã đạt chuẩn nông thôn mới kiểu mẫu"),
    ("ca", "Giữ vững an ninh, trật tự ở thôn, phòng chống tội phạm công nghệ cao"),
    (present_pool[22], "Nâng cao chất lượng sinh hoạt chi bộ thôn"),
    ("pn", "Phát huy vai trò phụ nữ trong phát triển kinh tế hộ gia đình"),
    (present_pool[35], "Chuyển đổi số trong quản lý, điều hành ở xã"),
]
MOTIONS = [
    ("preparatory", "Thông qua Đoàn Chủ tịch, Đoàn Thư ký và Ban Thẩm tra tư cách đại biểu", present, 0, 0),
    ("preparatory", "Thông qua chương trình Đại hội", present, 0, 0),
    ("preparatory", "Thông qua quy chế làm việc của Đại hội", present, 0, 0),
    ("preparatory", "Thông qua Báo cáo thẩm tra tư cách đại biểu", present, 0, 0),
    ("official", "Thông qua số lượng Ban Chấp hành khóa XXV là 15 đồng chí", present - 1, 0, 1),
    ("official", "Thông qua danh sách bầu cử Ban Chấp hành gồm 17 đồng chí", present - 2, 1, 1),
    ("official", "Thông qua danh sách bầu đại biểu chính thức đi dự Đại hội Đảng bộ huyện gồm 9 đồng chí", present, 0, 0),
    ("official", "Bầu Ban Kiểm phiếu", present, 0, 0),
    ("official", "Thông qua Nghị quyết Đại hội", present, 0, 0),
    ("official", "Thông qua Biên bản Đại hội", present, 0, 0),
]
# What a motion decides besides its figures: the working bodies it elects (the minutes print the vote under
# them), the resolution it adopts, the minutes it approves.
MOTION_MARKS = {
    "Thông qua Đoàn Chủ tịch, Đoàn Thư ký và Ban Thẩm tra tư cách đại biểu": ", elects: [presidium, secretariat, credentials]",
    "Bầu Ban Kiểm phiếu": ", elects: [vote_counting]",
    "Thông qua Nghị quyết Đại hội": ", resolution: true",
    "Thông qua Biên bản Đại hội": ", minutes: true",
    "Thông qua quy chế làm việc của Đại hội": ", working_rules: true",
}
# The comments on the draft documents of the upper level and of the national congress (Chỉ thị 45-CT/TW).
DRAFT_COMMENTS = [
    ("dự thảo các văn kiện trình Đại hội đại biểu Đảng bộ huyện Vũ Thư lần thứ XXVI", 12,
     "Đại hội nhất trí cao với đánh giá kết quả nhiệm kỳ qua; đề nghị bổ sung giải pháp phát triển kinh tế nông nghiệp "
     "ứng dụng công nghệ cao và chuyển đổi số ở cơ sở."),
    ("dự thảo các văn kiện trình Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", 8,
     "Đại hội tán thành các quan điểm, mục tiêu lớn nêu trong dự thảo; đề nghị làm rõ hơn cơ chế phân cấp, phân quyền "
     "cho chính quyền cơ sở."),
]

# --- Write ---------------------------------------------------------------------------------------------------
out = []
w = out.append
w("# Generated by generate.py (python3 Samples/dang-bo-xa-tan-lap/generate.py); edit the script, not this file.")
w("# Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ XXV, nhiệm kỳ 2025 - 2030: a đảng bộ cơ sở (xã) holding a đại hội")
w("# đại biểu. Superior: Đảng bộ huyện Vũ Thư (the round as planned before the 2025 reorganisation removed the")
w("# huyện level; after it the superior would be Đảng bộ tỉnh). Names, units and figures are invented.")
w("schema: 1")
w("organisation:")
w("  name: Đảng bộ xã Tân Lập")
w("  level: dang-bo-co-so")
w("  superior: Đảng bộ huyện Vũ Thư")
w("  place: Tân Lập")
w("congress:")
w("  kind: dai-bieu")
w("  number: 25")
w("  term: 2025-2030")
w("  venue: Hội trường Ủy ban nhân dân xã Tân Lập")
w("people:")
for pid, f in people:
    fields = [f"id: {pid}", f"name: {yaml_text(f['name'])}", f"gender: {f['gender']}", f"birth_year: {f['birth_year']}",
              f"ethnicity: {f['ethnicity']}", f"education: {f['education']}"]
    # Học vấn, a breakdown of its own: stated for a trung cấp holder (a cao đẳng or đại học implies THPT).
    if f["education"] == "trung-cap":
        fields.append("general_education: " + ("thcs" if f['birth_year'] < 1970 else "thpt"))
    fields += [f"theory: {f['theory']}",
              f"joined: {f['joined']}", f"membership: {f['membership']}", f"position: {yaml_text(f['position'])}"]
    if f["unit"]:
        fields.append(f"unit: {yaml_text(f['unit'])}")
    w("  - {" + ", ".join(fields) + "}")
w("delegates:")
for pid, cat in delegates:
    if pid in ABSENT:
        w(f"  - {{person: {pid}, category: {cat}, absent: {yaml_text(ABSENT[pid])}}}")
    else:
        w(f"  - {{person: {pid}, category: {cat}}}")
w(f"attendance: {{summoned: {summoned}, present: {present}, absent: {summoned - present}}}")
w("guests:")
for pid, *_, superior in GUESTS:
    w(f"  - {{person: {pid}, superior: {'true' if superior else 'false'}}}")
w("bodies:")
w(f"  presidium: [{', '.join(presidium)}]")
w(f"  secretariat: [{', '.join(secretariat)}]")
w(f"  credentials: [{', '.join(credentials)}]")
w(f"  vote_counting: [{', '.join(vote_counting)}]")
w("# What the Ban thẩm tra tư cách reports besides attendance (QĐ 29-QĐ/TW mục 12.2).")
w("credentials_review:")
w("  delegate_elections: " + yaml_text(
    "Đại biểu chính thức dự Đại hội được bầu tại đại hội 20 chi bộ trực thuộc, đúng nguyên tắc, thủ tục, số lượng được "
    "phân bổ; 15 đại biểu đương nhiên là ủy viên Ban Chấp hành Đảng bộ xã khóa XXIV; 02 đại biểu được chỉ định là bí thư "
    "02 chi bộ thành lập trong nhiệm kỳ, chưa tiến hành đại hội."))
w("  complaints: " + yaml_text(
    "Ban Thẩm tra tư cách đại biểu nhận được 01 đơn phản ánh về việc bầu đại biểu tại đại hội Chi bộ thôn Nam Sơn; "
    "Ban Thường vụ Đảng ủy đã xem xét, kết luận việc bầu cử đúng quy định, tư cách đại biểu không bị ảnh hưởng."))
w("  replacements: " + yaml_text(
    f"02 đại biểu dự khuyết được chuyển thành đại biểu chính thức thay đại biểu chính thức vắng mặt: đồng chí "
    f"{name_of(alternates[0])} thay đồng chí {REPLACED[0]} (chuyển công tác), đồng chí {name_of(alternates[1])} thay "
    f"đồng chí {REPLACED[1]} (ốm dài ngày); 03 đại biểu chính thức vắng mặt không có đại biểu dự khuyết thay thế."))
w("first_meeting:")
w("  date: 2025-04-23")
w("  chair: [bt]")
# Thư ký Hội nghị: the Văn phòng Đảng ủy when elected; the board and these minutes voted by show of hands.
w(f"  secretary: [{'vp' if 'vp' in bch_elected else first_meeting_board[0]}]")
w(f"  vote_counting: [{', '.join(first_meeting_board)}]")
w(f"  board_vote: {{for: {len(bch_elected)}, against: 0, abstain: 0}}")
w(f"  minutes_vote: {{for: {len(bch_elected)}}}")
w("delegation: {official: 8, alternate: 1}")
w("sessions:")


def session(key, date, start, end, items, closed_at=None):
    w(f"  {key}:")
    w(f"    date: {date}")
    w(f'    start: "{start}"')
    w(f'    end: "{end}"')
    if closed_at:
        w(f'    closed_at: "{closed_at}"')  # the actual closing time the minutes record
    w("    items:")
    for title, minutes, performer, kind, lines, document, elections in items:
        w(f"      - title: {yaml_text(title)}")
        w(f"        minutes: {minutes}")
        w(f"        performer: {performer}")
        w(f"        kind: {kind}")
        if document:
            w(f"        document: {yaml_text(document)}")
        if elections:
            w(f"        elections: [{', '.join(elections)}]")
        if title in ITEM_INVITED:
            w(f"        invited: {ITEM_INVITED[title]}")
        if title in ITEM_BODIES:
            w(f"        bodies: [{', '.join(ITEM_BODIES[title])}]")
        w("        lines: |")
        for line in lines.split("\n"):
            w(f"          {line}")


session("preparatory", "2025-04-22", "14:00", "15:45", PREPARATORY)
session("official", "2025-04-23", "07:30", "14:30", OFFICIAL, closed_at="14:20")
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

EXCLUSIONS = f"      - {{reason: dai-bieu-vang-khong-thay-the, count: {len(ABSENT)}}}"
w("elections:")
w("  - id: bch")
w("    body: ban-chap-hanh")
w("    seats: 15")
w(f"    candidates: [{', '.join(bch_candidates)}]")
w(f"    incumbents: [{', '.join(incumbents)}]")
w("    exclusions:")
w(EXCLUSIONS)
w("    rounds:")
w(f"      - issued: {issued}")
w(f"        collected: {issued}")
w(f"        valid: {bch_valid}")
w("        invalid: 1")
w("        invalid_reasons: [{reason: Để nguyên số người trong danh sách (không gạch tên), count: 1}]")
w(f"        votes: {flow(bch_votes)}")
w("  - id: dbct")
w("    body: dai-bieu-cap-tren")
w("    seats: 8")
w(f"    candidates: [{', '.join(dbct_candidates)}]")
w("    exclusions:")
w(EXCLUSIONS)
w("    rounds:")
w(f"      - {{issued: {issued}, collected: {issued}, valid: {dbct_valid}, invalid: 0, votes: {flow(dbct_votes)}}}")
w("  - id: dbdk")
w("    body: dai-bieu-du-khuyet")
w("    seats: 1")
w(f"    candidates: [{', '.join(dbdk_candidates)}]")
w("    exclusions:")
w(EXCLUSIONS)
w("    rounds:")
w(f"      - {{issued: {issued}, collected: {issued}, valid: {issued}, invalid: 0, votes: {flow(dbdk_votes)}}}")
# Held by the first meeting: voters and base are the 15 members elected to the committee.
w("  - id: btv")
w("    body: ban-thuong-vu")
w("    seats: 5")
w(f"    candidates: [{', '.join(btv_candidates)}]")
w("    incumbents: [bt, pbt, ct, cnkt, mttq]")
w("    rounds:")
w(f"      - {{issued: 15, collected: 15, valid: 15, invalid: 0, votes: {flow(btv_votes)}}}")
w("  - id: bi-thu")
w("    body: bi-thu")
w("    seats: 1")
w("    candidates: [bt]")
w("    incumbents: [bt]")
w("    rounds:")
w("      - {issued: 15, collected: 15, valid: 15, invalid: 0, votes: {bt: 15}}")
w("  - id: pho-bi-thu")
w("    body: pho-bi-thu")
w("    seats: 2")
w(f"    candidates: [{', '.join(pbt_candidates)}]")
w("    incumbents: [pbt, ct]")
w("    rounds:")
w(f"      - {{issued: 15, collected: 15, valid: 15, invalid: 0, votes: {flow(pbt_votes)}}}")
w("  - id: ubkt")
w("    body: uy-ban-kiem-tra")
w("    seats: 5")
w(f"    candidates: [{', '.join(ubkt_candidates)}]")
w("    incumbents: [cnkt]")
w("    rounds:")
w(f"      - {{issued: 15, collected: 15, valid: 15, invalid: 0, votes: {flow(ubkt_votes)}}}")
w("  - id: cn-ubkt")
w("    body: chu-nhiem-uy-ban-kiem-tra")
w("    seats: 1")
w("    candidates: [cnkt]")
w("    incumbents: [cnkt]")
w("    rounds:")
w("      - {issued: 15, collected: 15, valid: 15, invalid: 0, votes: {cnkt: 15}}")

# Two counting groups (tổ kiểm phiếu) for the hand count's tally sheets: the default for a board of five, stated.
w("settings:")
w("  tally_groups: 2")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "documents.yaml"), encoding="utf-8") as f:
    out.append(f.read().rstrip("\n"))

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "congress.yaml")
with open(path, "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print(f"{path}: {summoned} delegates summoned, {present} present, {len(people)} people")
