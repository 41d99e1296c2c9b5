#!/usr/bin/env python3
"""Generates fiscal-service/src/main/resources/demo/fiscal.sql (demo data, SPEC §6).

Policies follow the source documents (临溪镇, 蒲场镇); 石龙镇's policy and every revenue figure are invented and marked
as demo data (source_system 'DEMO', names and notes with 演示). Disbursements are computed here with the same rules as
ReturnCalculator (year-to-date differences, HALF_UP per line, negative lines netted), so none exceeds what is owed.
Run: python3 fiscal-service/tools/generate-demo-sql.py > fiscal-service/src/main/resources/demo/fiscal.sql
"""
import random
from decimal import Decimal, ROUND_HALF_UP

D = Decimal
CENT = D("0.01")
rnd = random.Random(20261126)
LAST_PERIOD = (2026, 10)  # entries through October 2026, booked on the 8th of the following month

LINXI, PUCHANG, SHILONG = "341824102", "520323104", "441900113"
GEO = "地质灾害防治、矿山地质环境治理"
LAND_LINXI = "工业集中区基础设施建设"
FARMLAND = "城镇基础设施建设和耕地保护"

# (town, version, name, document, valid_from, valid_to, note, rules, grants)
# rule: (kind, [categories], rate, baseline, base_year, unit_amount, earmark, label)
POLICIES = [
    (LINXI, 1, "临溪镇扩权强镇试点财政体制（一定五年不变）", "关于推进扩权强镇试点工作的实施方案（2009）",
     "2009-01-01", "2013-12-31",
     "以2008年财政收入为基数（2008年县财政目标考核认定数字），超收部分由县级财政全额返还，一定五年不变。"
     "基数金额为演示数据（虚构）。2009年县财政安排300万元试点镇发展启动资金，记为本版本的拨款（grant），不属于返还。",
     [("EXCESS_OVER_BASELINE", ["TAX_EXISTING", "TAX_NEW_ENTERPRISE"], "1.00", "12600000.00", 2008, None, None,
       "以2008年为基数，超收全额返还"),
      ("FULL_RETURN", ["LAND_TRANSFER_NET"], "1.00", None, None, None, LAND_LINXI, "土地出让净收益全额返还"),
      ("FULL_RETURN", ["ADMIN_FEES", "SOCIAL_SUPPORT_FEE", "INFRA_FEE", "MINING_RIGHTS"], "1.00", None, None, None,
       None, "规费地方留成部分全部由试点镇政府留用"),
      ("PER_UNIT", ["FARMLAND_RECLAIMED_MU"], None, None, None, "5000.00", FARMLAND, "新增耕地每亩5000元补助全部留用")],
     [(2009, "3000000.00", "试点镇发展启动资金（2009年县财政安排，列入年初财政预算）")]),
    (LINXI, 2, "演示：临溪镇财政体制（延续，以2023年为基数）", None, "2024-01-01", "2028-12-31",
     "演示数据（虚构）：假定2024年起延续2009年政策五年，基数改为2023年税收收入。",
     [("EXCESS_OVER_BASELINE", ["TAX_EXISTING", "TAX_NEW_ENTERPRISE"], "1.00", "20400000.00", 2023, None, None,
       "以2023年为基数，超收全额返还（演示）"),
      ("FULL_RETURN", ["LAND_TRANSFER_NET"], "1.00", None, None, None, LAND_LINXI, "土地出让净收益全额返还"),
      ("FULL_RETURN", ["ADMIN_FEES", "SOCIAL_SUPPORT_FEE", "INFRA_FEE", "MINING_RIGHTS"], "1.00", None, None, None,
       None, "规费地方留成部分全部由试点镇政府留用"),
      ("PER_UNIT", ["FARMLAND_RECLAIMED_MU"], None, None, None, "5000.00", FARMLAND, "新增耕地每亩5000元补助全部留用")],
     []),
    (PUCHANG, 1, "蒲场镇扩权强镇改革试点财政奖励政策", "绥阳县蒲场镇扩权强镇改革试点工作实施方案（2012）",
     "2012-01-01", None,
     "规费、土地出让金收益全额返还；新增企业税收（地方部分）的80%用于乡镇基础设施、社会事业发展、维护稳定和偿还债务；"
     "矿业权价款县级留成部分按不低于50%的比例返还，专项用于地质灾害防治、矿山地质环境治理。",
     [("PROPORTIONAL", ["TAX_NEW_ENTERPRISE"], "0.80", None, None, None, None, "新增企业税收地方部分的80%"),
      ("PROPORTIONAL", ["MINING_RIGHTS"], "0.50", None, None, None, GEO, "矿业权价款县级留成部分返还50%"),
      ("FULL_RETURN", ["ADMIN_FEES", "LAND_TRANSFER_NET"], "1.00", None, None, None, None, "规费、土地出让金收益全额返还")],
     []),
    (SHILONG, 1, "演示：石龙镇简政强镇财政分成（虚构）", None, "2023-01-01", "2027-12-31",
     "演示数据（虚构）：源文件只说“改革和调整镇财政分成及部分规费政策”，未给比例。此处假定以2022年税收为基数，"
     "超收部分返还60%；土地出让净收益返还70%，专项用于城市更新；规费、基础设施配套费全额留镇。",
     [("EXCESS_OVER_BASELINE", ["TAX_EXISTING", "TAX_NEW_ENTERPRISE"], "0.60", "96000000.00", 2022, None, None,
       "以2022年为基数，超收部分返还60%（演示）"),
      ("PROPORTIONAL", ["LAND_TRANSFER_NET"], "0.70", None, None, None, "城市更新", "土地出让净收益返还70%（演示）"),
      ("FULL_RETURN", ["ADMIN_FEES", "INFRA_FEE"], "1.00", None, None, None, None, "规费、基础设施配套费全额留镇（演示）")],
     []),
]

# monthly revenue profiles (2025 level; 2026 grows by the factor)
PROFILES = {
    LINXI: {"growth": D("1.28"), "TAX_EXISTING": 1500000, "TAX_NEW_ENTERPRISE": 400000, "ADMIN_FEES": 45000,
            "SOCIAL_SUPPORT_FEE": 18000, "INFRA_FEE": 30000},
    PUCHANG: {"growth": D("1.12"), "TAX_EXISTING": 600000, "TAX_NEW_ENTERPRISE": 250000, "ADMIN_FEES": 40000,
              "MINING_RIGHTS": 0},
    SHILONG: {"growth": D("1.16"), "TAX_EXISTING": 7000000, "TAX_NEW_ENTERPRISE": 2000000, "ADMIN_FEES": 260000,
              "INFRA_FEE": 150000},
}
OCCASIONAL = {  # (town, year, month, category): amount
    (LINXI, 2025, 4, "LAND_TRANSFER_NET"): "8000000.00", (LINXI, 2026, 3, "LAND_TRANSFER_NET"): "12000000.00",
    (LINXI, 2025, 10, "FARMLAND_RECLAIMED_MU"): "35.50", (LINXI, 2026, 5, "FARMLAND_RECLAIMED_MU"): "20.00",
    (LINXI, 2026, 9, "MINING_RIGHTS"): "150000.00",
    (PUCHANG, 2025, 3, "MINING_RIGHTS"): "1200000.00", (PUCHANG, 2025, 9, "MINING_RIGHTS"): "800000.00",
    (PUCHANG, 2026, 2, "MINING_RIGHTS"): "1500000.00", (PUCHANG, 2026, 7, "MINING_RIGHTS"): "900000.00",
    (PUCHANG, 2025, 6, "LAND_TRANSFER_NET"): "3500000.00", (PUCHANG, 2026, 6, "LAND_TRANSFER_NET"): "4200000.00",
    (SHILONG, 2025, 5, "LAND_TRANSFER_NET"): "30000000.00", (SHILONG, 2026, 4, "LAND_TRANSFER_NET"): "26000000.00",
}
# 蒲场镇: a new enterprise's tax of March 2026 reversed in July 2026 (the county corrected it), netted in August
BIG_ENTRY = (PUCHANG, 2026, 3, "TAX_NEW_ENTERPRISE", "900000.00", "DEMO-520323104-2026-03-NEWENT-9135")
REVERSAL = (2026, 7, "DEMO-520323104-2026-07-REV-9135")

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_WEIGHTS))
    return body17 + USCC_CHARS[(31 - s % 31) % 31]


assert uscc("91350100M000100Y4") == "91350100M000100Y43"
ENTERPRISE = uscc("91520323MA6H00001")


def months():
    for y in (2025, 2026):
        for m in range(1, 13):
            if (y, m) <= LAST_PERIOD:
                yield y, m


def booked(y, m):
    ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
    return f"{ny:04d}-{nm:02d}-08"


entries = []  # (town, y, m, category, amount, ref, uscc, note)
for town, prof in PROFILES.items():
    for y, m in months():
        factor = prof["growth"] if y == 2026 else D("1")
        season = D("1.0") + D(str(round(rnd.uniform(-0.12, 0.12), 3)))
        for cat in ("TAX_EXISTING", "TAX_NEW_ENTERPRISE", "ADMIN_FEES", "SOCIAL_SUPPORT_FEE", "INFRA_FEE"):
            base = prof.get(cat)
            if not base:
                continue
            amount = (D(base) * factor * season).quantize(D("1000")).quantize(CENT)
            entries.append((town, y, m, cat, amount, f"DEMO-{town}-{y}-{m:02d}-{cat}", None, "演示数据"))
for (town, y, m, cat), amount in OCCASIONAL.items():
    if (y, m) <= LAST_PERIOD:
        entries.append((town, y, m, cat, D(amount), f"DEMO-{town}-{y}-{m:02d}-{cat}-X", None, "演示数据"))
t, y, m, cat, amount, ref = BIG_ENTRY
entries.append((t, y, m, cat, D(amount), ref, ENTERPRISE, "演示数据：某新增企业"))


def totals(town, year):
    """month → category → sum, reversal included in its own month."""
    out = {mm: {} for mm in range(1, 13)}
    for (tt, yy, mm, cc, aa, *_rest) in entries:
        if tt == town and yy == year:
            out[mm][cc] = out[mm].get(cc, D(0)) + aa
    if town == BIG_ENTRY[0] and year == REVERSAL[0]:
        out[REVERSAL[1]][BIG_ENTRY[3]] = out[REVERSAL[1]].get(BIG_ENTRY[3], D(0)) - D(BIG_ENTRY[4])
    return out


def ytd_return(rule, base):
    kind, cats, rate, baseline, _by, unit, _e, _l = rule
    if kind == "EXCESS_OVER_BASELINE":
        return D(rate) * max(D(0), base - D(baseline))
    if kind == "PROPORTIONAL":
        return D(rate) * base
    if kind == "FULL_RETURN":
        return base
    return D(unit) * base


def payables(town, year):
    """(month, earmark) → payable, as ReturnCalculator computes it."""
    policy = next(p for p in POLICIES if p[0] == town and int(p[4][:4]) <= year
                  and (p[5] is None or int(p[5][:4]) >= year))
    tot = totals(town, year)
    out = {}
    for rule in policy[7]:
        cats, earmark = rule[1], rule[6]
        carry, ytd_prev, base = D(0), D(0), D(0)
        for mm in range(1, 13):
            if (year, mm) > LAST_PERIOD:
                break
            base += sum(tot[mm].get(c, D(0)) for c in cats)
            ytd = ytd_return(rule, base)
            amount = (ytd - (ytd_prev if mm > 1 else D(0))).quantize(CENT, ROUND_HALF_UP)
            balance = carry + amount
            payable = balance if balance > 0 else D(0)
            carry = balance if balance < 0 else D(0)
            ytd_prev = ytd
            out[(mm, earmark)] = out.get((mm, earmark), D(0)) + payable
    return out


# which periods are paid, and how: (town, year) → month → (fraction, day of payment)
def schedule(town, y, mm):
    if y == 2025:
        if town == PUCHANG and mm == 8:
            return D("1"), "2025-12-15"  # paid late, after three months
        ny, nm = (y + 1, 1) if mm == 12 else (y, mm + 1)
        return D("1"), f"{ny:04d}-{nm:02d}-20"
    paid_through = {LINXI: 8, PUCHANG: 5, SHILONG: 7}[town]
    if mm <= paid_through:
        return D("1"), f"2026-{mm + 1:02d}-20"
    if town == PUCHANG and mm == 6:
        return D("0.5"), "2026-08-14"  # half of June, the rest overdue
    return None, None


disbursements = []
for town in (LINXI, PUCHANG, SHILONG):
    for y in (2025, 2026):
        pay = payables(town, y)
        for (mm, earmark), amount in sorted(pay.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
            frac, day = schedule(town, y, mm)
            if frac is None or amount <= 0:
                continue
            paid = (amount * frac).quantize(CENT, ROUND_HALF_UP)
            tag = "G" if earmark is None else "E" + str(sum(map(ord, earmark)) % 97)
            voucher = f"演示-{town[-3:]}-{y}{mm:02d}-{tag}"
            disbursements.append((town, y, mm, earmark, voucher, day, paid))


def q(v):
    return "null" if v is None else "'" + str(v).replace("'", "''") + "'"


print("-- fiscal-service demo data (SPEC §6), generated by fiscal-service/tools/generate-demo-sql.py: do not edit by hand.")
print("-- Policies of 临溪镇 and 蒲场镇 follow the source documents; 石龙镇's policy, every revenue figure, the baselines")
print("-- and the disbursements are invented (source_system 'DEMO', recorded_by 'demo-data', 演示 in names and notes).")
print("-- Idempotent: every insert skips what is already there.\n")
for (town, ver, name, doc, vf, vt, note, rules, grants) in POLICIES:
    print("insert into policy_version (town_code, version_no, name, document_ref, valid_from, valid_to, note, created_by,"
          " created_at, version)")
    print(f"values ({q(town)}, {ver}, {q(name)}, {q(doc)}, {q(vf)}, {q(vt)}, {q(note)}, 'demo-data', now(), 0)")
    print("on conflict (town_code, version_no) do nothing;\n")
    for pos, (kind, cats, rate, baseline, base_year, unit, earmark, label) in enumerate(rules, start=1):
        print("insert into policy_rule (policy_id, position, kind, categories, rate, baseline, base_year, unit_amount,"
              " earmark, label)")
        print(f"select v.id, {pos}, {q(kind)}, {q(','.join(cats))}, {rate or 'null'}, {baseline or 'null'}, "
              f"{base_year or 'null'}, {unit or 'null'}, {q(earmark)}, {q(label)}")
        print(f"from policy_version v where v.town_code = {q(town)} and v.version_no = {ver}")
        print("on conflict (policy_id, position) do nothing;\n")
    for (gy, amount, purpose) in grants:
        print("insert into policy_grant (policy_id, grant_year, amount, purpose)")
        print(f"select v.id, {gy}, {amount}, {q(purpose)} from policy_version v where v.town_code = {q(town)} "
              f"and v.version_no = {ver}")
        print("and not exists (select 1 from policy_grant g where g.policy_id = v.id and g.grant_year = "
              f"{gy});\n")

print("insert into revenue_entry (town_code, period_year, period_month, category, amount, source_system, external_ref,"
      " enterprise_uscc, entry_date, note, recorded_by, recorded_at) values")
rows = []
for (town, y, m, cat, amount, ref, code, note) in sorted(entries, key=lambda e: (e[0], e[1], e[2], e[3], e[5])):
    rows.append(f"({q(town)}, {y}, {m}, {q(cat)}, {amount}, 'DEMO', {q(ref)}, {q(code)}, {q(booked(y, m))}, "
                f"{q(note)}, 'demo-data', now())")
print(",\n".join(rows))
print("on conflict do nothing;\n")

ry, rm, rref = REVERSAL
print("insert into revenue_entry (town_code, period_year, period_month, category, amount, source_system, external_ref,"
      " enterprise_uscc, reverses_id, entry_date, note, recorded_by, recorded_at)")
print(f"select e.town_code, {ry}, {rm}, e.category, -e.amount, 'DEMO', {q(rref)}, e.enterprise_uscc, e.id, "
      f"{q(booked(ry, rm))}, '演示数据：税务部门更正，冲销3月新增企业税收', 'demo-data', now()")
print(f"from revenue_entry e where e.source_system = 'DEMO' and e.external_ref = {q(BIG_ENTRY[5])}")
print("on conflict do nothing;\n")

print("insert into disbursement (town_code, period_year, period_month, earmark, voucher_no, disbursed_on, amount, note,"
      " recorded_by, recorded_at) values")
rows = []
for (town, y, mm, earmark, voucher, day, paid) in disbursements:
    rows.append(f"({q(town)}, {y}, {mm}, {q(earmark)}, {q(voucher)}, {q(day)}, {paid}, '演示数据', 'demo-data', now())")
print(",\n".join(rows))
print("on conflict (town_code, voucher_no) do nothing;")
