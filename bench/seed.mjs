// Seeds the bench databases with more towns through the services' own REST APIs, so the county dashboard has 50 towns
// that each make the services do real work: every new town gets a few organisation units with quotas, people registered
// in them (with valid GB 11643 resident ID numbers), a sharing policy and two years of quarterly revenue entries.
//
//   node bench/seed.mjs --personnel URL --fiscal URL --token TOKEN [--towns 47] [--parallel 8]
//
// The token needs the roles county-org (towns, units, people) and county-finance (policies, revenue). Prints one line
// per milestone and fails (exit 1) at the first refused request, with the service's problem+json.

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const personnel = need('personnel');
const fiscal = need('fiscal');
const token = need('token');
const townCount = Number(args.towns ?? 47);
const parallel = Number(args.parallel ?? 8);

function need(name) {
  if (!args[name]) {
    console.error(`seed.mjs: --${name} is required`);
    process.exit(2);
  }
  return args[name];
}

// Towns of a plausible county (county code 341824 + 3-digit sequence 201..), names from a fixed list.
const NAMES = ['上庄', '长安', '金沙', '荆州', '家朋', '瀛洲', '北村', '伏岭', '扬溪', '板桥头', '华阳', '杨林', '宅坦', '石门',
  '大源', '胡家', '荆川', '坑口', '湖村', '磡头', '汪村', '横山', '龙川', '仁里', '尚田', '霞水', '新桥', '高村', '青石',
  '雄路', '梅林', '竹里', '清溪', '东岭', '西坑', '南屏', '北岸', '岩寺', '潭渡', '许村', '呈坎', '唐模', '棠樾', '宏村',
  '西递', '碧山', '卢村', '屏山', '关麓', '南湖'];
const YEAR = 2026;
const LAST_PERIOD = (() => {
  const now = new Date();
  return now.getUTCFullYear() > YEAR ? 12 : now.getUTCMonth() + 1;
})();

async function call(base, method, path, body) {
  let res;
  try {
    res = await fetch(base + path, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new Error(`${method} ${base}${path}: ${e.cause?.message ?? e.message}`);
  }
  const text = await res.text();
  if (!res.ok) {
    throw new Error(`${method} ${base}${path} answered ${res.status}: ${text.slice(0, 600)}\nrequest: ${JSON.stringify(body)}`);
  }
  return text ? JSON.parse(text) : null;
}

// A valid resident ID number (GB 11643-1999): address code, birth date, sequence, MOD 11-2 check character.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
function residentId(townIndex, personIndex) {
  const year = 1965 + ((townIndex * 7 + personIndex * 3) % 35);
  const month = String(1 + ((townIndex + personIndex) % 12)).padStart(2, '0');
  const day = String(1 + ((townIndex * 3 + personIndex) % 28)).padStart(2, '0');
  const sequence = String(townIndex * 20 + personIndex).padStart(3, '0');
  const first17 = `341824${year}${month}${day}${sequence}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return first17 + CHECK[sum % 11];
}

const SURNAMES = ['胡', '汪', '程', '章', '曹', '许', '方', '洪', '吴', '王', '周', '舒'];
const GIVEN = ['建国', '志强', '丽华', '海燕', '文斌', '晓东', '秀英', '国平', '红梅', '卫东', '明', '静'];

async function seedTown(i) {
  const code = `341824${String(201 + i).padStart(3, '0')}`;
  const name = `${NAMES[i % NAMES.length]}镇`;
  const scale = 1 + (i % 5); // towns differ in size, so the dashboard's figures differ too
  await call(personnel, 'POST', '/api/v1/towns', {
    code, name, county: '绩溪县', category: i % 7 === 0 ? 'LARGER_TOWN' : 'ORDINARY_TOWN', pilot: i % 3 === 0,
    leadershipPosts: 9,
  });
  const units = [
    { name: '党政综合办公室', kind: 'INTERNAL_OFFICE', administrativeQuota: 2 + scale, leadershipPosts: 1, rank: '正科级' },
    { name: '经济发展办公室', kind: 'INTERNAL_OFFICE', administrativeQuota: 2 + scale, leadershipPosts: 1, rank: '正科级' },
    { name: '社会事务办公室', kind: 'INTERNAL_OFFICE', administrativeQuota: 1 + scale, leadershipPosts: 1, rank: '正科级' },
    { name: '农业综合服务中心', kind: 'PUBLIC_INSTITUTION', institutionQuota: 2 + scale, nameplates: ['水利站', '林业站'] },
  ];
  const unitIds = [];
  for (const unit of units) {
    unitIds.push((await call(personnel, 'POST', `/api/v1/towns/${code}/units`, unit)).id);
  }
  // Fewer people than quota (7 + 4 × scale), so every town shows some vacancy.
  const people = 2 + 2 * scale;
  for (let p = 0; p < people; p++) {
    const institution = p % 4 === 3;
    const person = await call(personnel, 'POST', '/api/v1/people', {
      townCode: code,
      name: SURNAMES[(i + p) % SURNAMES.length] + GIVEN[(i * 5 + p) % GIVEN.length],
      residentId: residentId(i, p),
      staffType: institution ? 'INSTITUTION' : 'ADMINISTRATIVE',
      note: '基准测试数据（虚构）',
    });
    const unitId = institution ? unitIds[3] : unitIds[p % 3];
    await call(personnel, 'POST', `/api/v1/units/${unitId}/registrations`, {
      personId: person.id, post: p % 3 === 0 ? '主任' : '科员', date: `${2014 + (p % 8)}-03-01`,
    });
  }
  await call(fiscal, 'POST', `/api/v1/towns/${code}/policies`, {
    name: `${name}财政体制（基准测试数据）`, validFrom: '2024-01-01', note: '基准测试数据（虚构）',
    rules: [
      { kind: 'EXCESS_OVER_BASELINE', categories: ['TAX_EXISTING', 'TAX_NEW_ENTERPRISE'], rate: 0.8, baseline: 1200000 * scale, baseYear: 2023 },
      { kind: 'FULL_RETURN', categories: ['ADMIN_FEES', 'LAND_TRANSFER_NET'] },
    ],
  });
  const entries = [];
  for (const year of [YEAR - 1, YEAR]) {
    const months = year === YEAR ? LAST_PERIOD : 12;
    for (let m = 1; m <= months; m += 3) { // quarterly: tax every quarter, fees twice a year, land once
      const period = `${year}-${String(m).padStart(2, '0')}`;
      const growth = year === YEAR ? 1.18 + (i % 4) * 0.05 : 1;
      entries.push({ category: 'TAX_EXISTING', amount: (630000 * scale * growth + i * 100).toFixed(2), period });
      if (m % 6 === 1) entries.push({ category: 'ADMIN_FEES', amount: (54000 * scale + m * 10).toFixed(2), period });
      if (m === 4) entries.push({ category: 'LAND_TRANSFER_NET', amount: (450000 * scale).toFixed(2), period });
    }
  }
  for (const [n, e] of entries.entries()) {
    await call(fiscal, 'POST', '/api/v1/revenue-entries', {
      townCode: code, period: e.period, category: e.category, amount: e.amount, sourceSystem: 'BENCH',
      externalRef: `${code}-${n}`, date: bookingDay(e.period), note: '基准测试数据（虚构）',
    });
  }
  return { units: units.length, people, entries: entries.length };
}

// The 28th of the period, or today when that is still ahead (an entry is never booked in the future).
function bookingDay(period) {
  const today = new Date().toISOString().slice(0, 10);
  const day = `${period}-28`;
  return day < today ? day : today;
}

const started = Date.now();
const totals = { towns: 0, units: 0, people: 0, entries: 0 };
let next = 0;
async function worker() {
  while (next < townCount) {
    const i = next++;
    const done = await seedTown(i);
    totals.towns++;
    totals.units += done.units;
    totals.people += done.people;
    totals.entries += done.entries;
  }
}
try {
  await Promise.all(Array.from({ length: Math.min(parallel, townCount) }, worker));
} catch (e) {
  console.error(`seed.mjs: ${e.message}`);
  process.exit(1);
}
console.log(`[seed] ${totals.towns} towns, ${totals.units} units, ${totals.people} people, ${totals.entries} revenue entries `
  + `in ${((Date.now() - started) / 1000).toFixed(1)} s`);
