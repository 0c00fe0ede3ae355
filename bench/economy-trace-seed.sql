-- Benchmark data for the public trace page: one commune, one cooperative, one product, one growing area,
-- 100,000 batches (lots B000001..B100000) each with a harvest and a packing event.
-- The event ids are unique placeholders in the event-hash format, not hashes of these bodies: bench data only.
\if :{?batches}
\else
\set batches 100000
\endif
insert into identity_area (code, name, name_folded, level, parent_id, slug) values ('99', 'Tỉnh Minh Họa', 'tinh minh hoa', 'PROVINCE', null, 'tinh-minh-hoa');
insert into identity_area (code, name, name_folded, level, parent_id, slug)
  select '99001', 'Xã Bình Hòa', 'xa binh hoa', 'COMMUNE', id, 'binh-hoa' from identity_area where code = '99';
insert into identity_area (code, name, name_folded, level, parent_id, slug)
  select '99001-03', 'Xóm 3', 'xom 3', 'VILLAGE', id, 'xom-3' from identity_area where code = '99001';
insert into economy_producer (commune_id, village_id, kind, name, name_folded, description, bank_bin, bank_account, payee_name, created_at)
  select c.id, v.id, 'COOPERATIVE', 'HTX Nông nghiệp Bình Hòa', 'htx nong nghiep binh hoa', 'Hợp tác xã trồng bưởi Diễn.',
         '970405', '3300205123456', 'HTX NONG NGHIEP BINH HOA', now()
  from identity_area c, identity_area v where c.code = '99001' and v.code = '99001-03';
insert into economy_product (commune_id, producer_id, name, name_folded, category, gtin, ocop_stars, ocop_year, certifications, description, photo, price_vnd, unit, listed)
  select commune_id, id, 'Bưởi Diễn Bình Hòa', 'buoi dien binh hoa', 'FOOD', '02900001000017', 4, 2025, 'VietGAP', 'Bưởi Diễn.', '/img/economy/buoi-dien.svg', 45000, 'quả', true
  from economy_producer;
insert into economy_growing_area (commune_id, producer_id, village_id, code, crop, hectares, polygon)
  select commune_id, id, village_id, '99001-VT-001', 'Bưởi Diễn', 3.5, '[[20.2668,106.4571],[20.2679,106.4590],[20.2662,106.4604],[20.2651,106.4584]]'
  from economy_producer;
insert into economy_batch (commune_id, producer_id, product_id, growing_area_id, gtin, lot, quantity, uom, last_step, created_at)
  select p.commune_id, p.producer_id, p.id, a.id, p.gtin, 'B' || lpad(g::text, 6, '0'), 1000, 'H87', 'PACKING', now()
  from economy_product p, economy_growing_area a, generate_series(1, :batches) g;
insert into economy_epcis_event (commune_id, producer_id, batch_id, event_id, event_type, action, biz_step, disposition,
    event_time, event_time_zone_offset, record_time, biz_location, read_point, body)
  select b.commune_id, b.producer_id, b.id, 'ni:///sha-256;' || encode(sha256(('harvest' || b.id)::bytea), 'hex') || '?ver=CBV2.0',
    'ObjectEvent', 'ADD', 'https://ref.gs1.org/cbv/BizStep-commissioning', 'https://ref.gs1.org/cbv/Disp-active',
    now() - interval '2 days', '+07:00', now(), 'https://langso.vn/id/vung-trong/99001-VT-001', 'https://langso.vn/id/vung-trong/99001-VT-001',
    json_build_object('type', 'ObjectEvent', 'eventTime', to_char((now() - interval '2 days') at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD"T"HH24:MI:SS.MS') || '+07:00',
      'eventTimeZoneOffset', '+07:00', 'action', 'ADD', 'bizStep', 'commissioning', 'disposition', 'active',
      'quantityList', json_build_array(json_build_object('epcClass', 'https://id.gs1.org/01/' || b.gtin || '/10/' || b.lot, 'quantity', 1000, 'uom', 'H87')),
      'readPoint', json_build_object('id', 'https://langso.vn/id/vung-trong/99001-VT-001'),
      'bizLocation', json_build_object('id', 'https://langso.vn/id/vung-trong/99001-VT-001'))::text
  from economy_batch b;
insert into economy_epcis_event (commune_id, producer_id, batch_id, event_id, event_type, action, biz_step, disposition,
    event_time, event_time_zone_offset, record_time, biz_location, read_point, body)
  select b.commune_id, b.producer_id, b.id, 'ni:///sha-256;' || encode(sha256(('packing' || b.id)::bytea), 'hex') || '?ver=CBV2.0',
    'AggregationEvent', 'ADD', 'https://ref.gs1.org/cbv/BizStep-packing', 'https://ref.gs1.org/cbv/Disp-in_progress',
    now() - interval '1 day', '+07:00', now(), 'https://langso.vn/id/co-so/' || b.producer_id, 'https://langso.vn/id/co-so/' || b.producer_id,
    json_build_object('type', 'AggregationEvent', 'eventTime', to_char((now() - interval '1 day') at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD"T"HH24:MI:SS.MS') || '+07:00',
      'eventTimeZoneOffset', '+07:00', 'parentID', 'https://langso.vn/id/thung/' || b.id || '-1', 'action', 'ADD', 'bizStep', 'packing', 'disposition', 'in_progress',
      'childQuantityList', json_build_array(json_build_object('epcClass', 'https://id.gs1.org/01/' || b.gtin || '/10/' || b.lot, 'quantity', 980, 'uom', 'H87')),
      'readPoint', json_build_object('id', 'https://langso.vn/id/co-so/' || b.producer_id),
      'bizLocation', json_build_object('id', 'https://langso.vn/id/co-so/' || b.producer_id),
      'langso:note', 'Thùng 10 quả')::text
  from economy_batch b;
analyze;
select count(*) as batches from economy_batch;
select count(*) as events from economy_epcis_event;
