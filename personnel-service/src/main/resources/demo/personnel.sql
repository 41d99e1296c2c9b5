-- personnel-service demo data (SPEC §6, docs/demo-data.md). Idempotent: every row is looked up by its natural key
-- before it is inserted, so loading twice changes nothing.
-- 石龙镇's organisation is as the first source document lists it (东莞市石龙镇简政强镇试点工作实施方案, 2010).
-- Everything the documents do not give is invented and marked as demo data: quotas and leadership posts of units
-- (note '演示数据…'), every person (note '演示数据（虚构人员）', invented names, resident ID numbers with valid check
-- digits), registrations, posts held, certificates (recorded_by 'demo-data'), appointment cases, assessments and
-- adjustment requests.

create or replace function pg_temp.demo_unit(p_town text, p_name text, p_kind text, p_nameplates text,
        p_superior text, p_mode text, p_admin int, p_inst int, p_lead int, p_rank text, p_note text)
        returns bigint language plpgsql as $$
declare v bigint;
begin
    select id into v from org_unit where town_code = p_town and name = p_name order by id limit 1;
    if v is null then
        insert into org_unit (town_code, name, kind, nameplates, superior_department, management_mode,
                administrative_quota, institution_quota, leadership_posts, rank, status, note, created_at)
        values (p_town, p_name, p_kind, coalesce(p_nameplates, ''), p_superior, p_mode, p_admin, p_inst, p_lead,
                p_rank, 'ACTIVE', p_note, now())
        returning id into v;
    end if;
    return v;
end $$;

create or replace function pg_temp.demo_co_locate(p_town text, p_name text, p_with text, p_sets text)
        returns void language plpgsql as $$
begin
    update org_unit set co_located_with_id = (select id from org_unit where town_code = p_town and name = p_with
            order by id limit 1), staff_sets = p_sets
    where town_code = p_town and name = p_name and co_located_with_id is null;
end $$;

create or replace function pg_temp.demo_person(p_town text, p_name text, p_rid text, p_gender text, p_birth date,
        p_type text, p_rank text) returns bigint language plpgsql as $$
declare v bigint;
begin
    insert into person (town_code, name, resident_id, gender, birth_date, staff_type, rank, note, created_at)
    values (p_town, p_name, p_rid, p_gender, p_birth, p_type, p_rank, '演示数据（虚构人员）', now())
    on conflict (resident_id) do nothing;
    select id into v from person where resident_id = p_rid;
    return v;
end $$;

-- People another service refers to by id (license-service's reviewers, docs/demo-data.md) get a fixed id from a range
-- the identity sequence of a demo database does not reach (901xx 石龙镇, 903xx 临溪镇).
create or replace function pg_temp.demo_person_at(p_id bigint, p_town text, p_name text, p_rid text, p_gender text,
        p_birth date, p_type text, p_rank text) returns bigint language plpgsql as $$
declare v bigint;
begin
    insert into person (id, town_code, name, resident_id, gender, birth_date, staff_type, rank, note, created_at)
    overriding system value
    values (p_id, p_town, p_name, p_rid, p_gender, p_birth, p_type, p_rank, '演示数据（虚构人员）', now())
    on conflict do nothing;
    select id into v from person where resident_id = p_rid;
    return v;
end $$;

create or replace function pg_temp.demo_unit_id(p_town text, p_name text) returns bigint language sql as $$
    select id from org_unit where town_code = p_town and name = p_name order by id limit 1
$$;

create or replace function pg_temp.demo_person_id(p_rid text) returns bigint language sql as $$
    select id from person where resident_id = p_rid
$$;

-- Registers a person who never had a registration.
create or replace function pg_temp.demo_register(p_rid text, p_town text, p_unit text, p_post text, p_from date)
        returns void language plpgsql as $$
declare p bigint := pg_temp.demo_person_id(p_rid);
begin
    if not exists (select 1 from registration where person_id = p) then
        insert into registration (person_id, unit_id, town_code, slot_type, post, started_on, note, created_at)
        select p, pg_temp.demo_unit_id(p_town, p_unit), p_town, staff_type, p_post, p_from, '演示数据', now()
        from person where id = p;
    end if;
end $$;

create or replace function pg_temp.demo_post(p_rid text, p_town text, p_unit text, p_title text, p_leading boolean,
        p_from date) returns void language plpgsql as $$
declare p bigint := pg_temp.demo_person_id(p_rid);
        u bigint := pg_temp.demo_unit_id(p_town, p_unit);
begin
    if not exists (select 1 from post_holding where person_id = p and unit_id = u and post_title = p_title) then
        insert into post_holding (person_id, unit_id, town_code, post_title, is_leading, started_on, note, created_at)
        values (p, u, p_town, p_title, p_leading, p_from, '演示数据：任职记录（平台启用前）', now());
    end if;
end $$;

create or replace function pg_temp.demo_cert(p_rid text, p_dept text, p_number text, p_from date, p_to date)
        returns void language plpgsql as $$
begin
    insert into enforcement_certificate (person_id, department, number, valid_from, valid_to, recorded_by, recorded_at)
    values (pg_temp.demo_person_id(p_rid), p_dept, p_number, p_from, p_to, 'demo-data', now())
    on conflict (department, number) do nothing;
end $$;

create or replace function pg_temp.demo_assess(p_rid text, p_town text, p_unit text, p_year int, p_grade text,
        p_status text, p_proposed text, p_dept text, p_on date) returns void language plpgsql as $$
begin
    insert into assessment (town_code, person_id, unit_id, year, grade, proposed_grade, status, confirming_department,
            recorded_on, recorded_by, note, created_at)
    values (p_town, pg_temp.demo_person_id(p_rid), pg_temp.demo_unit_id(p_town, p_unit), p_year, p_grade,
            p_proposed, p_status, p_dept, p_on, 'demo-data', '演示数据', now())
    on conflict (person_id, year) do nothing;
end $$;

-- Towns (docs/demo-data.md). Leadership posts of 石龙镇 and 临溪镇 are demo figures; 蒲场镇's 9 + 2 is the document's.
insert into town (code, name, county, category, pilot, leadership_posts_base, created_at) values
    ('441900113', '石龙镇', '东莞市', 'LARGER_TOWN', true, 9, now()),
    ('520323104', '蒲场镇', '绥阳县', 'ORDINARY_TOWN', true, 9, now()),
    ('341824102', '临溪镇', '绩溪县', 'ORDINARY_TOWN', true, 9, now())
on conflict (code) do nothing;

-- 蒲场镇: "在党政班子现有职数9人的基础上增加2名" (实施方案 2012; the day is the start of the trial's running stage).
insert into leadership_post_change (town_code, effective_date, change, reference, reason, recorded_by, recorded_at)
select '520323104', date '2012-06-01', 2, '绥阳县蒲场镇扩权强镇改革试点工作实施方案',
       '在党政班子现有职数9人的基础上增加2名（另增加1名党委副书记、1名常务副镇长）', 'demo-data', now()
where not exists (select 1 from leadership_post_change where town_code = '520323104' and change = 2
                  and effective_date = date '2012-06-01');


-- 石龙镇 (441900113) ---------------------------------------------------------------------------------------------
-- 六(一) 镇机关内设综合性办公室和直属局 (9, within the pilot town's limit of 10).
select pg_temp.demo_unit('441900113', '党政人大办公室', 'INTERNAL_OFFICE', '法制办公室', null, null, 8, 0, 3, '正科级', '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '政法办公室', 'INTERNAL_OFFICE', '维护稳定及社会治安综合治理办公室
信访办公室', null, null, 6, 0, 2, '正科级', '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '组织人事办公室', 'INTERNAL_OFFICE', null, null, null, 5, 0, 2, '正科级', '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '宣传和教育文体局', 'BUREAU', null, null, null, 6, 0, 2, '正科级', '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '经济和科技信息局', 'BUREAU', null, null, null, 8, 0, 3, '正科级', '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '外资服务管理局', 'BUREAU', null, null, null, 4, 0, 2, '正科级', '演示数据：编制数、领导职数为虚构；与经济和科技信息局合署办公，文件未写人员管理方式，演示按一套人员');
select pg_temp.demo_unit('441900113', '住房和城市规划建设局', 'BUREAU', null, null, null, 7, 0, 2, '正科级', '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '卫生和人口计划生育局', 'BUREAU', null, null, null, 5, 0, 2, '正科级', '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '农业和社会事务局', 'BUREAU', null, null, null, 6, 0, 2, '正科级', '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_co_locate('441900113', '外资服务管理局', '经济和科技信息局', 'ONE');
-- 按有关规定、章程设置: 纪委机关、企业工作委员会、武装部; 工会、团委、妇联.
select pg_temp.demo_unit('441900113', '党的纪律检查委员会机关', 'OTHER_STATUTORY', '纪委', null, null, 3, 0, 2, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '企业工作委员会', 'OTHER_STATUTORY', null, null, null, 2, 0, 1, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '武装部', 'OTHER_STATUTORY', '人民武装部', null, null, 2, 0, 1, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '工会', 'MASS_ORGANIZATION', null, null, null, 0, 1, 1, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '团委', 'MASS_ORGANIZATION', null, null, null, 0, 1, 1, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '妇联', 'MASS_ORGANIZATION', null, null, null, 0, 1, 1, null, '演示数据：编制数、领导职数为虚构');
-- 六(四) 综合性议事协调机构.
select pg_temp.demo_unit('441900113', '经济发展改革委员会', 'COORDINATION_COMMITTEE', null, null, null, 0, 0, 0, null, '演示数据：议事协调机构不核定编制');
select pg_temp.demo_unit('441900113', '城市规划建设委员会', 'COORDINATION_COMMITTEE', null, null, null, 0, 0, 0, null, '演示数据：议事协调机构不核定编制');
select pg_temp.demo_unit('441900113', '人口与社会事务委员会', 'COORDINATION_COMMITTEE', null, null, null, 0, 0, 0, null, '演示数据：议事协调机构不核定编制');
-- 五(一)/六(三) 市直部门派驻机构: DEVOLVED (人财物下放镇管理; the town appoints after consulting the department),
-- the 城管分局 DEVOLVED for its leaders (由我镇征求上级主管部门的意见后按程序任免), the others UNCHANGED (维持不变).
select pg_temp.demo_unit('441900113', '城市管理综合执法分局', 'DISPATCHED_AGENCY', '城管分局', '东莞市城市管理综合执法局', 'DEVOLVED', 6, 4, 2, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '文化执法分队', 'DISPATCHED_AGENCY', '文化市场综合执法大队石龙分队', '东莞市文化广电新闻出版局', 'DEVOLVED', 0, 0, 1, null, '演示数据：编制数、领导职数为虚构；与城市管理综合执法分局合署办公，两块牌子、一套人员（人员登记在城管分局）');
select pg_temp.demo_co_locate('441900113', '文化执法分队', '城市管理综合执法分局', 'ONE');
select pg_temp.demo_unit('441900113', '人力资源分局', 'DISPATCHED_AGENCY', '市人力资源局石龙分局', '东莞市人力资源局', 'DEVOLVED', 4, 0, 2, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '社会保障分局', 'DISPATCHED_AGENCY', '市社会保障局石龙分局', '东莞市社会保障局', 'DEVOLVED', 4, 0, 2, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '交通分局', 'DISPATCHED_AGENCY', '市交通运输局石龙分局
市交通运输局综合行政执法局石龙分局', '东莞市交通运输局', 'DEVOLVED', 5, 0, 2, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '粮食管理所', 'DISPATCHED_AGENCY', '市粮食管理储备局石龙管理所', '东莞市粮食管理储备局', 'DEVOLVED', 2, 0, 1, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '财政分局', 'DISPATCHED_AGENCY', null, '东莞市财政局', 'UNCHANGED', 4, 0, 2, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '环保分局', 'DISPATCHED_AGENCY', null, '东莞市环境保护局', 'UNCHANGED', 4, 0, 2, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '安监分局', 'DISPATCHED_AGENCY', null, '东莞市安全生产监督管理局', 'UNCHANGED', 4, 0, 2, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '司法所', 'DISPATCHED_AGENCY', null, '东莞市司法局', 'UNCHANGED', 4, 0, 2, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '公安分局', 'DISPATCHED_AGENCY', null, '东莞市公安局', 'UNCHANGED', 4, 0, 2, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '国土分局', 'DISPATCHED_AGENCY', null, '东莞市国土资源局', 'UNCHANGED', 4, 0, 2, null, '演示数据：编制数、领导职数为虚构');
-- 六(二) 镇属事业单位 (no administrative rank).
select pg_temp.demo_unit('441900113', '农业技术服务中心', 'PUBLIC_INSTITUTION', '畜牧兽医站
动物卫生监督分所', null, null, 0, 12, 2, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '文化广播电视服务中心', 'PUBLIC_INSTITUTION', '体育管理服务中心
图书馆
博物馆', null, null, 0, 15, 2, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '新莞人服务管理中心', 'PUBLIC_INSTITUTION', null, null, null, 0, 10, 2, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '公用事业服务中心', 'PUBLIC_INSTITUTION', '水利管理所
道路养护管理所', null, null, 0, 14, 2, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '社区卫生服务中心', 'PUBLIC_INSTITUTION', '计划生育服务所', '东莞市卫生局', 'DEVOLVED', 0, 20, 3, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '规划管理所', 'PUBLIC_INSTITUTION', null, null, null, 0, 6, 1, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '建设工程招投标中心', 'PUBLIC_INSTITUTION', '建设工程质量安全监督管理所', null, null, 0, 8, 2, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('441900113', '博爱医院', 'PUBLIC_INSTITUTION', '东莞市石龙博爱医院', '东莞市卫生局', 'DEVOLVED', 0, 30, 3, null, '演示数据：编制数、领导职数为虚构');
-- Institutions co-located with another unit: 两块牌子、两套人员.
select pg_temp.demo_unit('441900113', '投资服务中心', 'PUBLIC_INSTITUTION', null, null, null, 0, 5, 1, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_co_locate('441900113', '投资服务中心', '经济和科技信息局', 'TWO');
select pg_temp.demo_unit('441900113', '会计核算中心', 'PUBLIC_INSTITUTION', '政府采购中心', null, null, 0, 6, 1, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_co_locate('441900113', '会计核算中心', '财政分局', 'TWO');
select pg_temp.demo_unit('441900113', '法律服务所', 'PUBLIC_INSTITUTION', null, null, null, 0, 4, 1, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_co_locate('441900113', '法律服务所', '司法所', 'TWO');
select pg_temp.demo_unit('441900113', '流动党员管理服务中心', 'PUBLIC_INSTITUTION', null, null, null, 0, 3, 1, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_co_locate('441900113', '流动党员管理服务中心', '企业工作委员会', 'TWO');
select pg_temp.demo_unit('441900113', '社会保险基金管理中心', 'PUBLIC_INSTITUTION', '东莞市石龙社会保险基金管理中心', '东莞市社会保障局', 'DEVOLVED', 0, 6, 1, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_co_locate('441900113', '社会保险基金管理中心', '社会保障分局', 'TWO');
select pg_temp.demo_unit('441900113', '人力资源服务中心', 'PUBLIC_INSTITUTION', null, '东莞市人力资源局', 'DEVOLVED', 0, 8, 2, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_co_locate('441900113', '人力资源服务中心', '人力资源分局', 'TWO');

-- 蒲场镇 (520323104) ---------------------------------------------------------------------------------------------
select pg_temp.demo_unit('520323104', '党政办公室', 'INTERNAL_OFFICE', '人大办公室', null, null, 6, 0, 2, '正科级', '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('520323104', '经济发展办公室', 'INTERNAL_OFFICE', '统筹城乡改革试点办公室', null, null, 5, 0, 2, '正科级', '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('520323104', '社会事务办公室', 'INTERNAL_OFFICE', null, null, null, 5, 0, 2, '正科级', '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('520323104', '党务政务服务中心', 'PUBLIC_INSTITUTION', '一站式服务大厅', null, null, 0, 8, 1, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('520323104', '国土资源管理所', 'DISPATCHED_AGENCY', null, '绥阳县国土资源局', 'DEVOLVED', 0, 4, 1, null, '演示数据：编制数、领导职数为虚构');

-- 临溪镇 (341824102) ---------------------------------------------------------------------------------------------
-- 县直部门派驻镇机构主要负责同志任免须事先征求镇党委的意见 (DUAL); 镇党委可提书面调整意见, 主管部门1个月内考察调整.
select pg_temp.demo_unit('341824102', '党政办公室', 'INTERNAL_OFFICE', '人大办公室', null, null, 6, 0, 2, '正科级', '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('341824102', '经济发展办公室', 'INTERNAL_OFFICE', '规划建设办公室', null, null, 5, 0, 2, '正科级', '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('341824102', '社会事务办公室', 'INTERNAL_OFFICE', null, null, null, 5, 0, 2, '正科级', '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('341824102', '国土资源管理所', 'DISPATCHED_AGENCY', null, '绩溪县国土资源局', 'DUAL', 4, 0, 1, null, '演示数据：编制数、领导职数为虚构');
select pg_temp.demo_unit('341824102', '城市执法分局', 'DISPATCHED_AGENCY', '规划建设管理分局', '绩溪县城市管理行政执法局', 'DUAL', 6, 0, 2, null, '演示数据：编制数、领导职数为虚构');

-- People (演示数据（虚构人员）) and their registrations (编制实名制), within the quotas above.
select pg_temp.demo_person('441900113', '陈建华', '441900197503121036', 'MALE', date '1975-03-12', 'ADMINISTRATIVE', '一级主任科员');
select pg_temp.demo_person('441900113', '李秀梅', '441900198307211047', 'FEMALE', date '1983-07-21', 'ADMINISTRATIVE', '二级主任科员');
select pg_temp.demo_person('441900113', '黄志强', '441900199011051077', 'MALE', date '1990-11-05', 'ADMINISTRATIVE', '一级科员');
select pg_temp.demo_person('441900113', '何丽娟', '441900199202141083', 'FEMALE', date '1992-02-14', 'ADMINISTRATIVE', '一级科员');
select pg_temp.demo_person('441900113', '罗伟', '441900198809301114', 'MALE', date '1988-09-30', 'ADMINISTRATIVE', '四级主任科员');
select pg_temp.demo_person('441900113', '梁嘉欣', '441900199506181121', 'FEMALE', date '1995-06-18', 'CONTRACT', null);
select pg_temp.demo_person('441900113', '刘国栋', '441900197201251150', 'MALE', date '1972-01-25', 'ADMINISTRATIVE', '一级主任科员');
select pg_temp.demo_person('441900113', '周敏', '441900198604091168', 'FEMALE', date '1986-04-09', 'ADMINISTRATIVE', '四级主任科员');
select pg_temp.demo_person('441900113', '吴俊杰', '441900199112011197', 'MALE', date '1991-12-01', 'ADMINISTRATIVE', '一级科员');
select pg_temp.demo_person('441900113', '张丽华', '441900197908161204', 'FEMALE', date '1979-08-16', 'ADMINISTRATIVE', '一级主任科员');
select pg_temp.demo_person('441900113', '郑浩然', '441900199303271231', 'MALE', date '1993-03-27', 'ADMINISTRATIVE', '一级科员');
select pg_temp.demo_person('441900113', '叶振华', '441900197410101255', 'MALE', date '1974-10-10', 'ADMINISTRATIVE', '一级主任科员');
select pg_temp.demo_person('441900113', '谢婉婷', '441900198505051267', 'FEMALE', date '1985-05-05', 'ADMINISTRATIVE', '三级主任科员');
select pg_temp.demo_person('441900113', '冯家豪', '441900199007191296', 'MALE', date '1990-07-19', 'ADMINISTRATIVE', '一级科员');
select pg_temp.demo_person('441900113', '邓雅琪', '441900199401231305', 'FEMALE', date '1994-01-23', 'ADMINISTRATIVE', '二级科员');
select pg_temp.demo_person('441900113', '杨振宇', '441900198202021335', 'MALE', date '1982-02-02', 'ADMINISTRATIVE', '三级主任科员');
select pg_temp.demo_person_at(90101, '441900113', '林国强', '441900197606061355', 'MALE', date '1976-06-06', 'ADMINISTRATIVE', '一级主任科员');
select pg_temp.demo_person_at(90102, '441900113', '蔡文斌', '44190019840303137X', 'MALE', date '1984-03-03', 'ADMINISTRATIVE', '四级主任科员');
select pg_temp.demo_person_at(90103, '441900113', '袁志明', '441900198908081399', 'MALE', date '1989-08-08', 'ADMINISTRATIVE', '一级科员');
select pg_temp.demo_person_at(90104, '441900113', '苏晓燕', '441900199110151401', 'FEMALE', date '1991-10-15', 'ADMINISTRATIVE', '一级科员');
select pg_temp.demo_person_at(90105, '441900113', '钟伟强', '441900198712121432', 'MALE', date '1987-12-12', 'INSTITUTION', '专业技术十级');
select pg_temp.demo_person_at(90106, '441900113', '彭海涛', '441900199304041454', 'MALE', date '1993-04-04', 'INSTITUTION', '管理九级');
select pg_temp.demo_person('441900113', '曾凯', '441900199609091479', 'MALE', date '1996-09-09', 'CONTRACT', null);
select pg_temp.demo_person('441900113', '朱文静', '441900198011111485', 'FEMALE', date '1980-11-11', 'ADMINISTRATIVE', '二级主任科员');
select pg_temp.demo_person('441900113', '胡永康', '441900198801011518', 'MALE', date '1988-01-01', 'ADMINISTRATIVE', '一级科员');
select pg_temp.demo_person('441900113', '许志刚', '441900197804201531', 'MALE', date '1978-04-20', 'ADMINISTRATIVE', '二级主任科员');
select pg_temp.demo_person_at(90107, '441900113', '陆俊', '441900198608251552', 'MALE', date '1986-08-25', 'ADMINISTRATIVE', '四级主任科员');
select pg_temp.demo_person('441900113', '潘德明', '441900197305151576', 'MALE', date '1973-05-15', 'INSTITUTION', '管理七级');
select pg_temp.demo_person('441900113', '赖春花', '441900198402281588', 'FEMALE', date '1984-02-28', 'INSTITUTION', '专业技术八级');
select pg_temp.demo_person('441900113', '卢家伟', '441900199006301617', 'MALE', date '1990-06-30', 'INSTITUTION', '专业技术十级');
select pg_temp.demo_person('441900113', '陈美玲', '441900199209091621', 'FEMALE', date '1992-09-09', 'INSTITUTION', '专业技术十一级');
select pg_temp.demo_person('441900113', '黄伟明', '441900198512201657', 'MALE', date '1985-12-20', 'INSTITUTION', '专业技术九级');
select pg_temp.demo_person('441900113', '刘晓敏', '441900199407071664', 'FEMALE', date '1994-07-07', 'INSTITUTION', '管理九级');
select pg_temp.demo_person('441900113', '莫志远', '441900197703301699', 'MALE', date '1977-03-30', 'INSTITUTION', '管理七级');
select pg_temp.demo_person('441900113', '谭小红', '441900198910011701', 'FEMALE', date '1989-10-01', 'INSTITUTION', '专业技术十级');
select pg_temp.demo_person('441900113', '区永健', '441900197109181735', 'MALE', date '1971-09-18', 'INSTITUTION', '专业技术五级');
select pg_temp.demo_person('441900113', '冼慧敏', '441900198705221742', 'FEMALE', date '1987-05-22', 'INSTITUTION', '专业技术八级');
select pg_temp.demo_person('441900113', '麦绮雯', '441900198312031761', 'FEMALE', date '1983-12-03', 'INSTITUTION', '管理八级');
select pg_temp.demo_person('441900113', '关家乐', '441900199104161793', 'MALE', date '1991-04-16', 'INSTITUTION', '管理九级');
select pg_temp.demo_person('520323104', '王德全', '520323197402111817', 'MALE', date '1974-02-11', 'ADMINISTRATIVE', '一级主任科员');
select pg_temp.demo_person('520323104', '罗晓丽', '520323198806031826', 'FEMALE', date '1988-06-03', 'ADMINISTRATIVE', '一级科员');
select pg_temp.demo_person('520323104', '赵明军', '520323198309141856', 'MALE', date '1983-09-14', 'ADMINISTRATIVE', '四级主任科员');
select pg_temp.demo_person('520323104', '冉光荣', '520323197911281873', 'MALE', date '1979-11-28', 'INSTITUTION', '管理八级');
select pg_temp.demo_person('341824102', '胡庆余', '341824197507011899', 'MALE', date '1975-07-01', 'ADMINISTRATIVE', '一级主任科员');
select pg_temp.demo_person('341824102', '汪静', '341824199003081905', 'FEMALE', date '1990-03-08', 'ADMINISTRATIVE', '一级科员');
select pg_temp.demo_person('341824102', '程国华', '341824197810221936', 'MALE', date '1978-10-22', 'ADMINISTRATIVE', '二级主任科员');
select pg_temp.demo_person_at(90301, '341824102', '章立新', '341824198201191959', 'MALE', date '1982-01-19', 'ADMINISTRATIVE', '四级主任科员');
select pg_temp.demo_person_at(90302, '341824102', '方晓东', '341824199205271977', 'MALE', date '1992-05-27', 'ADMINISTRATIVE', '一级科员');

select pg_temp.demo_register('441900197503121036', '441900113', '党政人大办公室', '主任', date '2010-05-04');
select pg_temp.demo_register('441900198307211047', '441900113', '党政人大办公室', '副主任', date '2010-05-04');
select pg_temp.demo_register('441900199011051077', '441900113', '党政人大办公室', '科员', date '2010-05-04');
select pg_temp.demo_register('441900199202141083', '441900113', '党政人大办公室', '科员', date '2010-05-04');
select pg_temp.demo_register('441900198809301114', '441900113', '党政人大办公室', '法制员', date '2010-05-04');
select pg_temp.demo_register('441900199506181121', '441900113', '党政人大办公室', '文员（聘用）', date '2010-05-04');
select pg_temp.demo_register('441900197201251150', '441900113', '政法办公室', '主任', date '2010-05-04');
select pg_temp.demo_register('441900198604091168', '441900113', '政法办公室', '信访专员', date '2010-05-04');
select pg_temp.demo_register('441900199112011197', '441900113', '政法办公室', '科员', date '2010-05-04');
select pg_temp.demo_register('441900197908161204', '441900113', '组织人事办公室', '主任', date '2010-05-04');
select pg_temp.demo_register('441900199303271231', '441900113', '组织人事办公室', '科员', date '2010-05-04');
select pg_temp.demo_register('441900197410101255', '441900113', '经济和科技信息局', '局长', date '2010-05-04');
select pg_temp.demo_register('441900198505051267', '441900113', '经济和科技信息局', '副局长', date '2010-05-04');
select pg_temp.demo_register('441900199007191296', '441900113', '经济和科技信息局', '科员', date '2010-05-04');
select pg_temp.demo_register('441900199401231305', '441900113', '经济和科技信息局', '科员', date '2010-05-04');
select pg_temp.demo_register('441900198202021335', '441900113', '外资服务管理局', '局长', date '2010-05-04');
select pg_temp.demo_register('441900197606061355', '441900113', '城市管理综合执法分局', '分局长', date '2010-05-04');
select pg_temp.demo_register('44190019840303137X', '441900113', '城市管理综合执法分局', '副分局长', date '2010-05-04');
select pg_temp.demo_register('441900198908081399', '441900113', '城市管理综合执法分局', '执法队员', date '2010-05-04');
select pg_temp.demo_register('441900199110151401', '441900113', '城市管理综合执法分局', '执法队员', date '2010-05-04');
select pg_temp.demo_register('441900198712121432', '441900113', '城市管理综合执法分局', '执法队员（事业编）', date '2010-05-04');
select pg_temp.demo_register('441900199304041454', '441900113', '城市管理综合执法分局', '执法队员（事业编）', date '2010-05-04');
select pg_temp.demo_register('441900199609091479', '441900113', '城市管理综合执法分局', '协管员（聘用）', date '2010-05-04');
select pg_temp.demo_register('441900198011111485', '441900113', '人力资源分局', '局长', date '2010-05-04');
select pg_temp.demo_register('441900198801011518', '441900113', '人力资源分局', '科员', date '2010-05-04');
select pg_temp.demo_register('441900197804201531', '441900113', '交通分局', '局长', date '2010-05-04');
select pg_temp.demo_register('441900198608251552', '441900113', '交通分局', '执法员', date '2010-05-04');
select pg_temp.demo_register('441900197305151576', '441900113', '农业技术服务中心', '主任', date '2010-05-04');
select pg_temp.demo_register('441900198402281588', '441900113', '农业技术服务中心', '兽医', date '2010-05-04');
select pg_temp.demo_register('441900199006301617', '441900113', '农业技术服务中心', '农技员', date '2010-05-04');
select pg_temp.demo_register('441900199209091621', '441900113', '农业技术服务中心', '农技员', date '2010-05-04');
select pg_temp.demo_register('441900198512201657', '441900113', '农业技术服务中心', '动物卫生监督员', date '2010-05-04');
select pg_temp.demo_register('441900199407071664', '441900113', '农业技术服务中心', '办公室', date '2010-05-04');
select pg_temp.demo_register('441900197703301699', '441900113', '文化广播电视服务中心', '主任', date '2010-05-04');
select pg_temp.demo_register('441900198910011701', '441900113', '文化广播电视服务中心', '图书馆员', date '2010-05-04');
select pg_temp.demo_register('441900197109181735', '441900113', '社区卫生服务中心', '主任', date '2010-05-04');
select pg_temp.demo_register('441900198705221742', '441900113', '社区卫生服务中心', '医生', date '2010-05-04');
select pg_temp.demo_register('520323197402111817', '520323104', '党政办公室', '主任', date '2012-07-02');
select pg_temp.demo_register('520323198806031826', '520323104', '党政办公室', '科员', date '2012-07-02');
select pg_temp.demo_register('520323198309141856', '520323104', '经济发展办公室', '主任', date '2012-07-02');
select pg_temp.demo_register('520323197911281873', '520323104', '国土资源管理所', '所长', date '2012-07-02');
select pg_temp.demo_register('341824197507011899', '341824102', '党政办公室', '主任', date '2010-01-04');
select pg_temp.demo_register('341824199003081905', '341824102', '党政办公室', '科员', date '2010-01-04');
select pg_temp.demo_register('341824197810221936', '341824102', '国土资源管理所', '所长', date '2010-01-04');
select pg_temp.demo_register('341824198201191959', '341824102', '城市执法分局', '局长', date '2010-01-04');
select pg_temp.demo_register('341824199205271977', '341824102', '城市执法分局', '执法队员', date '2010-01-04');

-- 合并组建 (六(二)): 人才服务站、残疾人劳动就业服务所、劳动就业服务中心 merged into 人力资源服务中心 on 2010-04-27;
-- their staff's registrations moved there (closed with MERGED, re-opened in the new unit).
-- 编制随机构划转: their quotas (0 + 8 事业编制, 2 领导职数 in all) moved with them that day and are the new unit's; the new
-- unit was set up (组建) on the merger day, so before it the three units carry the quotas and the town's totals are the
-- same on every day.
select pg_temp.demo_unit('441900113', '人才服务站', 'PUBLIC_INSTITUTION', null, null, null, 0, 3, 1, null, '演示数据：合并组建前的单位');
select pg_temp.demo_unit('441900113', '残疾人劳动就业服务所', 'PUBLIC_INSTITUTION', null, null, null, 0, 2, 0, null, '演示数据：合并组建前的单位');
select pg_temp.demo_unit('441900113', '劳动就业服务中心', 'PUBLIC_INSTITUTION', null, null, null, 0, 3, 1, null, '演示数据：合并组建前的单位');
update org_unit set established_on = date '2010-04-27'
where town_code = '441900113' and name = '人力资源服务中心' and established_on is null;
insert into unit_quota (unit_id, valid_from, administrative_quota, institution_quota, leadership_posts, cause, recorded_at)
select u.id, null, u.administrative_quota, u.institution_quota, u.leadership_posts, 'RECORDED', now()
from org_unit u
where u.town_code = '441900113' and u.name in ('人才服务站', '残疾人劳动就业服务所', '劳动就业服务中心') and u.status = 'ACTIVE'
  and not exists (select 1 from unit_quota q where q.unit_id = u.id);
insert into unit_quota (unit_id, valid_from, administrative_quota, institution_quota, leadership_posts, cause, reference, recorded_at)
select u.id, date '2010-04-27', 0, 0, 0, 'MERGED_OUT', '东机编〔2009〕131号', now()
from org_unit u
where u.town_code = '441900113' and u.name in ('人才服务站', '残疾人劳动就业服务所', '劳动就业服务中心')
  and not exists (select 1 from unit_quota q where q.unit_id = u.id and q.valid_from is not null);
insert into unit_quota (unit_id, valid_from, administrative_quota, institution_quota, leadership_posts, cause, reference, recorded_at)
select u.id, v.valid_from, v.admin, v.inst, v.lead, v.cause, v.reference, now()
from org_unit u
cross join (values (null::date, 0, 0, 0, 'RECORDED', null),
                   (date '2010-04-27', 0, 8, 2, 'MERGED_IN', '东机编〔2009〕131号')) as v (valid_from, admin, inst, lead, cause, reference)
where u.town_code = '441900113' and u.name = '人力资源服务中心'
  and not exists (select 1 from unit_quota q where q.unit_id = u.id);
update org_unit set status = 'MERGED', merged_into_id = pg_temp.demo_unit_id('441900113', '人力资源服务中心'),
       status_date = date '2010-04-27', status_reference = '东机编〔2009〕131号',
       administrative_quota = 0, institution_quota = 0, leadership_posts = 0
where town_code = '441900113' and name in ('人才服务站', '残疾人劳动就业服务所', '劳动就业服务中心') and status = 'ACTIVE';
insert into registration (person_id, unit_id, town_code, slot_type, post, started_on, ended_on, end_reason, end_note, note, created_at)
select p.id, pg_temp.demo_unit_id('441900113', '劳动就业服务中心'), '441900113', p.staff_type, null, date '2006-03-01', date '2010-04-27', 'MERGED',
       '合并组建 人力资源服务中心 东机编〔2009〕131号', '演示数据', now()
from person p where p.resident_id = '441900198312031761' and not exists (select 1 from registration where person_id = p.id);
insert into registration (person_id, unit_id, town_code, slot_type, post, started_on, previous_registration_id, note, created_at)
select p.id, pg_temp.demo_unit_id('441900113', '人力资源服务中心'), '441900113', p.staff_type, null, date '2010-04-27', r.id, '演示数据', now()
from person p join registration r on r.person_id = p.id and r.end_reason = 'MERGED'
where p.resident_id = '441900198312031761' and not exists (select 1 from registration x where x.person_id = p.id and x.ended_on is null);
insert into registration (person_id, unit_id, town_code, slot_type, post, started_on, ended_on, end_reason, end_note, note, created_at)
select p.id, pg_temp.demo_unit_id('441900113', '人才服务站'), '441900113', p.staff_type, null, date '2006-03-01', date '2010-04-27', 'MERGED',
       '合并组建 人力资源服务中心 东机编〔2009〕131号', '演示数据', now()
from person p where p.resident_id = '441900199104161793' and not exists (select 1 from registration where person_id = p.id);
insert into registration (person_id, unit_id, town_code, slot_type, post, started_on, previous_registration_id, note, created_at)
select p.id, pg_temp.demo_unit_id('441900113', '人力资源服务中心'), '441900113', p.staff_type, null, date '2010-04-27', r.id, '演示数据', now()
from person p join registration r on r.person_id = p.id and r.end_reason = 'MERGED'
where p.resident_id = '441900199104161793' and not exists (select 1 from registration x where x.person_id = p.id and x.ended_on is null);

-- Posts held (领导职务) before the platform; some long enough to be due for rotation (定期轮岗, 5 years).
select pg_temp.demo_post('441900197503121036', '441900113', '党政人大办公室', '主任', true, date '2017-05-02');
select pg_temp.demo_post('441900198307211047', '441900113', '党政人大办公室', '副主任', true, date '2022-03-01');
select pg_temp.demo_post('441900197201251150', '441900113', '政法办公室', '主任', true, date '2015-09-01');
select pg_temp.demo_post('441900197908161204', '441900113', '组织人事办公室', '主任', true, date '2022-06-01');
select pg_temp.demo_post('441900197410101255', '441900113', '经济和科技信息局', '局长', true, date '2019-01-02');
select pg_temp.demo_post('441900198505051267', '441900113', '经济和科技信息局', '副局长', true, date '2023-02-01');
select pg_temp.demo_post('441900198202021335', '441900113', '外资服务管理局', '局长', true, date '2023-08-01');
select pg_temp.demo_post('44190019840303137X', '441900113', '城市管理综合执法分局', '副分局长', true, date '2018-04-02');
select pg_temp.demo_post('441900197804201531', '441900113', '交通分局', '局长', true, date '2016-10-08');
select pg_temp.demo_post('441900197305151576', '441900113', '农业技术服务中心', '主任', true, date '2014-03-03');
select pg_temp.demo_post('441900197703301699', '441900113', '文化广播电视服务中心', '主任', true, date '2022-09-01');
select pg_temp.demo_post('441900197109181735', '441900113', '社区卫生服务中心', '主任', true, date '2021-12-01');
select pg_temp.demo_post('441900198312031761', '441900113', '人力资源服务中心', '主任', true, date '2010-04-27');
select pg_temp.demo_post('520323197402111817', '520323104', '党政办公室', '主任', true, date '2018-03-01');
select pg_temp.demo_post('520323198309141856', '520323104', '经济发展办公室', '主任', true, date '2021-05-04');
select pg_temp.demo_post('520323197911281873', '520323104', '国土资源管理所', '所长', true, date '2013-04-01');
select pg_temp.demo_post('341824197507011899', '341824102', '党政办公室', '主任', true, date '2016-02-01');
select pg_temp.demo_post('341824197810221936', '341824102', '国土资源管理所', '所长', true, date '2017-08-01');
select pg_temp.demo_post('341824198201191959', '341824102', '城市执法分局', '局长', true, date '2020-11-02');

-- 执法证 of 城管分局 staff, issued by 东莞市城市管理综合执法局 (one expired, to show the check).
select pg_temp.demo_cert('441900197606061355', '东莞市城市管理综合执法局', '粤东执法 0020101', date '2024-01-01', date '2026-12-31');
select pg_temp.demo_cert('44190019840303137X', '东莞市城市管理综合执法局', '粤东执法 0020102', date '2024-01-01', date '2026-12-31');
select pg_temp.demo_cert('441900198908081399', '东莞市城市管理综合执法局', '粤东执法 0020103', date '2025-01-01', date '2027-12-31');
select pg_temp.demo_cert('441900199110151401', '东莞市城市管理综合执法局', '粤东执法 0020104', date '2025-01-01', date '2027-12-31');
select pg_temp.demo_cert('441900198712121432', '东莞市城市管理综合执法局', '粤东执法 0020105', date '2021-01-01', date '2023-12-31');
select pg_temp.demo_cert('441900199304041454', '东莞市城市管理综合执法局', '粤东执法 0020106', date '2025-07-01', date '2028-06-30');
select pg_temp.demo_cert('441900198608251552', '东莞市交通运输局', '粤交执法 0030201', date '2024-03-01', date '2027-02-28');
select pg_temp.demo_cert('341824198201191959', '绩溪县城市管理行政执法局', '皖绩执法 0100401', date '2023-01-01', date '2026-12-31');
select pg_temp.demo_cert('341824199205271977', '绩溪县城市管理行政执法局', '皖绩执法 0100402', date '2024-06-01', date '2027-05-31');

-- Appointment cases (任免) in different states. Dates of cases in progress are relative to the day the demo is loaded.
insert into appointment_case (town_code, case_type, person_id, unit_id, post_title, is_leading, authority, deciding_department, consulted_party, status, opened_by, note, created_at, reason, opened_on, consulted_on, opinion, opinion_text, opinion_on, opinion_by, meeting_reference, decided_on, decided_by, notice_started_on, notice_working_days, effective_on, made_effective_by, last_action_on)
select '441900113', 'APPOINT', pg_temp.demo_person_id('441900197606061355'), pg_temp.demo_unit_id('441900113', '城市管理综合执法分局'), '分局长', true, 'TOWN', null, '东莞市城市管理综合执法局', 'EFFECTIVE', 'demo-data', '演示数据', now(), '原分局长调任，按程序选任（演示）', date '2019-04-01', date '2019-04-02', 'AGREE', '同意林国强同志任城市管理综合执法分局分局长', date '2019-04-10', '东莞市城市管理综合执法局（演示）', '石龙镇党委会议纪要〔2019〕9号（演示）', date '2019-04-15', 'demo-data', date '2019-04-16', 5, date '2019-04-26', 'demo-data', date '2019-04-26'
where not exists (select 1 from appointment_case where person_id = pg_temp.demo_person_id('441900197606061355')
                  and unit_id = pg_temp.demo_unit_id('441900113', '城市管理综合执法分局') and post_title = '分局长');
insert into post_holding (person_id, unit_id, town_code, post_title, is_leading, started_on, appointment_id, note, created_at)
select c.person_id, c.unit_id, c.town_code, c.post_title, true, c.effective_on, c.id, '演示数据', now()
from appointment_case c
where c.person_id = pg_temp.demo_person_id('441900197606061355') and c.post_title = '分局长' and c.status = 'EFFECTIVE'
  and not exists (select 1 from post_holding h where h.appointment_id = c.id);
insert into appointment_case (town_code, case_type, person_id, unit_id, post_title, is_leading, authority, deciding_department, consulted_party, status, opened_by, note, created_at, reason, opened_on, meeting_reference, decided_on, decided_by, notice_started_on, notice_working_days, last_action_on)
select '441900113', 'APPOINT', pg_temp.demo_person_id('441900198809301114'), pg_temp.demo_unit_id('441900113', '党政人大办公室'), '副主任', true, 'TOWN', null, null, 'PUBLIC_NOTICE', 'demo-data', '演示数据', now(), '充实办公室领导力量（演示）', current_date - 10, '石龙镇党委会议纪要（演示）', current_date - 6, 'demo-data', current_date - 2, 5, current_date - 2
where not exists (select 1 from appointment_case where person_id = pg_temp.demo_person_id('441900198809301114')
                  and unit_id = pg_temp.demo_unit_id('441900113', '党政人大办公室') and post_title = '副主任');
insert into appointment_case (town_code, case_type, person_id, unit_id, post_title, is_leading, authority, deciding_department, consulted_party, status, opened_by, note, created_at, opened_on, consulted_on, last_action_on)
select '441900113', 'APPOINT', pg_temp.demo_person_id('441900198011111485'), pg_temp.demo_unit_id('441900113', '人力资源分局'), '局长', true, 'TOWN', null, '东莞市人力资源局', 'CONSULTATION', 'demo-data', '演示数据', now(), current_date - 12, current_date - 5, current_date - 5
where not exists (select 1 from appointment_case where person_id = pg_temp.demo_person_id('441900198011111485')
                  and unit_id = pg_temp.demo_unit_id('441900113', '人力资源分局') and post_title = '局长');
insert into appointment_case (town_code, case_type, person_id, unit_id, post_title, is_leading, authority, deciding_department, consulted_party, status, opened_by, note, created_at, opened_on, consulted_on, opinion, opinion_text, opinion_on, opinion_by, last_action_on)
select '441900113', 'APPOINT', pg_temp.demo_person_id('441900198608251552'), pg_temp.demo_unit_id('441900113', '交通分局'), '副局长', true, 'TOWN', null, '东莞市交通运输局', 'COORDINATION', 'demo-data', '演示数据', now(), current_date - 40, current_date - 35, 'DISAGREE', '该同志任现职时间较短，建议暂缓（演示）', current_date - 20, '东莞市交通运输局（演示）', current_date - 20
where not exists (select 1 from appointment_case where person_id = pg_temp.demo_person_id('441900198608251552')
                  and unit_id = pg_temp.demo_unit_id('441900113', '交通分局') and post_title = '副局长');
insert into appointment_case (town_code, case_type, person_id, unit_id, post_title, is_leading, authority, deciding_department, consulted_party, status, opened_by, note, created_at, opened_on, last_action_on)
select '441900113', 'APPOINT', pg_temp.demo_person_id('441900198512201657'), pg_temp.demo_unit_id('441900113', '农业技术服务中心'), '副主任', true, 'TOWN', null, null, 'DRAFT', 'demo-data', '演示数据', now(), current_date - 1, current_date - 1
where not exists (select 1 from appointment_case where person_id = pg_temp.demo_person_id('441900198512201657')
                  and unit_id = pg_temp.demo_unit_id('441900113', '农业技术服务中心') and post_title = '副主任');
insert into appointment_case (town_code, case_type, person_id, unit_id, post_title, is_leading, authority, deciding_department, consulted_party, status, opened_by, note, created_at, reason, opened_on, withdrawn_on, withdrawn_by, withdraw_reason, last_action_on)
select '441900113', 'TRANSFER', pg_temp.demo_person_id('441900199007191296'), pg_temp.demo_unit_id('441900113', '外资服务管理局'), '科员', false, 'TOWN', null, null, 'WITHDRAWN', 'demo-data', '演示数据', now(), '轮岗交流（演示）', date '2025-05-06', date '2025-06-03', 'demo-data', '工作需要，暂不交流（演示）', date '2025-06-03'
where not exists (select 1 from appointment_case where person_id = pg_temp.demo_person_id('441900199007191296')
                  and unit_id = pg_temp.demo_unit_id('441900113', '外资服务管理局') and post_title = '科员');
insert into appointment_case (town_code, case_type, person_id, unit_id, post_title, is_leading, authority, deciding_department, consulted_party, status, opened_by, note, created_at, reason, opened_on, consulted_on, last_action_on)
select '341824102', 'APPOINT', pg_temp.demo_person_id('341824199205271977'), pg_temp.demo_unit_id('341824102', '城市执法分局'), '副局长', true, 'DEPARTMENT', '绩溪县城市管理行政执法局', 'TOWN_PARTY_COMMITTEE', 'CONSULTATION', 'demo-data', '演示数据', now(), '县直部门派驻机构负责同志任免，事先征求镇党委意见（演示）', current_date - 8, current_date - 7, current_date - 7
where not exists (select 1 from appointment_case where person_id = pg_temp.demo_person_id('341824199205271977')
                  and unit_id = pg_temp.demo_unit_id('341824102', '城市执法分局') and post_title = '副局长');

-- Annual assessments 2025 (考核); the head of 城管分局 is proposed by the town and awaits the department.
select pg_temp.demo_assess('441900198402281588', '441900113', '农业技术服务中心', 2025, 'EXCELLENT', 'RECORDED', null, null, date '2026-01-15');
select pg_temp.demo_assess('441900197305151576', '441900113', '农业技术服务中心', 2025, 'COMPETENT', 'RECORDED', null, null, date '2026-01-15');
select pg_temp.demo_assess('441900199006301617', '441900113', '农业技术服务中心', 2025, 'COMPETENT', 'RECORDED', null, null, date '2026-01-15');
select pg_temp.demo_assess('441900199209091621', '441900113', '农业技术服务中心', 2025, 'COMPETENT', 'RECORDED', null, null, date '2026-01-15');
select pg_temp.demo_assess('441900199407071664', '441900113', '农业技术服务中心', 2025, 'COMPETENT', 'RECORDED', null, null, date '2026-01-15');
select pg_temp.demo_assess('441900198512201657', '441900113', '农业技术服务中心', 2025, 'BASICALLY_COMPETENT', 'RECORDED', null, null, date '2026-01-15');
select pg_temp.demo_assess('441900197503121036', '441900113', '党政人大办公室', 2025, 'EXCELLENT', 'RECORDED', null, null, date '2026-01-15');
select pg_temp.demo_assess('441900198307211047', '441900113', '党政人大办公室', 2025, 'COMPETENT', 'RECORDED', null, null, date '2026-01-15');
select pg_temp.demo_assess('441900199011051077', '441900113', '党政人大办公室', 2025, 'COMPETENT', 'RECORDED', null, null, date '2026-01-15');
select pg_temp.demo_assess('441900199202141083', '441900113', '党政人大办公室', 2025, 'COMPETENT', 'RECORDED', null, null, date '2026-01-15');
select pg_temp.demo_assess('441900198809301114', '441900113', '党政人大办公室', 2025, 'COMPETENT', 'RECORDED', null, null, date '2026-01-15');
select pg_temp.demo_assess('441900199506181121', '441900113', '党政人大办公室', 2025, 'COMPETENT', 'RECORDED', null, null, date '2026-01-15');
select pg_temp.demo_assess('441900198908081399', '441900113', '城市管理综合执法分局', 2025, 'COMPETENT', 'RECORDED', null, null, date '2026-01-15');
select pg_temp.demo_assess('441900199110151401', '441900113', '城市管理综合执法分局', 2025, 'COMPETENT', 'RECORDED', null, null, date '2026-01-15');
select pg_temp.demo_assess('441900198712121432', '441900113', '城市管理综合执法分局', 2025, 'COMPETENT', 'RECORDED', null, null, date '2026-01-15');
select pg_temp.demo_assess('441900199304041454', '441900113', '城市管理综合执法分局', 2025, 'COMPETENT', 'RECORDED', null, null, date '2026-01-15');
select pg_temp.demo_assess('441900199609091479', '441900113', '城市管理综合执法分局', 2025, 'COMPETENT', 'RECORDED', null, null, date '2026-01-15');
select pg_temp.demo_assess('441900197606061355', '441900113', '城市管理综合执法分局', 2025, 'EXCELLENT', 'PROPOSED', 'EXCELLENT', '东莞市城市管理综合执法局', date '2026-01-15');
select pg_temp.demo_assess('44190019840303137X', '441900113', '城市管理综合执法分局', 2025, 'COMPETENT', 'CONFIRMED', 'COMPETENT', '东莞市城市管理综合执法局', date '2026-01-15');
update assessment set confirmed_on = date '2026-02-10', confirmed_by = 'demo-data', confirm_comment = '经考察，确认称职（演示）'
where person_id = pg_temp.demo_person_id('44190019840303137X') and year = 2025 and status = 'CONFIRMED' and confirmed_on is null;

-- 临溪镇: written adjustment requests (书面调整意见) about heads of DUAL units — one overdue, one in time, one resolved.
insert into adjustment_request (town_code, unit_id, person_id, department, request_text, reference, sent_on, sent_by, status,
        outcome, resolution_text, resolved_on, resolved_by, created_at)
select '341824102', pg_temp.demo_unit_id('341824102', '国土资源管理所'), pg_temp.demo_person_id('341824197810221936'), '绩溪县国土资源局', '镇党委建议对国土资源管理所主要负责人予以考察调整（演示）', '临委函（演示）',
       current_date - 50, 'demo-data', 'OPEN', null, null, null, null, now()
where not exists (select 1 from adjustment_request where town_code = '341824102' and request_text = '镇党委建议对国土资源管理所主要负责人予以考察调整（演示）');
insert into adjustment_request (town_code, unit_id, person_id, department, request_text, reference, sent_on, sent_by, status,
        outcome, resolution_text, resolved_on, resolved_by, created_at)
select '341824102', pg_temp.demo_unit_id('341824102', '城市执法分局'), pg_temp.demo_person_id('341824198201191959'), '绩溪县城市管理行政执法局', '镇党委建议调整城市执法分局主要负责人分工（演示）', '临委函（演示）',
       current_date - 5, 'demo-data', 'OPEN', null, null, null, null, now()
where not exists (select 1 from adjustment_request where town_code = '341824102' and request_text = '镇党委建议调整城市执法分局主要负责人分工（演示）');
insert into adjustment_request (town_code, unit_id, person_id, department, request_text, reference, sent_on, sent_by, status,
        outcome, resolution_text, resolved_on, resolved_by, created_at)
select '341824102', pg_temp.demo_unit_id('341824102', '国土资源管理所'), pg_temp.demo_person_id('341824197810221936'), '绩溪县国土资源局', '关于国土资源管理所所长任职情况的意见（演示，已办结）', '临委函（演示）',
       date '2025-03-03', 'demo-data', 'RESOLVED', 'RETAINED', '经考察，暂不调整（演示）', date '2025-03-28', 'demo-data', now()
where not exists (select 1 from adjustment_request where town_code = '341824102' and request_text = '关于国土资源管理所所长任职情况的意见（演示，已办结）');

-- The demo towns were written above by SQL, not through the API, so they have no town event yet: one
-- cn.townreform.personnel.town.registered event each puts them in the public registry's feed (V1_6; idempotent).
select town_registry_backfill();
