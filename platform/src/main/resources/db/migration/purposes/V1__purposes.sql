-- The purposes for which personal data may be used, each with its legal basis. Reference data: the same in
-- every installation at first; the data bureau adds and retires purposes from then on.
create schema if not exists purposes;

create table purposes.purpose
(
    code        text primary key,
    name        text    not null,
    name_en     text    not null,
    legal_basis text    not null,
    active      boolean not null
);

insert into purposes.purpose (code, name, name_en, legal_basis, active) values
('counter-identification', '窗口身份核验', 'Identification at a service counter',
 '《中华人民共和国个人信息保护法》第十三条第一款第三项、第三十四条；《国务院关于加快推进政务服务“跨省通办”的指导意见》', true),
('case-review', '办件受理审查', 'Review of an application',
 '《中华人民共和国行政许可法》第三十二条、第三十四条；《中华人民共和国个人信息保护法》第三十四条', true),
('service-application', '申请办理政务服务', 'Application for a public service',
 '《中华人民共和国行政许可法》第二十九条；《国务院关于在线政务服务的若干规定》第六条', true),
('registration', '人员信息登记', 'Registration of a person',
 '《中华人民共和国居民身份证法》第十三条；《中华人民共和国个人信息保护法》第三十四条', true),
('appointment', '工作人员任免', 'Appointment of an officer',
 '《中华人民共和国公务员法》第四十条；《中华人民共和国个人信息保护法》第十三条第一款第二项', true),
('sign-up', '用户注册', 'Creating one''s own account',
 '《中华人民共和国个人信息保护法》第十三条第一款第一项、第十四条（本人同意）', true),
('identity-verification', '实名核验', 'Verifying who holds an account',
 '《中华人民共和国网络安全法》第二十四条；《国务院关于在线政务服务的若干规定》第五条', true),
('administration', '账户管理', 'Administration of accounts',
 '《中华人民共和国网络安全法》第二十四条；《中华人民共和国个人信息保护法》第三十四条', true),
('enterprise-authorisation', '企业经办人授权', 'Authorising an agent of an enterprise',
 '《中华人民共和国民法典》第一百六十一条、第一百六十五条', true),
('data-use-report', '个人信息使用举报处理', 'Handling a report on the use of one''s data',
 '《中华人民共和国个人信息保护法》第四十五条、第六十五条', true),
('data-sharing', '政务数据共享', 'Sharing of government data between departments',
 '《政务信息资源共享管理暂行办法》第五条、第十条；《中华人民共和国数据安全法》第四十二条', true),
('licence-verification', '电子证照核验', 'Verification of an electronic licence',
 '《国务院关于在线政务服务的若干规定》第十条；《全国一体化政务服务平台电子证照》（GB/T 36901）', true),
('benefit-eligibility', '惠民惠企政策兑现', 'Matching people and enterprises to the benefits they are owed',
 '《国务院办公厅关于加快推进“免申即享”“直达快享”工作的通知》；《中华人民共和国个人信息保护法》第三十四条', true),
('social-assistance', '社会救助审核', 'Review for social assistance',
 '《社会救助暂行办法》第五十三条；《最低生活保障审核确认办法》第十二条', true),
('supervision', '事中事后监管', 'Supervision and inspection',
 '《优化营商环境条例》第五十三条；《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》', true),
('hotline', '12345热线诉求办理', 'Handling a 12345 hotline request',
 '《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》；《中华人民共和国个人信息保护法》第三十四条', true);
