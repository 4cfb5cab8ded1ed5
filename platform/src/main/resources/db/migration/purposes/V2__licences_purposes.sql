insert into purposes.purpose (code, name, name_en, legal_basis, active) values
('licence-issuance', '电子证照签发', 'Issuing an electronic licence',
 '《国务院关于在线政务服务的若干规定》第十条（电子证照与纸质证照具有同等法律效力）；《中华人民共和国行政许可法》第三十九条', true),
('licence-sharing', '电子证照亮证分享', 'A licence the holder shared',
 '《中华人民共和国个人信息保护法》第十三条第一款第一项、第十四条（本人同意）', true)
on conflict (code) do nothing;
