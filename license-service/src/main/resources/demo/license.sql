-- Demo data of license-service (SPEC §6, docs/demo-data.md). Idempotent: run at start when townreform.demo.enabled=true.
-- The catalogue is shaped like the attachment of the first document (石龙镇具体承办东莞市下放经济社会管理权限事项目录) and is the
-- same as license-service/src/test/resources/catalogue/shilong-catalogue.csv. Agreements, applicants, applications,
-- ratings and complaints are invented (source = 'DEMO', names containing 演示) around 2026-11-26.

insert into catalogue_item (code, name, kind, department, legal_basis, statutory_days, promised_days, materials, fee, source, created_at, updated_at) values
  ('DG-CG-001', '城市道路挖掘许可', 'LICENSE', '东莞市城市管理综合执法局', '《城市道路管理条例》第三十条', 20, 10, '[{"name":"申请书","required":true},{"name":"施工方案","required":true},{"name":"道路挖掘平面图","required":true},{"name":"施工单位资质证明","required":true},{"name":"交通疏导方案","required":false}]', 0.00, 'DEMO', now(), now()),
  ('DG-CG-002', '户外广告设施设置许可', 'LICENSE', '东莞市城市管理综合执法局', '《广东省城市市容和环境卫生管理规定》第十四条', 20, 12, '[{"name":"申请书","required":true},{"name":"设计效果图","required":true},{"name":"场地使用证明","required":true},{"name":"营业执照复印件","required":true},{"name":"结构安全鉴定","required":false}]', 0.00, 'DEMO', now(), now()),
  ('DG-CG-003', '临时占用城市道路许可', 'LICENSE', '东莞市城市管理综合执法局', '《城市道路管理条例》第三十一条', 20, 8, '[{"name":"申请书","required":true},{"name":"占道位置示意图","required":true},{"name":"身份证明","required":true}]', 0.00, 'DEMO', now(), now()),
  ('DG-CG-004', '城市建筑垃圾处置核准', 'LICENSE', '东莞市城市管理综合执法局', '《城市建筑垃圾管理规定》第七条', 20, 10, '[{"name":"申请书","required":true},{"name":"处置方案","required":true},{"name":"运输车辆清单","required":true},{"name":"消纳场证明","required":true}]', 0.00, 'DEMO', now(), now()),
  ('DG-CG-005', '擅自占用城市道路的处罚', 'ENFORCEMENT', '东莞市城市管理综合执法局', '《城市道路管理条例》第四十二条', 30, 20, '[{"name":"现场检查笔录","required":true},{"name":"询问笔录","required":true},{"name":"证据材料","required":true}]', 0.00, 'DEMO', now(), now()),
  ('DG-CG-006', '违法设置户外广告的处罚', 'ENFORCEMENT', '东莞市城市管理综合执法局', '《广东省城市市容和环境卫生管理规定》第三十二条', 30, 20, '[{"name":"现场检查笔录","required":true},{"name":"证据材料","required":true}]', 0.00, 'DEMO', now(), now()),
  ('DG-CG-007', '城市绿地临时占用审批', 'APPROVAL', '东莞市城市管理综合执法局', '《城市绿化条例》第十九条', 20, 10, '[{"name":"申请书","required":true},{"name":"占用范围图","required":true},{"name":"恢复方案","required":true}]', 0.00, 'DEMO', now(), now()),
  ('DG-WH-001', '营业性演出审批', 'LICENSE', '东莞市文化广电新闻出版局', '《营业性演出管理条例》第十三条', 20, 10, '[{"name":"申请书","required":true},{"name":"演出节目内容","required":true},{"name":"演员名单及身份证明","required":true},{"name":"场地安全证明","required":true}]', 0.00, 'DEMO', now(), now()),
  ('DG-WH-002', '娱乐场所经营许可', 'LICENSE', '东莞市文化广电新闻出版局', '《娱乐场所管理条例》第十一条', 20, 15, '[{"name":"申请书","required":true},{"name":"营业执照复印件","required":true},{"name":"消防验收证明","required":true},{"name":"场所平面图","required":true}]', 0.00, 'DEMO', now(), now()),
  ('DG-WH-003', '网吧违规接纳未成年人的处罚', 'ENFORCEMENT', '东莞市文化广电新闻出版局', '《互联网上网服务营业场所管理条例》第三十一条', 30, 20, '[{"name":"现场检查笔录","required":true},{"name":"证据材料","required":true}]', 0.00, 'DEMO', now(), now()),
  ('DG-WH-004', '出版物零售单位设立备案', 'FILING', '东莞市文化广电新闻出版局', '《出版管理条例》第三十七条', 20, 5, '[{"name":"备案表","required":true},{"name":"营业执照复印件","required":true},{"name":"经营场所证明","required":true}]', 0.00, 'DEMO', now(), now()),
  ('DG-RL-001', '劳动用工备案', 'FILING', '东莞市人力资源局', '《劳动合同法》第七条', 15, 3, '[{"name":"用工备案表","required":true},{"name":"劳动合同文本","required":true}]', 0.00, 'DEMO', now(), now()),
  ('DG-RL-002', '非全日制用工登记', 'APPROVAL', '东莞市人力资源局', '《劳动合同法》第六十八条', 15, 5, '[{"name":"登记表","required":true},{"name":"身份证明","required":true}]', 0.00, 'DEMO', now(), now()),
  ('DG-RL-003', '企业实行特殊工时制度审批', 'LICENSE', '东莞市人力资源局', '《劳动法》第三十九条', 20, 15, '[{"name":"申请书","required":true},{"name":"工时制度方案","required":true},{"name":"职工代表大会意见","required":true},{"name":"营业执照复印件","required":true}]', 0.00, 'DEMO', now(), now()),
  ('DG-RL-004', '拖欠工资的劳动保障监察处罚', 'ENFORCEMENT', '东莞市人力资源局', '《劳动保障监察条例》第二十六条', 60, 30, '[{"name":"立案审批表","required":true},{"name":"调查笔录","required":true},{"name":"证据材料","required":true}]', 0.00, 'DEMO', now(), now()),
  ('DG-JT-001', '道路货物运输经营许可', 'LICENSE', '东莞市交通运输局', '《道路运输条例》第二十四条', 20, 10, '[{"name":"申请书","required":true},{"name":"车辆技术证明","required":true},{"name":"驾驶员从业资格证","required":true},{"name":"安全生产管理制度","required":true}]', 0.00, 'DEMO', now(), now()),
  ('DG-JT-002', '出租汽车驾驶员从业资格注册', 'APPROVAL', '东莞市交通运输局', '《出租汽车驾驶员从业资格管理规定》第十九条', 20, 5, '[{"name":"申请书","required":true},{"name":"从业资格证","required":true},{"name":"身份证明","required":true}]', 0.00, 'DEMO', now(), now()),
  ('DG-JT-003', '机动车维修经营备案', 'FILING', '东莞市交通运输局', '《机动车维修管理规定》第十条', 5, 3, '[{"name":"备案表","required":true},{"name":"营业执照复印件","required":true},{"name":"维修设备清单","required":true}]', 0.00, 'DEMO', now(), now()),
  ('DG-JT-004', '非法营运的处罚', 'ENFORCEMENT', '东莞市交通运输局', '《道路运输条例》第六十四条', 30, 20, '[{"name":"现场检查笔录","required":true},{"name":"询问笔录","required":true},{"name":"证据材料","required":true}]', 0.00, 'DEMO', now(), now()),
  ('DG-HB-001', '建设项目环境影响登记表备案', 'FILING', '东莞市环境保护局', '《环境影响评价法》第二十二条', 15, 5, '[{"name":"登记表","required":true},{"name":"项目选址图","required":true}]', 0.00, 'DEMO', now(), now()),
  ('DG-HB-002', '排污许可(简化管理)', 'LICENSE', '东莞市环境保护局', '《排污许可管理条例》第十条', 20, 15, '[{"name":"申请表","required":true},{"name":"污染防治设施说明","required":true},{"name":"营业执照复印件","required":true},{"name":"监测报告","required":false}]', 0.00, 'DEMO', now(), now()),
  ('DG-HB-003', '噪声超标排放的处罚', 'ENFORCEMENT', '东莞市环境保护局', '《噪声污染防治法》第七十五条', 30, 20, '[{"name":"监测报告","required":true},{"name":"现场检查笔录","required":true}]', 0.00, 'DEMO', now(), now()),
  ('SY-JS-001', '乡村建设规划许可', 'LICENSE', '绥阳县住房和城乡建设局', '《城乡规划法》第四十一条', 20, 10, '[{"name":"申请书","required":true},{"name":"用地证明","required":true},{"name":"建设工程设计方案","required":true}]', 0.00, 'DEMO', now(), now()),
  ('SY-JS-002', '建筑工程施工许可(小型)', 'LICENSE', '绥阳县住房和城乡建设局', '《建筑法》第八条', 15, 7, '[{"name":"申请书","required":true},{"name":"施工合同","required":true},{"name":"施工图审查合格书","required":true},{"name":"安全措施资料","required":true}]', 0.00, 'DEMO', now(), now()),
  ('SY-GT-001', '农村村民宅基地审核', 'APPROVAL', '绥阳县国土资源局', '《土地管理法》第六十二条', 20, 10, '[{"name":"申请书","required":true},{"name":"户口簿复印件","required":true},{"name":"村民会议意见","required":true}]', 0.00, 'DEMO', now(), now()),
  ('SY-GT-002', '采矿权(砂石粘土)延续登记初审', 'PRE_REVIEW', '绥阳县国土资源局', '《矿产资源开采登记管理办法》第七条', 40, 20, '[{"name":"申请书","required":true},{"name":"采矿许可证","required":true},{"name":"储量核实报告","required":true},{"name":"缴纳价款凭证","required":true}]', 0.00, 'DEMO', now(), now()),
  ('SY-HB-001', '建设项目环境影响报告表预审', 'PRE_REVIEW', '绥阳县环境保护局', '《环境影响评价法》第二十二条', 30, 15, '[{"name":"申请书","required":true},{"name":"环境影响报告表","required":true}]', 0.00, 'DEMO', now(), now()),
  ('SY-GS-001', '个体工商户设立登记', 'LICENSE', '绥阳县工商行政管理局', '《个体工商户条例》第八条', 15, 3, '[{"name":"登记申请书","required":true},{"name":"经营者身份证明","required":true},{"name":"经营场所证明","required":true}]', 0.00, 'DEMO', now(), now()),
  ('SY-GS-002', '无照经营的处罚', 'ENFORCEMENT', '绥阳县工商行政管理局', '《无证无照经营查处办法》第十三条', 30, 20, '[{"name":"现场检查笔录","required":true},{"name":"证据材料","required":true}]', 0.00, 'DEMO', now(), now()),
  ('JX-FG-001', '企业投资项目备案预审(见文行文)', 'PRE_REVIEW', '绩溪县发展和改革委员会', '《企业投资项目核准和备案管理条例》第十三条', 20, 7, '[{"name":"备案申请表","required":true},{"name":"项目建议书","required":true},{"name":"企业营业执照复印件","required":true}]', 0.00, 'DEMO', now(), now()),
  ('JX-FG-002', '政府投资小型项目可行性研究报告预审', 'PRE_REVIEW', '绩溪县发展和改革委员会', '《政府投资条例》第九条', 30, 15, '[{"name":"请示文件","required":true},{"name":"可行性研究报告","required":true},{"name":"资金来源说明","required":true}]', 0.00, 'DEMO', now(), now()),
  ('JX-CG-001', '违法建设的查处', 'ENFORCEMENT', '绩溪县城市管理行政执法局', '《城乡规划法》第六十四条', 60, 30, '[{"name":"立案审批表","required":true},{"name":"现场勘验笔录","required":true},{"name":"证据材料","required":true}]', 0.00, 'DEMO', now(), now()),
  ('JX-CG-002', '店外经营的处罚', 'ENFORCEMENT', '绩溪县城市管理行政执法局', '《城市市容和环境卫生管理条例》第三十六条', 30, 15, '[{"name":"现场检查笔录","required":true},{"name":"证据材料","required":true}]', 0.00, 'DEMO', now(), now()),
  ('JX-GT-001', '临时用地审批', 'APPROVAL', '绩溪县国土资源局', '《土地管理法》第五十七条', 20, 10, '[{"name":"申请书","required":true},{"name":"临时用地合同","required":true},{"name":"复垦方案","required":true}]', 0.00, 'DEMO', now(), now()),
  ('JX-GT-002', '新增耕地验收初审', 'PRE_REVIEW', '绩溪县国土资源局', '《土地复垦条例》第二十八条', 30, 15, '[{"name":"验收申请","required":true},{"name":"项目竣工报告","required":true},{"name":"测量成果","required":true}]', 0.00, 'DEMO', now(), now())
on conflict (code) do nothing;

insert into delegation_agreement (reference, department, town_code, town_name, mode, valid_from, valid_to, seal_name, seal_number, status, status_reason, status_changed_on, source, created_at, created_by)
select '东城管委〔2024〕1号（演示）', '东莞市城市管理综合执法局', '441900113', '石龙镇人民政府', 'ENTRUSTED', '2024-01-01', '2028-12-31', '东莞市城市管理综合执法局石龙镇行政执法专用章', null, 'ACTIVE', null, null, 'DEMO', now(), 'demo'
where not exists (select 1 from delegation_agreement where reference = '东城管委〔2024〕1号（演示）');
insert into agreement_item (agreement_id, item_code)
select a.id, c from delegation_agreement a, unnest(array['DG-CG-001', 'DG-CG-002', 'DG-CG-003', 'DG-CG-004', 'DG-CG-005', 'DG-CG-006', 'DG-CG-007']) c where a.reference = '东城管委〔2024〕1号（演示）'
on conflict (agreement_id, item_code) do nothing;
insert into delegation_agreement (reference, department, town_code, town_name, mode, valid_from, valid_to, seal_name, seal_number, status, status_reason, status_changed_on, source, created_at, created_by)
select '东文广委〔2024〕3号（演示）', '东莞市文化广电新闻出版局', '441900113', '石龙镇人民政府', 'ENTRUSTED', '2024-01-01', '2028-12-31', '东莞市文化广电新闻出版局石龙镇文化市场执法专用章', null, 'ACTIVE', null, null, 'DEMO', now(), 'demo'
where not exists (select 1 from delegation_agreement where reference = '东文广委〔2024〕3号（演示）');
insert into agreement_item (agreement_id, item_code)
select a.id, c from delegation_agreement a, unnest(array['DG-WH-001', 'DG-WH-002', 'DG-WH-003', 'DG-WH-004']) c where a.reference = '东文广委〔2024〕3号（演示）'
on conflict (agreement_id, item_code) do nothing;
insert into delegation_agreement (reference, department, town_code, town_name, mode, valid_from, valid_to, seal_name, seal_number, status, status_reason, status_changed_on, source, created_at, created_by)
select '东人社放〔2024〕2号（演示）', '东莞市人力资源局', '441900113', '石龙镇人民政府', 'DEVOLVED', '2024-01-01', '2028-12-31', '石龙镇人民政府人力资源业务专用章', null, 'ACTIVE', null, null, 'DEMO', now(), 'demo'
where not exists (select 1 from delegation_agreement where reference = '东人社放〔2024〕2号（演示）');
insert into agreement_item (agreement_id, item_code)
select a.id, c from delegation_agreement a, unnest(array['DG-RL-001', 'DG-RL-002', 'DG-RL-003', 'DG-RL-004']) c where a.reference = '东人社放〔2024〕2号（演示）'
on conflict (agreement_id, item_code) do nothing;
insert into delegation_agreement (reference, department, town_code, town_name, mode, valid_from, valid_to, seal_name, seal_number, status, status_reason, status_changed_on, source, created_at, created_by)
select '东交放〔2024〕5号（演示）', '东莞市交通运输局', '441900113', '石龙镇人民政府', 'DEVOLVED', '2024-01-01', '2028-12-31', '石龙镇人民政府交通运输业务专用章', null, 'ACTIVE', null, null, 'DEMO', now(), 'demo'
where not exists (select 1 from delegation_agreement where reference = '东交放〔2024〕5号（演示）');
insert into agreement_item (agreement_id, item_code)
select a.id, c from delegation_agreement a, unnest(array['DG-JT-001', 'DG-JT-002', 'DG-JT-003', 'DG-JT-004']) c where a.reference = '东交放〔2024〕5号（演示）'
on conflict (agreement_id, item_code) do nothing;
insert into delegation_agreement (reference, department, town_code, town_name, mode, valid_from, valid_to, seal_name, seal_number, status, status_reason, status_changed_on, source, created_at, created_by)
select '东环委〔2024〕7号（演示）', '东莞市环境保护局', '441900113', '石龙镇人民政府', 'ENTRUSTED', '2024-01-01', '2028-12-31', '东莞市环境保护局石龙镇业务专用章', null, 'SUSPENDED', '演示: 专项检查期间暂停委托', '2026-11-02', 'DEMO', now(), 'demo'
where not exists (select 1 from delegation_agreement where reference = '东环委〔2024〕7号（演示）');
insert into agreement_item (agreement_id, item_code)
select a.id, c from delegation_agreement a, unnest(array['DG-HB-001', 'DG-HB-002', 'DG-HB-003']) c where a.reference = '东环委〔2024〕7号（演示）'
on conflict (agreement_id, item_code) do nothing;
insert into agreement_status_change (agreement_id, status, effective_date, reason, recorded_by, recorded_at)
select a.id, 'SUSPENDED', '2026-11-02', '演示: 专项检查期间暂停委托', 'demo', now() from delegation_agreement a
where a.reference = '东环委〔2024〕7号（演示）' and not exists (select 1 from agreement_status_change s where s.agreement_id = a.id);
insert into delegation_agreement (reference, department, town_code, town_name, mode, valid_from, valid_to, seal_name, seal_number, status, status_reason, status_changed_on, source, created_at, created_by)
select '绥住建委〔2024〕1号（演示）', '绥阳县住房和城乡建设局', '520323104', '蒲场镇人民政府', 'ENTRUSTED', '2024-01-01', '2028-12-31', '绥阳县住房和城乡建设局蒲场镇业务专用章', null, 'ACTIVE', null, null, 'DEMO', now(), 'demo'
where not exists (select 1 from delegation_agreement where reference = '绥住建委〔2024〕1号（演示）');
insert into agreement_item (agreement_id, item_code)
select a.id, c from delegation_agreement a, unnest(array['SY-JS-001', 'SY-JS-002']) c where a.reference = '绥住建委〔2024〕1号（演示）'
on conflict (agreement_id, item_code) do nothing;
insert into delegation_agreement (reference, department, town_code, town_name, mode, valid_from, valid_to, seal_name, seal_number, status, status_reason, status_changed_on, source, created_at, created_by)
select '绥国土委〔2024〕2号（演示）', '绥阳县国土资源局', '520323104', '蒲场镇人民政府', 'ENTRUSTED', '2024-01-01', '2028-12-31', '绥阳县国土资源局蒲场镇业务专用章', null, 'ACTIVE', null, null, 'DEMO', now(), 'demo'
where not exists (select 1 from delegation_agreement where reference = '绥国土委〔2024〕2号（演示）');
insert into agreement_item (agreement_id, item_code)
select a.id, c from delegation_agreement a, unnest(array['SY-GT-001', 'SY-GT-002']) c where a.reference = '绥国土委〔2024〕2号（演示）'
on conflict (agreement_id, item_code) do nothing;
insert into delegation_agreement (reference, department, town_code, town_name, mode, valid_from, valid_to, seal_name, seal_number, status, status_reason, status_changed_on, source, created_at, created_by)
select '绥环委〔2024〕3号（演示）', '绥阳县环境保护局', '520323104', '蒲场镇人民政府', 'ENTRUSTED', '2024-01-01', '2028-12-31', '绥阳县环境保护局蒲场镇业务专用章', null, 'ACTIVE', null, null, 'DEMO', now(), 'demo'
where not exists (select 1 from delegation_agreement where reference = '绥环委〔2024〕3号（演示）');
insert into agreement_item (agreement_id, item_code)
select a.id, c from delegation_agreement a, unnest(array['SY-HB-001']) c where a.reference = '绥环委〔2024〕3号（演示）'
on conflict (agreement_id, item_code) do nothing;
insert into delegation_agreement (reference, department, town_code, town_name, mode, valid_from, valid_to, seal_name, seal_number, status, status_reason, status_changed_on, source, created_at, created_by)
select '绥工商放〔2024〕4号（演示）', '绥阳县工商行政管理局', '520323104', '蒲场镇人民政府', 'DEVOLVED', '2024-01-01', '2028-12-31', '蒲场镇人民政府工商业务专用章', null, 'ACTIVE', null, null, 'DEMO', now(), 'demo'
where not exists (select 1 from delegation_agreement where reference = '绥工商放〔2024〕4号（演示）');
insert into agreement_item (agreement_id, item_code)
select a.id, c from delegation_agreement a, unnest(array['SY-GS-001', 'SY-GS-002']) c where a.reference = '绥工商放〔2024〕4号（演示）'
on conflict (agreement_id, item_code) do nothing;
insert into delegation_agreement (reference, department, town_code, town_name, mode, valid_from, valid_to, seal_name, seal_number, status, status_reason, status_changed_on, source, created_at, created_by)
select '绩发改委〔2024〕1号（演示）', '绩溪县发展和改革委员会', '341824102', '临溪镇人民政府', 'ENTRUSTED', '2024-01-01', '2028-12-31', '绩溪县发展和改革委员会临溪镇项目预审专用章', null, 'ACTIVE', null, null, 'DEMO', now(), 'demo'
where not exists (select 1 from delegation_agreement where reference = '绩发改委〔2024〕1号（演示）');
insert into agreement_item (agreement_id, item_code)
select a.id, c from delegation_agreement a, unnest(array['JX-FG-001', 'JX-FG-002']) c where a.reference = '绩发改委〔2024〕1号（演示）'
on conflict (agreement_id, item_code) do nothing;
insert into delegation_agreement (reference, department, town_code, town_name, mode, valid_from, valid_to, seal_name, seal_number, status, status_reason, status_changed_on, source, created_at, created_by)
select '绩城管委〔2024〕2号（演示）', '绩溪县城市管理行政执法局', '341824102', '临溪镇人民政府', 'ENTRUSTED', '2024-01-01', '2028-12-31', '绩溪县城市管理行政执法局临溪镇执法专用章', null, 'ACTIVE', null, null, 'DEMO', now(), 'demo'
where not exists (select 1 from delegation_agreement where reference = '绩城管委〔2024〕2号（演示）');
insert into agreement_item (agreement_id, item_code)
select a.id, c from delegation_agreement a, unnest(array['JX-CG-001', 'JX-CG-002']) c where a.reference = '绩城管委〔2024〕2号（演示）'
on conflict (agreement_id, item_code) do nothing;
insert into delegation_agreement (reference, department, town_code, town_name, mode, valid_from, valid_to, seal_name, seal_number, status, status_reason, status_changed_on, source, created_at, created_by)
select '绩国土放〔2024〕3号（演示）', '绩溪县国土资源局', '341824102', '临溪镇人民政府', 'DEVOLVED', '2024-01-01', '2028-12-31', '临溪镇人民政府国土业务专用章', null, 'ACTIVE', null, null, 'DEMO', now(), 'demo'
where not exists (select 1 from delegation_agreement where reference = '绩国土放〔2024〕3号（演示）');
insert into agreement_item (agreement_id, item_code)
select a.id, c from delegation_agreement a, unnest(array['JX-GT-001', 'JX-GT-002']) c where a.reference = '绩国土放〔2024〕3号（演示）'
on conflict (agreement_id, item_code) do nothing;
insert into delegation_agreement (reference, department, town_code, town_name, mode, valid_from, valid_to, seal_name, seal_number, status, status_reason, status_changed_on, source, created_at, created_by)
select '东城管委〔2010〕1号（演示，已到期）', '东莞市城市管理综合执法局', '441900113', '石龙镇人民政府', 'ENTRUSTED', '2010-01-01', '2012-12-31', '东莞市城市管理综合执法局石龙镇行政执法专用章', null, 'ACTIVE', null, null, 'DEMO', now(), 'demo'
where not exists (select 1 from delegation_agreement where reference = '东城管委〔2010〕1号（演示，已到期）');
insert into agreement_item (agreement_id, item_code)
select a.id, c from delegation_agreement a, unnest(array['DG-CG-001']) c where a.reference = '东城管委〔2010〕1号（演示，已到期）'
on conflict (agreement_id, item_code) do nothing;

-- Applications in every state (demo applicants; lights relative to 2026-11-26)
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at)
values ('441900113-20261125-900001', encode(sha256(convert_to('SLDEMO01', 'UTF8')), 'hex'), '441900113', 'DG-CG-003', null, 'PERSON', '张演示', '441900198503152021', '13800000001', 'COUNTER', '["申请书", "占道位置示意图", "身份证明"]', 'SUBMITTED', '2026-11-25', null, 'DEMO', now())
on conflict (number) do nothing;
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at)
values ('441900113-20261119-900002', encode(sha256(convert_to('SLDEMO02', 'UTF8')), 'hex'), '441900113', 'DG-RL-002', null, 'PERSON', '李演示', '441900197806234513', '13800000002', 'ONLINE', '["登记表", "身份证明"]', 'SUBMITTED', '2026-11-19', null, 'DEMO', now())
on conflict (number) do nothing;
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at, supplement_requested_on, supplement_notice, supplement_resume_state)
values ('441900113-20261116-900003', encode(sha256(convert_to('SLDEMO03', 'UTF8')), 'hex'), '441900113', 'DG-CG-002', null, 'ORGANISATION', '东莞市演示广告有限公司', '91441900MA4UJY1A5Y', '076922000003', 'ONLINE', '["申请书", "设计效果图"]', 'SUPPLEMENT_REQUESTED', '2026-11-16', null, 'DEMO', now(), '2026-11-17', '{"missing": ["场地使用证明", "营业执照复印件"], "note": "演示: 一次性告知"}', 'SUBMITTED')
on conflict (number) do nothing;
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at)
values ('441900113-20261123-900004', encode(sha256(convert_to('SLDEMO04', 'UTF8')), 'hex'), '441900113', 'DG-CG-001', (select a.id from delegation_agreement a join agreement_item ai on ai.agreement_id = a.id where a.town_code = '441900113' and ai.item_code = 'DG-CG-001' and a.valid_to >= '2026-01-01' order by a.id limit 1), 'ORGANISATION', '东莞市演示建设工程有限公司', '91441900MA4UJY1A5Y', '076922000004', 'COUNTER', '["申请书", "施工方案", "道路挖掘平面图", "施工单位资质证明"]', 'ACCEPTED', '2026-11-23', '2026-11-23', 'DEMO', now())
on conflict (number) do nothing;
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at)
values ('441900113-20261112-900005', encode(sha256(convert_to('SLDEMO05', 'UTF8')), 'hex'), '441900113', 'DG-CG-002', (select a.id from delegation_agreement a join agreement_item ai on ai.agreement_id = a.id where a.town_code = '441900113' and ai.item_code = 'DG-CG-002' and a.valid_to >= '2026-01-01' order by a.id limit 1), 'ORGANISATION', '东莞市演示传媒有限公司', '91441900MA4UJY1A5Y', '076922000005', 'COUNTER', '["申请书", "设计效果图", "场地使用证明", "营业执照复印件"]', 'UNDER_REVIEW', '2026-11-12', '2026-11-12', 'DEMO', now())
on conflict (number) do nothing;
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at)
values ('441900113-20261027-900006', encode(sha256(convert_to('SLDEMO06', 'UTF8')), 'hex'), '441900113', 'DG-RL-003', (select a.id from delegation_agreement a join agreement_item ai on ai.agreement_id = a.id where a.town_code = '441900113' and ai.item_code = 'DG-RL-003' and a.valid_to >= '2026-01-01' order by a.id limit 1), 'ORGANISATION', '东莞市演示电子厂', '91441900MA4UJY1A5Y', '076922000006', 'ONLINE', '["申请书", "工时制度方案", "职工代表大会意见", "营业执照复印件"]', 'UNDER_REVIEW', '2026-10-27', '2026-10-27', 'DEMO', now())
on conflict (number) do nothing;
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at, supplement_requested_on, supplement_notice, supplement_resume_state)
values ('441900113-20261109-900007', encode(sha256(convert_to('SLDEMO07', 'UTF8')), 'hex'), '441900113', 'DG-JT-001', (select a.id from delegation_agreement a join agreement_item ai on ai.agreement_id = a.id where a.town_code = '441900113' and ai.item_code = 'DG-JT-001' and a.valid_to >= '2026-01-01' order by a.id limit 1), 'ORGANISATION', '东莞市演示物流有限公司', '91441900MA4UJY1A5Y', '076922000007', 'MOBILE', '["申请书", "车辆技术证明", "驾驶员从业资格证", "安全生产管理制度"]', 'SUPPLEMENT_REQUESTED', '2026-11-09', '2026-11-09', 'DEMO', now(), '2026-11-18', '{"missing": ["车辆年审合格证明"], "note": "演示: 审查中发现车辆年审过期"}', 'UNDER_REVIEW')
on conflict (number) do nothing;
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at, decided_on, decision_outcome, decision_number, issued_in_name_of, seal_name)
values ('441900113-20261030-900008', encode(sha256(convert_to('SLDEMO08', 'UTF8')), 'hex'), '441900113', 'DG-CG-001', (select a.id from delegation_agreement a join agreement_item ai on ai.agreement_id = a.id where a.town_code = '441900113' and ai.item_code = 'DG-CG-001' and a.valid_to >= '2026-01-01' order by a.id limit 1), 'ORGANISATION', '东莞市演示市政工程有限公司', '91441900MA4UJY1A5Y', '076922000008', 'COUNTER', '["申请书", "施工方案", "道路挖掘平面图", "施工单位资质证明"]', 'APPROVED', '2026-10-30', '2026-10-30', 'DEMO', now(), '2026-11-10', 'APPROVED', '东城管石许〔2026〕118号（演示）', '东莞市城市管理综合执法局', '东莞市城市管理综合执法局石龙镇行政执法专用章')
on conflict (number) do nothing;
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at, decided_on, decision_outcome, decision_number, issued_in_name_of, seal_name)
values ('441900113-20260901-900009', encode(sha256(convert_to('SLDEMO09', 'UTF8')), 'hex'), '441900113', 'DG-JT-001', (select a.id from delegation_agreement a join agreement_item ai on ai.agreement_id = a.id where a.town_code = '441900113' and ai.item_code = 'DG-JT-001' and a.valid_to >= '2026-01-01' order by a.id limit 1), 'ORGANISATION', '东莞市演示运输有限公司', '91441900MA4UJY1A5Y', '076922000009', 'ONLINE', '["申请书", "车辆技术证明", "驾驶员从业资格证", "安全生产管理制度"]', 'APPROVED', '2026-09-01', '2026-09-01', 'DEMO', now(), '2026-09-15', 'APPROVED', '石交许〔2026〕36号（演示）', '石龙镇人民政府', '石龙镇人民政府交通运输业务专用章')
on conflict (number) do nothing;
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at, decided_on, decision_outcome, decision_number, decision_reason, issued_in_name_of, seal_name)
values ('441900113-20260921-900010', encode(sha256(convert_to('SLDEMO10', 'UTF8')), 'hex'), '441900113', 'DG-WH-002', (select a.id from delegation_agreement a join agreement_item ai on ai.agreement_id = a.id where a.town_code = '441900113' and ai.item_code = 'DG-WH-002' and a.valid_to >= '2026-01-01' order by a.id limit 1), 'ORGANISATION', '东莞市演示娱乐有限公司', '91441900MA4UJY1A5Y', '076922000010', 'COUNTER', '["申请书", "营业执照复印件", "消防验收证明", "场所平面图"]', 'DENIED', '2026-09-21', '2026-09-21', 'DEMO', now(), '2026-10-09', 'DENIED', '东文广石许〔2026〕9号（演示）', '演示: 场所与学校距离不符合规定', '东莞市文化广电新闻出版局', '东莞市文化广电新闻出版局石龙镇文化市场执法专用章')
on conflict (number) do nothing;
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at, decided_on, decision_outcome, decision_number, issued_in_name_of, seal_name)
values ('441900113-20260928-900011', encode(sha256(convert_to('SLDEMO11', 'UTF8')), 'hex'), '441900113', 'DG-CG-003', (select a.id from delegation_agreement a join agreement_item ai on ai.agreement_id = a.id where a.town_code = '441900113' and ai.item_code = 'DG-CG-003' and a.valid_to >= '2026-01-01' order by a.id limit 1), 'PERSON', '王演示', '441900198503152021', '13800000011', 'COUNTER', '["申请书", "占道位置示意图", "身份证明"]', 'FILED', '2026-09-28', '2026-09-28', 'DEMO', now(), '2026-10-12', 'APPROVED', '东城管石许〔2026〕97号（演示）', '东莞市城市管理综合执法局', '东莞市城市管理综合执法局石龙镇行政执法专用章')
on conflict (number) do nothing;
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at, decided_on, decision_outcome, decision_number, decision_reason, issued_in_name_of, seal_name, reviewer_id, reviewer_certificate)
values ('441900113-20260817-900012', encode(sha256(convert_to('SLDEMO12', 'UTF8')), 'hex'), '441900113', 'DG-CG-005', (select a.id from delegation_agreement a join agreement_item ai on ai.agreement_id = a.id where a.town_code = '441900113' and ai.item_code = 'DG-CG-005' and a.valid_to >= '2026-01-01' order by a.id limit 1), 'ORGANISATION', '东莞市演示餐饮店', '91441900MA4UJY1A5Y', '076922000012', 'COUNTER', '["现场检查笔录", "询问笔录", "证据材料"]', 'FILED', '2026-08-17', '2026-08-17', 'DEMO', now(), '2026-09-01', 'APPROVED', '东城管石罚〔2026〕21号（演示）', '演示: 责令限期改正并处罚款', '东莞市城市管理综合执法局', '东莞市城市管理综合执法局石龙镇行政执法专用章', 90101, '粤东执法 0020101')
on conflict (number) do nothing;
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at, not_accepted_reason, ended_on)
values ('441900113-20261102-900013', encode(sha256(convert_to('SLDEMO13', 'UTF8')), 'hex'), '441900113', 'DG-CG-004', null, 'PERSON', '赵演示', '441900197806234513', '13800000013', 'COUNTER', '["申请书"]', 'NOT_ACCEPTED', '2026-11-02', null, 'DEMO', now(), '演示: 不属于本镇受理范围', '2026-11-03')
on conflict (number) do nothing;
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at, ended_on, end_reason)
values ('441900113-20261104-900014', encode(sha256(convert_to('SLDEMO14', 'UTF8')), 'hex'), '441900113', 'DG-RL-002', null, 'PERSON', '钱演示', '441900198503152021', '13800000014', 'MOBILE', '["登记表", "身份证明"]', 'WITHDRAWN', '2026-11-04', null, 'DEMO', now(), '2026-11-05', '演示: 申请人撤回')
on conflict (number) do nothing;
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at, ended_on, end_reason, transferred_to)
values ('441900113-20261028-900015', encode(sha256(convert_to('SLDEMO15', 'UTF8')), 'hex'), '441900113', 'DG-HB-002', (select a.id from delegation_agreement a join agreement_item ai on ai.agreement_id = a.id where a.town_code = '441900113' and ai.item_code = 'DG-HB-002' and a.valid_to >= '2026-01-01' order by a.id limit 1), 'ORGANISATION', '东莞市演示化工有限公司', '91441900MA4UJY1A5Y', '076922000015', 'ONLINE', '["申请表", "污染防治设施说明", "营业执照复印件"]', 'TRANSFERRED', '2026-10-28', '2026-10-28', 'DEMO', now(), '2026-11-03', '演示: 委托暂停, 退回市环境保护局', '东莞市环境保护局')
on conflict (number) do nothing;
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at)
values ('441900113-20261030-900016', encode(sha256(convert_to('SLDEMO16', 'UTF8')), 'hex'), '441900113', 'DG-HB-001', (select a.id from delegation_agreement a join agreement_item ai on ai.agreement_id = a.id where a.town_code = '441900113' and ai.item_code = 'DG-HB-001' and a.valid_to >= '2026-01-01' order by a.id limit 1), 'ORGANISATION', '东莞市演示包装有限公司', '91441900MA4UJY1A5Y', '076922000016', 'ONLINE', '["登记表", "项目选址图"]', 'ACCEPTED', '2026-10-30', '2026-10-30', 'DEMO', now())
on conflict (number) do nothing;
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at)
values ('520323104-20261120-900021', encode(sha256(convert_to('PCDEMO21', 'UTF8')), 'hex'), '520323104', 'SY-JS-001', (select a.id from delegation_agreement a join agreement_item ai on ai.agreement_id = a.id where a.town_code = '520323104' and ai.item_code = 'SY-JS-001' and a.valid_to >= '2026-01-01' order by a.id limit 1), 'PERSON', '孙演示', '520323199209083323', '13900000021', 'COUNTER', '["申请书", "用地证明", "建设工程设计方案"]', 'UNDER_REVIEW', '2026-11-20', '2026-11-20', 'DEMO', now())
on conflict (number) do nothing;
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at, decided_on, decision_outcome, decision_number, issued_in_name_of, seal_name)
values ('520323104-20261008-900022', encode(sha256(convert_to('PCDEMO22', 'UTF8')), 'hex'), '520323104', 'SY-GS-001', (select a.id from delegation_agreement a join agreement_item ai on ai.agreement_id = a.id where a.town_code = '520323104' and ai.item_code = 'SY-GS-001' and a.valid_to >= '2026-01-01' order by a.id limit 1), 'PERSON', '周演示', '520323199209083323', '13900000022', 'COUNTER', '["登记申请书", "经营者身份证明", "经营场所证明"]', 'FILED', '2026-10-08', '2026-10-08', 'DEMO', now(), '2026-10-09', 'APPROVED', '蒲工商登〔2026〕12号（演示）', '蒲场镇人民政府', '蒲场镇人民政府工商业务专用章')
on conflict (number) do nothing;
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at, decided_on, decision_outcome, decision_number, issued_in_name_of, seal_name)
values ('520323104-20261026-900023', encode(sha256(convert_to('PCDEMO23', 'UTF8')), 'hex'), '520323104', 'SY-GT-002', (select a.id from delegation_agreement a join agreement_item ai on ai.agreement_id = a.id where a.town_code = '520323104' and ai.item_code = 'SY-GT-002' and a.valid_to >= '2026-01-01' order by a.id limit 1), 'ORGANISATION', '绥阳县演示砂石有限公司', '91520323MA6DK8XQ2H', '085122000023', 'COUNTER', '["申请书", "采矿许可证", "储量核实报告", "缴纳价款凭证"]', 'APPROVED', '2026-10-26', '2026-10-26', 'DEMO', now(), '2026-11-13', 'APPROVED', '蒲预审〔2026〕3号（演示）', '绥阳县国土资源局', '绥阳县国土资源局蒲场镇业务专用章')
on conflict (number) do nothing;
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at, decided_on, decision_outcome, decision_number, issued_in_name_of, seal_name)
values ('341824102-20261012-900031', encode(sha256(convert_to('LXDEMO31', 'UTF8')), 'hex'), '341824102', 'JX-FG-001', (select a.id from delegation_agreement a join agreement_item ai on ai.agreement_id = a.id where a.town_code = '341824102' and ai.item_code = 'JX-FG-001' and a.valid_to >= '2026-01-01' order by a.id limit 1), 'ORGANISATION', '绩溪县演示农业开发有限公司', '91341824MA2N0LQ334', '056322000031', 'ONLINE', '["备案申请表", "项目建议书", "企业营业执照复印件"]', 'FILED', '2026-10-12', '2026-10-12', 'DEMO', now(), '2026-10-16', 'APPROVED', '临预审〔2026〕8号（演示）', '绩溪县发展和改革委员会', '绩溪县发展和改革委员会临溪镇项目预审专用章')
on conflict (number) do nothing;
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at)
values ('341824102-20261118-900032', encode(sha256(convert_to('LXDEMO32', 'UTF8')), 'hex'), '341824102', 'JX-CG-001', (select a.id from delegation_agreement a join agreement_item ai on ai.agreement_id = a.id where a.town_code = '341824102' and ai.item_code = 'JX-CG-001' and a.valid_to >= '2026-01-01' order by a.id limit 1), 'PERSON', '吴演示', '341824198811116040', '13700000032', 'COUNTER', '["立案审批表", "现场勘验笔录", "证据材料"]', 'UNDER_REVIEW', '2026-11-18', '2026-11-18', 'DEMO', now())
on conflict (number) do nothing;
insert into application (number, verification_hash, town_code, item_code, agreement_id, applicant_kind, applicant_name, applicant_id_number, applicant_phone, channel, materials, state, submitted_on, accepted_on, source, created_at)
values ('341824102-20261126-900033', encode(sha256(convert_to('LXDEMO33', 'UTF8')), 'hex'), '341824102', 'JX-GT-001', null, 'PERSON', '郑演示', '341824198811116040', '13700000033', 'MOBILE', '["申请书", "临时用地合同"]', 'SUBMITTED', '2026-11-26', null, 'DEMO', now())
on conflict (number) do nothing;
-- The registry's names of the towns (personnel-service's demo towns, docs/demo-data.md), as a submission takes them
update application a set town_name = t.name
from (values ('441900113', '石龙镇'), ('520323104', '蒲场镇'), ('341824102', '临溪镇')) t(code, name)
where a.source = 'DEMO' and a.town_code = t.code and a.town_name is null;
insert into application_transition (application_id, action, from_state, to_state, action_date, actor, actor_roles, recorded_at, note)
select a.id, 'submit', null, 'SUBMITTED', a.submitted_on, 'demo', 'town-clerk', now(), '演示数据'
from application a where a.source = 'DEMO'
  and not exists (select 1 from application_transition t where t.application_id = a.id and t.action = 'submit');
insert into application_transition (application_id, action, from_state, to_state, action_date, actor, actor_roles, recorded_at, note)
select a.id, 'demo-import', 'SUBMITTED', a.state, coalesce(a.decided_on, a.ended_on, a.supplement_requested_on, a.accepted_on, a.submitted_on), 'demo', 'town-clerk', now(), '演示数据: 历史办件导入, 中间步骤从略'
from application a where a.source = 'DEMO' and a.state <> 'SUBMITTED'
  and not exists (select 1 from application_transition t where t.application_id = a.id and t.action = 'demo-import');

-- Filings of the filed decisions
insert into filing (application_id, department, receipt_number, received_on, due_on, late, recorded_by, recorded_at)
select a.id, i.department, v.receipt, v.received::date, v.due::date, false, 'demo', now()
from (values ('441900113-20260928-900011', '东城管备〔2026〕45号（演示）', '2026-10-20', '2026-11-12'),
             ('441900113-20260817-900012', '东城管备〔2026〕31号（演示）', '2026-09-18', '2026-10-09'),
             ('520323104-20261008-900022', '绥工商备〔2026〕7号（演示）', '2026-10-30', '2026-11-09'),
             ('341824102-20261012-900031', '绩发改备〔2026〕5号（演示）', '2026-11-02', '2026-11-16')) v(number, receipt, received, due)
join application a on a.number = v.number join catalogue_item i on i.code = a.item_code
on conflict (application_id) do nothing;

-- 预审 见文行文: a forwarding waiting for the department, and one forwarded on
insert into forwarding (application_id, department, forwarded_on, status, answered_on, reference, note, answered_by)
select a.id, i.department, a.decided_on, v.status, v.answered::date, v.reference, v.note, v.answered_by
from (values ('520323104-20261026-900023', 'PENDING', null, null, null, null),
             ('341824102-20261012-900031', 'FORWARDED', '2026-10-20', '绩发改转〔2026〕11号（演示）', '演示: 已转报市发展改革委', 'demo')) v(number, status, answered, reference, note, answered_by)
join application a on a.number = v.number join catalogue_item i on i.code = a.item_code
on conflict (application_id) do nothing;

-- 好差评, including low ratings with their rectifications
insert into evaluation (application_id, town_code, rating, comment, evaluated_on, channel, recorded_by, recorded_at)
select a.id, a.town_code, v.rating, v.comment, v.evaluated::date, v.channel, 'demo', now()
from (values ('441900113-20260928-900011', 5, '演示: 办理快, 服务好', '2026-10-13', 'VERIFICATION_CODE'),
             ('441900113-20261102-900013', 2, '演示: 跑了两趟才知道不能办', '2026-11-04', 'CLERK'),
             ('441900113-20261104-900014', 1, '演示: 窗口人员态度差', '2026-11-06', 'VERIFICATION_CODE'),
             ('520323104-20261008-900022', 4, '演示: 一次办成', '2026-10-10', 'CLERK'),
             ('341824102-20261012-900031', 5, '演示: 预审很快转报', '2026-10-21', 'VERIFICATION_CODE')) v(number, rating, comment, evaluated, channel)
join application a on a.number = v.number
on conflict (application_id) do nothing;

insert into rectification (evaluation_id, application_id, town_code, opened_on, working_days, status, measures, callback_on, callback_note, applicant_satisfied, completed_on, completed_by)
select e.id, e.application_id, e.town_code, e.evaluated_on, 15, v.status, v.measures, v.callback::date, v.callback_note, v.satisfied, v.completed::date, v.completed_by
from (values ('441900113-20261102-900013', 'COMPLETED', '演示: 在窗口公示受理范围, 加强首问负责', '2026-11-10', '演示: 电话回访, 申请人表示满意', true, '2026-11-11', 'demo'),
             ('441900113-20261104-900014', 'OPEN', null, null, null, null, null, null)) v(number, status, measures, callback, callback_note, satisfied, completed, completed_by)
join application a on a.number = v.number join evaluation e on e.application_id = a.id
on conflict (evaluation_id) do nothing;

-- 效能投诉
insert into complaint (town_code, application_id, received_on, working_days, channel, subject, content, contact_phone, status, handler, outcome, resolved_on, recorded_by, source, recorded_at)
select '441900113', (select id from application where number = '441900113-20261027-900006'), '2026-11-20', 15, 'VERIFICATION_CODE',
       '演示: 特殊工时审批超期未办结', '演示: 已超过承诺时限仍未收到决定', null, 'OPEN', null, null, null, 'demo', 'DEMO', now()
where not exists (select 1 from complaint where subject = '演示: 特殊工时审批超期未办结');
insert into complaint (town_code, application_id, received_on, working_days, channel, subject, content, contact_phone, status, handler, outcome, resolved_on, recorded_by, source, recorded_at)
select '441900113', null, '2026-10-14', 15, 'CLERK', '演示: 服务中心午间无人值守', '演示: 中午12点到窗口无人', null, 'RESOLVED',
       '石龙镇机关效能投诉中心（演示）', '演示: 已实行午间轮值, 对相关人员批评教育', '2026-10-22', 'demo', 'DEMO', now()
where not exists (select 1 from complaint where subject = '演示: 服务中心午间无人值守');
